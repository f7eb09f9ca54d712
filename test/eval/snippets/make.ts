/**
 * Writes the HAND-WRITTEN snippet pages of the reference evaluation (test/eval/set.ts) from the rows
 * below. The rows (titles, prices, conditions, dates) are written by hand for the cases no saved page
 * holds; the card markup around them is copied from real saved pages so the pages go through the
 * real adapters:
 * - eBay sold search cards: test/fixtures/ebay/ebay-com-sold-search-champion-2025-s-card.html.gz
 *   (li.s-card, .s-card__caption "Sold  Oct 27, 2025", .s-card__title, .s-card__subtitle, .s-card__price);
 * - Mercari JP grid cells: test/fixtures/mercari-jp/jp-search-nintendo-switch-2025-rendered.html.gz
 *   (li[data-testid=item-cell] > a[data-testid=thumbnail-link]); the 売り切れ sticker of sold cells is
 *   written from memory of the site (no saved page shows one);
 * - Carousell cards: test/fixtures/carousell/carousell-sg-search-airpods-max-2025.html.gz
 *   (div[data-testid=listing-card-<id>]), here on carousell.com.tw with NT$ prices.
 *
 * Edit the rows here, then run `npx tsx test/eval/snippets/make.ts` and commit the pages.
 */
import { carousellPage, ebayPage, mercariPage, writeSnippetsTo } from './markup';

writeSnippetsTo({
  dir: import.meta.dirname,
  set: 'test/eval/set.ts',
  generator: 'test/eval/snippets/make.ts',
});

// ================================================================ the pages

// Sony WH-1000XM4, eBay.com sold search. `now` of the entries: 2026-11-20; 90 days back is Aug 22.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-sony-wh1000xm4.html', 'www.ebay.com', 'en', 'sony wh-1000xm4', [
  // the headphones, used (pre-owned, open box, refurbished), within 90 days
  ['396001000101', 'Sold  Nov 17, 2026', 'Sony WH-1000XM4 Wireless Noise Canceling Over-Ear Headphones - Black', 'Pre-Owned', '$118.00', 'or Best Offer', '+$9.45 delivery'],
  ['396001000102', 'Sold  Nov 15, 2026', 'Sony WH-1000XM4 Noise Cancelling Headphones Black Tested Works Great', 'Pre-Owned', '$105.50', 'Buy It Now', 'Free delivery'],
  ['396001000103', 'Sold  Nov 12, 2026', 'SONY WH1000XM4/B Wireless Bluetooth Headphones w/ Case', 'Pre-Owned', '$124.99', 'or Best Offer', '+$12.10 delivery'],
  ['396001000104', 'Sold  Nov 9, 2026', 'Sony WH-1000XM4 Silver Wireless Noise Cancelling Headphones', 'Pre-Owned', '$112.00', '5 bids', '+$8.99 delivery'],
  ['396001000105', 'Sold  Nov 6, 2026', 'Sony WH-1000XM4/S Over the Ear Headphones Silver - Excellent', 'Pre-Owned', '$121.00', 'Buy It Now', 'Free delivery'],
  ['396001000106', 'Sold  Nov 2, 2026', 'Sony WH-1000XM4 Wireless Headphones Platinum Silver Used', 'Pre-Owned', '$99.99', 'or Best Offer', '+$10.00 delivery'],
  ['396001000107', 'Sold  Oct 29, 2026', 'Sony WH-1000XM4 Bluetooth Noise Canceling Headphones Silver w/ Carry Case', 'Pre-Owned', '$115.00', '7 bids', 'Free delivery'],
  ['396001000108', 'Sold  Oct 24, 2026', 'Sony WH-1000XM4 Midnight Blue Wireless Noise Cancelling Headphones', 'Pre-Owned', '$129.00', 'Buy It Now', '+$9.45 delivery'],
  ['396001000109', 'Sold  Oct 18, 2026', 'Sony WH-1000XM4 Headphones Black - Open Box, Like New', 'Open box', '$148.00', 'Buy It Now', 'Free delivery'],
  ['396001000110', 'Sold  Oct 11, 2026', 'Sony WH-1000XM4 Over-Ear Wireless Headphones Black', 'Pre-Owned', '$109.00', '3 bids', '+$11.25 delivery'],
  ['396001000111', 'Sold  Oct 3, 2026', 'Sony WH-1000XM4 Black Headphones, worn ear pads, works perfectly', 'Pre-Owned', '$89.00', 'or Best Offer', '+$8.00 delivery'],
  ['396001000112', 'Sold  Sep 26, 2026', 'Sony WH-1000XM4 Wireless Industry Leading Noise Canceling Headphones', 'Pre-Owned', '$119.95', 'Buy It Now', 'Free delivery'],
  ['396001000113', 'Sold  Sep 14, 2026', 'Sony WH-1000XM4 Noise-Canceling Headphones, Black, with original box', 'Pre-Owned', '$127.50', 'or Best Offer', '+$9.99 delivery'],
  ['396001000114', 'Sold  Sep 2, 2026', 'SONY WH-1000XM4 - Black (Refurbished)', 'Certified - Refurbished', '$135.00', 'Buy It Now', 'Free delivery'],
  // the headphones, used, sold more than 90 days before 2026-11-20
  ['396001000115', 'Sold  Jul 20, 2026', 'Sony WH-1000XM4 Wireless Headphones Black', 'Pre-Owned', '$138.00', 'Buy It Now', 'Free delivery'],
  ['396001000116', 'Sold  Jun 8, 2026', 'Sony WH-1000XM4 Noise Cancelling Headphones Silver', 'Pre-Owned', '$142.00', '4 bids', '+$9.45 delivery'],
  // new / sealed
  ['396001000117', 'Sold  Nov 14, 2026', 'NEW SEALED Sony WH-1000XM4 Wireless Noise Canceling Headphones Black', 'Brand New', '$228.00', 'Buy It Now', 'Free delivery'],
  ['396001000118', 'Sold  Nov 1, 2026', 'Sony WH-1000XM4 Wireless Headphones - Silver - Brand New Factory Sealed', 'Brand New', '$239.99', 'Buy It Now', 'Free delivery'],
  ['396001000119', 'Sold  Oct 20, 2026', 'Sony WH-1000XM4 Black Brand New in Box', 'Brand New', '$219.00', 'or Best Offer', '+$10.50 delivery'],
  ['396001000120', 'Sold  Sep 30, 2026', 'Sony WH-1000XM4 Wireless Noise-Canceling Over-Ear Headphones (New)', 'Brand New', '$245.00', 'Buy It Now', 'Free delivery'],
  ['396001000121', 'Sold  Sep 5, 2026', 'NIB Sony WH1000XM4 Noise Cancelling Headphones Black', 'Brand New', '$232.00', '11 bids', 'Free delivery'],
  // for parts
  ['396001000122', 'Sold  Nov 10, 2026', "Sony WH-1000XM4 Headphones FOR PARTS Not Working Won't Charge", 'For parts or not working', '$38.00', '6 bids', '+$7.50 delivery'],
  ['396001000123', 'Sold  Oct 15, 2026', 'Sony WH-1000XM4 Left Side No Sound - For Parts/Repair', 'For parts or not working', '$45.00', 'Buy It Now', '+$8.00 delivery'],
  ['396001000124', 'Sold  Sep 19, 2026', 'Sony WH-1000XM4 broken headband, spares or repair', 'For parts or not working', '$32.00', '2 bids', '+$7.99 delivery'],
  // ear pads
  ['396001000125', 'Sold  Nov 16, 2026', 'Replacement Ear Pads for Sony WH-1000XM4 Headphones Cushions Black', 'Brand New', '$14.99', 'Buy It Now', 'Free delivery'],
  ['396001000126', 'Sold  Nov 8, 2026', 'Sony WH-1000XM4 Ear Pads Replacement Protein Leather Earpads (Pair)', 'Brand New', '$17.99', 'Buy It Now', 'Free delivery'],
  ['396001000127', 'Sold  Oct 27, 2026', 'Earpads for WH-1000XM4 Memory Foam Replacement Cushion Silver', 'Brand New', '$12.50', 'Buy It Now', 'Free delivery'],
  ['396001000128', 'Sold  Oct 9, 2026', 'OEM Sony WH-1000XM4 Genuine Ear Pads Cushions Black (pair)', 'Pre-Owned', '$22.00', 'or Best Offer', '+$4.99 delivery'],
  ['396001000129', 'Sold  Sep 22, 2026', 'Ear Cushion Pads Replacement for Sony WH1000XM4 WH-1000XM4', 'Brand New', '$13.49', 'Buy It Now', 'Free delivery'],
  // cases and cables
  ['396001000130', 'Sold  Nov 4, 2026', 'Hard Carrying Case for Sony WH-1000XM4 Headphones Travel Bag', 'Brand New', '$11.99', 'Buy It Now', 'Free delivery'],
  ['396001000131', 'Sold  Oct 6, 2026', 'Original Sony WH-1000XM4 Carrying Case Only - Black', 'Pre-Owned', '$19.00', 'or Best Offer', '+$5.50 delivery'],
  ['396001000132', 'Sold  Nov 13, 2026', '3.5mm Audio Cable for Sony WH-1000XM4 WH-1000XM5 Headphones 4ft', 'Brand New', '$7.99', 'Buy It Now', 'Free delivery'],
  ['396001000133', 'Sold  Oct 1, 2026', 'Sony WH-1000XM4 USB-C Charging Cable Original', 'Pre-Owned', '$6.50', 'Buy It Now', '+$3.99 delivery'],
  // titles that do not say what they are
  ['396001000134', 'Sold  Nov 11, 2026', 'Sony Headset - Black', 'Pre-Owned', '$95.00', 'Buy It Now', '+$9.00 delivery'],
  ['396001000135', 'Sold  Oct 22, 2026', 'Wireless Headset - Black', 'Pre-Owned', '$88.00', 'or Best Offer', 'Free delivery'],
  // other models of the family
  ['396001000136', 'Sold  Nov 5, 2026', 'Sony WH-1000XM5 Wireless Noise Canceling Headphones Black', 'Pre-Owned', '$198.00', 'Buy It Now', 'Free delivery'],
  ['396001000137', 'Sold  Oct 14, 2026', 'Sony WH-1000XM5 Headphones Silver - Excellent Condition', 'Pre-Owned', '$214.99', 'or Best Offer', 'Free delivery'],
  ['396001000138', 'Sold  Nov 3, 2026', 'Sony WH-1000XM3 Wireless Noise Cancelling Headphones Black', 'Pre-Owned', '$72.00', '4 bids', '+$8.50 delivery'],
  ['396001000139', 'Sold  Oct 12, 2026', 'Sony WH-1000XM3 Silver Bluetooth Headphones', 'Pre-Owned', '$79.99', 'Buy It Now', 'Free delivery'],
  ['396001000140', 'Sold  Sep 10, 2026', 'SONY WH1000XM3 Over Ear Headphones - Black', 'Pre-Owned', '$84.00', 'or Best Offer', '+$9.00 delivery'],
  ['396001000147', 'Sold  Nov 7, 2026', 'Sony WF-1000XM4 Truly Wireless Earbuds Black', 'Pre-Owned', '$78.00', 'Buy It Now', 'Free delivery'],
  // box only, lot, bundle, part
  ['396001000141', 'Sold  Oct 26, 2026', 'Sony WH-1000XM4 EMPTY BOX ONLY - No Headphones', 'Pre-Owned', '$9.99', 'Buy It Now', '+$4.50 delivery'],
  ['396001000142', 'Sold  Oct 8, 2026', 'Lot of 2 Sony WH-1000XM4 Headphones Black Used', 'Pre-Owned', '$210.00', '9 bids', 'Free delivery'],
  ['396001000143', 'Sold  Sep 28, 2026', 'Sony WH-1000XM4 Headphones + Sony WF-1000XM4 Earbuds Bundle', 'Pre-Owned', '$190.00', 'or Best Offer', 'Free delivery'],
  ['396001000146', 'Sold  Oct 19, 2026', 'Headband Replacement Part for Sony WH-1000XM4 Top Cover Repair', 'Brand New', '$16.99', 'Buy It Now', 'Free delivery'],
  // ended, not sold
  ['396001000144', 'Ended  Nov 12, 2026', 'Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black', 'Pre-Owned', '$165.00', 'Buy It Now', 'Free delivery'],
  ['396001000145', 'Ended  Oct 30, 2026', 'Sony WH-1000XM4 Headphones Silver', 'Pre-Owned', '$175.00', 'or Best Offer', '+$9.45 delivery'],
]);

// Japanese sellers' titles of the same model, Mercari JP (no sold dates on the grid).
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-wh1000xm4.html', 'WH-1000XM4', [
  ['m10000000001', 'SONY WH-1000XM4 ワイヤレスノイズキャンセリングヘッドホン ブラック', 19800, true],
  ['m10000000002', 'ソニー WH-1000XM4 ヘッドホン 中古 プラチナシルバー', 18500, true],
  ['m10000000003', 'ソニー ワイヤレスノイズキャンセリングステレオヘッドセット WH-1000XM4 美品', 21000, true],
  ['m10000000004', 'WH-1000XM4 ブラック 動作確認済み', 17800, true],
  ['m10000000005', '【新品未開封】SONY WH-1000XM4 B ブラック', 33000, true],
  ['m10000000006', 'ソニー WH-1000XM4 シルバー 箱付き', 22500, false],
  ['m10000000007', 'WH-1000XM4 イヤーパッド 交換用 ブラック', 1200, true],
  ['m10000000008', 'SONY WH-1000XM4 純正イヤーパッド 左右セット', 2800, true],
  ['m10000000009', 'ソニー WH-1000XM4 用 イヤーパッド 互換品', 980, false],
  ['m10000000010', 'WH-1000XM4 ケースのみ 純正', 2000, false],
  ['m10000000011', 'ソニー WH-1000XM4 ジャンク 右側音出ない', 6500, true],
  ['m10000000012', 'WH-1000XM4 箱のみ', 800, true],
  ['m10000000013', 'WH-1000XM4 説明書のみ', 300, true],
  ['m10000000014', 'SONY WH-1000XM5 ブラック 中古', 32000, false],
  ['m10000000015', 'ソニー WH-1000XM5 プラチナシルバー', 35000, false],
  ['m10000000016', 'ソニー ヘッドホン WH-1000XM4 用 有線ケーブル 3.5mm', 600, true],
  ['m10000000017', 'SONY WH-1000XM3 ブラック', 9800, true],
  ['m10000000018', 'ソニー WF-1000XM4 ワイヤレスイヤホン', 12000, true],
]);

// Taiwanese sellers' titles of the same model, Carousell Taiwan (asking prices).
// biome-ignore format: one hand-written row per line reads as a table
carousellPage('carousell-tw-search-wh1000xm4.html', 'wh-1000xm4', [
  ['1380000001', 'sony-wh-1000xm4', 'Sony WH-1000XM4 無線降噪耳機 黑色 二手', 'NT$4,200', '輕微使用痕跡', 'audio_tw88'],
  ['1380000002', 'sony-wh-1000xm4', '索尼 SONY WH-1000XM4 降噪耳機 銀色 九成新', 'NT$4,500', '近全新', 'mei_lin_0521'],
  ['1380000003', 'sony-wh-1000xm4', 'SONY WH-1000XM4 全新未拆 台灣公司貨', 'NT$7,800', '全新', 'gadget_taipei'],
  ['1380000004', 'wh-1000xm4', 'WH-1000XM4 耳罩 替換 耳機套 一對', 'NT$350', '全新', 'earpad_shop'],
  ['1380000005', 'sony-wh-1000xm4', '適用 Sony WH-1000XM4 耳機收納包 硬殼', 'NT$280', '全新', 'case_house'],
  ['1380000006', 'sony-wh-1000xm5', 'Sony WH-1000XM5 二手 黑', 'NT$7,500', '輕微使用痕跡', 'kao_hsiung_a'],
  ['1380000007', 'wh-1000xm4', '索尼 WH-1000XM4 故障 零件機 不開機', 'NT$1,200', '重度使用痕跡', 'repair_guy'],
]);

// Charizard 4/102 (Base Set), eBay.com sold search: slabs of several grades and companies, raw
// copies written in every order, other printings, other cards of the set and other Charizards.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-pokemon-charizard-4-102.html', 'www.ebay.com', 'en', 'charizard 4/102', [
  // PSA 10
  ['396009000901', 'Sold  Nov 15, 2026', 'PSA 10 Charizard Holo Base Set 4/102 Pokemon 1999 GEM MINT', 'Graded - PSA 10: Gem Mint', '$9,850.00', 'or Best Offer', 'Free delivery'],
  ['396009000902', 'Sold  Nov 2, 2026', 'Pokemon Charizard 4/102 Base Set Unlimited Holo Rare PSA 10', 'Graded - PSA 10: Gem Mint', '$10,400.00', '31 bids', 'Free delivery'],
  ['396009000903', 'Sold  Oct 19, 2026', '1999 Pokemon Base Set Charizard #4/102 Holo PSA10', 'Graded - PSA 10: Gem Mint', '$9,200.00', 'Buy It Now', 'Free delivery'],
  ['396009000904', 'Sold  Oct 3, 2026', 'Charizard Base Set Unlimited 4/102 Holo - PSA 10 Gem Mint', 'Graded - PSA 10: Gem Mint', '$11,000.00', 'or Best Offer', 'Free delivery'],
  ['396009000905', 'Sold  Sep 12, 2026', 'Pokémon TCG Charizard 004/102 Holo Rare Base PSA 10', 'Graded - PSA 10: Gem Mint', '$9,600.00', '27 bids', 'Free delivery'],
  // other grades, other companies
  ['396009000906', 'Sold  Nov 9, 2026', 'PSA 9 Charizard Holo Base Set 4/102 Pokemon 1999 MINT', 'Graded - PSA 9: Mint', '$1,450.00', 'Buy It Now', 'Free delivery'],
  ['396009000907', 'Sold  Oct 22, 2026', 'Pokemon Charizard 4/102 Base Set Holo PSA 9', 'Graded - PSA 9: Mint', '$1,380.00', '18 bids', 'Free delivery'],
  ['396009000908', 'Sold  Sep 30, 2026', 'Charizard Base Set 4/102 PSA 8 NM-MT Holo', 'Graded - PSA 8: NM-MT', '$820.00', 'or Best Offer', 'Free delivery'],
  ['396009000909', 'Sold  Oct 28, 2026', 'Charizard 4/102 Base Set Holo BGS 9.5 Gem Mint', 'Graded - BGS 9.5: Gem Mint', '$4,900.00', 'Buy It Now', 'Free delivery'],
  ['396009000910', 'Sold  Oct 8, 2026', 'CGC 10 Pristine Charizard 4/102 Base Set Holo', 'Graded - CGC 10: Pristine', '$7,800.00', 'or Best Offer', 'Free delivery'],
  // raw
  ['396009000911', 'Sold  Nov 18, 2026', 'Charizard 4/102 Base Set Holo Rare Pokemon Card - LP', 'Ungraded - Lightly Played (Excellent)', '$420.00', '14 bids', 'Free delivery'],
  ['396009000912', 'Sold  Nov 6, 2026', 'Pokemon Charizard Holo Base Set 4/102 Unlimited WOTC Played', 'Ungraded - Moderately Played (Very Good)', '$380.00', 'Buy It Now', 'Free delivery'],
  ['396009000913', 'Sold  Oct 25, 2026', 'Charizard Holo Rare 004/102 Base Set Pokemon TCG NM', 'Ungraded - Near Mint or Better', '$465.00', 'or Best Offer', 'Free delivery'],
  ['396009000914', 'Sold  Oct 14, 2026', 'Base Set Charizard 4/102 Holo - Heavily Played', 'Ungraded - Heavily Played (Poor)', '$310.00', '9 bids', 'Free delivery'],
  ['396009000915', 'Sold  Sep 27, 2026', 'Charizard 4/102 Holo Base Set 1999 Pokemon Card Near Mint PSA 10 ready?', 'Ungraded - Near Mint or Better', '$520.00', 'Buy It Now', 'Free delivery'],
  ['396009000916', 'Sold  Sep 8, 2026', 'Pokemon Charizard Base Set Holo 4/102 Moderately Played', 'Ungraded - Moderately Played (Very Good)', '$350.00', '11 bids', 'Free delivery'],
  // other printings of the card
  ['396009000917', 'Sold  Nov 4, 2026', 'Charizard 4/102 1st Edition Base Set Holo Shadowless', 'Ungraded - Lightly Played (Excellent)', '$6,500.00', 'or Best Offer', 'Free delivery'],
  ['396009000918', 'Sold  Oct 17, 2026', 'Charizard 4/102 Base Set Shadowless Holo Rare', 'Ungraded - Moderately Played (Very Good)', '$1,900.00', 'Buy It Now', 'Free delivery'],
  // other cards of the set, other Charizards
  ['396009000919', 'Sold  Nov 12, 2026', 'Blastoise 2/102 Base Set Holo PSA 10', 'Graded - PSA 10: Gem Mint', '$3,200.00', 'Buy It Now', 'Free delivery'],
  ['396009000920', 'Sold  Oct 30, 2026', 'Pikachu 58/102 Base Set Red Cheeks PSA 10', 'Graded - PSA 10: Gem Mint', '$2,100.00', 'or Best Offer', 'Free delivery'],
  ['396009000921', 'Sold  Oct 11, 2026', 'Venusaur 15/102 Base Set Holo PSA 10', 'Graded - PSA 10: Gem Mint', '$1,800.00', '21 bids', 'Free delivery'],
  ['396009000922', 'Sold  Nov 1, 2026', 'Charizard 11/108 Evolutions Holo PSA 10', 'Graded - PSA 10: Gem Mint', '$450.00', 'Buy It Now', 'Free delivery'],
  ['396009000923', 'Sold  Oct 5, 2026', 'Charizard Base Set 2 4/130 Holo Rare', 'Ungraded - Lightly Played (Excellent)', '$300.00', '8 bids', 'Free delivery'],
  ['396009000924', 'Sold  Sep 20, 2026', 'Charizard 4/102 Base Set Holo Proxy Custom Orica Card', 'New', '$12.00', 'Buy It Now', 'Free delivery'],
  // older than 90 days, and one that did not sell
  ['396009000925', 'Sold  Jul 2, 2026', 'PSA 10 Charizard 4/102 Base Set Holo', 'Graded - PSA 10: Gem Mint', '$8,900.00', 'Buy It Now', 'Free delivery'],
  ['396009000926', 'Ended  Nov 10, 2026', 'Charizard 4/102 Base Set Holo PSA 10', 'Graded - PSA 10: Gem Mint', '$14,999.00', 'Buy It Now', 'Free delivery'],
]);

// Nintendo Switch, eBay.com sold search: consoles, other models, docks, games, controllers, boxes.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-nintendo-switch.html', 'www.ebay.com', 'en', 'nintendo switch', [
  ['396002000401', 'Sold  Nov 16, 2026', 'Nintendo Switch Console HAC-001(-01) Neon Red/Blue Joy-Con with Dock', 'Pre-Owned', '$165.00', 'Buy It Now', '+$14.50 delivery'],
  ['396002000402', 'Sold  Nov 10, 2026', 'Nintendo Switch V2 32GB Gray Console Complete in Box', 'Pre-Owned', '$179.99', 'or Best Offer', 'Free delivery'],
  ['396002000403', 'Sold  Nov 2, 2026', 'Nintendo Switch Console - Gray Joy-Con - Works Great', 'Pre-Owned', '$150.00', '12 bids', '+$13.00 delivery'],
  ['396002000404', 'Sold  Oct 25, 2026', 'Nintendo Switch HAC-001(-01) Neon Console Tested', 'Pre-Owned', '$158.00', 'Buy It Now', 'Free delivery'],
  ['396002000405', 'Sold  Oct 12, 2026', 'Nintendo Switch 32GB Console with Neon Blue/Red Joy-Con', 'Pre-Owned', '$172.50', '15 bids', 'Free delivery'],
  ['396002000406', 'Sold  Sep 30, 2026', 'Nintendo Switch Console Tablet Only HAC-001(-01) No Dock', 'Pre-Owned', '$120.00', 'Buy It Now', '+$10.00 delivery'],
  ['396002000407', 'Sold  Nov 8, 2026', 'Nintendo Switch Console Neon - Brand New Sealed', 'Brand New', '$289.00', 'Buy It Now', 'Free delivery'],
  ['396002000408', 'Sold  Nov 14, 2026', 'Nintendo Switch OLED Model White Console HEG-001', 'Pre-Owned', '$245.00', 'Buy It Now', 'Free delivery'],
  ['396002000409', 'Sold  Oct 28, 2026', 'Nintendo Switch – OLED Model w/ Neon Red & Neon Blue Joy-Con', 'Pre-Owned', '$238.00', '9 bids', 'Free delivery'],
  ['396002000410', 'Sold  Oct 5, 2026', 'Nintendo Switch OLED Console Mario Red Edition', 'Pre-Owned', '$260.00', 'or Best Offer', 'Free delivery'],
  ['396002000411', 'Sold  Nov 12, 2026', 'Nintendo Switch Lite Turquoise Handheld Console', 'Pre-Owned', '$115.00', 'Buy It Now', '+$8.00 delivery'],
  ['396002000412', 'Sold  Oct 30, 2026', 'Nintendo Switch Lite Gray HDH-001', 'Pre-Owned', '$108.00', '6 bids', '+$8.00 delivery'],
  ['396002000413', 'Sold  Oct 2, 2026', 'Nintendo Switch Lite Coral with Charger', 'Pre-Owned', '$119.99', 'Buy It Now', 'Free delivery'],
  ['396002000414', 'Sold  Nov 15, 2026', 'Nintendo Switch Dock ONLY! HAC-007 Official OEM', 'Pre-Owned', '$24.99', 'Buy It Now', '+$6.00 delivery'],
  ['396002000415', 'Sold  Nov 6, 2026', 'Official Nintendo Switch Dock HAC-007 - Dock Only, No Cables', 'Pre-Owned', '$21.50', 'or Best Offer', '+$5.75 delivery'],
  ['396002000416', 'Sold  Oct 22, 2026', 'Nintendo Switch Charging Dock Set with AC Adapter and HDMI Cable OEM', 'Pre-Owned', '$34.00', 'Buy It Now', 'Free delivery'],
  ['396002000417', 'Sold  Oct 9, 2026', 'Genuine Nintendo Switch Docking Station HAC-007 Black', 'Pre-Owned', '$26.00', '4 bids', '+$6.50 delivery'],
  ['396002000418', 'Sold  Nov 3, 2026', 'Nintendo Switch OLED Dock White HEG-007 with LAN Port', 'Pre-Owned', '$55.00', 'Buy It Now', 'Free delivery'],
  ['396002000419', 'Sold  Oct 18, 2026', 'Portable Mini Dock for Nintendo Switch / OLED, 4K HDMI TV Adapter', 'Brand New', '$15.99', 'Buy It Now', 'Free delivery'],
  ['396002000420', 'Sold  Nov 13, 2026', 'Mario Kart 8 Deluxe - Nintendo Switch', 'Pre-Owned', '$34.99', 'Buy It Now', 'Free delivery'],
  ['396002000421', 'Sold  Nov 1, 2026', 'Mario Kart 8 Deluxe (Nintendo Switch, 2017) Cartridge Only', 'Pre-Owned', '$29.00', '5 bids', '+$4.00 delivery'],
  ['396002000422', 'Sold  Oct 17, 2026', 'Mario Kart 8 Deluxe Nintendo Switch Complete w/ Case', 'Pre-Owned', '$36.50', 'Buy It Now', 'Free delivery'],
  ['396002000423', 'Sold  Oct 4, 2026', 'The Legend of Zelda: Breath of the Wild - Nintendo Switch', 'Pre-Owned', '$32.00', 'Buy It Now', 'Free delivery'],
  ['396002000424', 'Sold  Nov 9, 2026', 'Super Mario Odyssey (Nintendo Switch)', 'Pre-Owned', '$30.00', 'or Best Offer', 'Free delivery'],
  ['396002000425', 'Sold  Oct 21, 2026', 'Mario Kart 8 Deluxe Nintendo Switch CASE ONLY No Game', 'Pre-Owned', '$6.00', 'Buy It Now', '+$3.50 delivery'],
  ['396002000426', 'Sold  Nov 11, 2026', 'Carrying Case for Nintendo Switch Hard Shell Travel Case', 'Brand New', '$12.99', 'Buy It Now', 'Free delivery'],
  ['396002000427', 'Sold  Oct 27, 2026', 'Nintendo Switch Pro Controller Black Official HAC-013', 'Pre-Owned', '$45.00', 'Buy It Now', '+$5.00 delivery'],
  ['396002000428', 'Sold  Oct 13, 2026', 'Nintendo Switch Pro Controller - Black', 'Pre-Owned', '$48.00', '8 bids', 'Free delivery'],
  ['396002000429', 'Sold  Sep 25, 2026', 'Official Nintendo Switch Pro Controller Xenoblade Edition', 'Pre-Owned', '$62.00', 'Buy It Now', 'Free delivery'],
  ['396002000430', 'Sold  Nov 4, 2026', 'Wireless Pro Controller for Nintendo Switch/Lite/OLED Black', 'Brand New', '$19.99', 'Buy It Now', 'Free delivery'],
  ['396002000431', 'Sold  Oct 24, 2026', 'Nintendo Switch Joy-Con (L/R) Neon Red Neon Blue', 'Pre-Owned', '$48.00', 'Buy It Now', 'Free delivery'],
  ['396002000432', 'Sold  Oct 1, 2026', 'Screen Protector for Nintendo Switch Tempered Glass 3-Pack', 'Brand New', '$7.99', 'Buy It Now', 'Free delivery'],
  ['396002000433', 'Sold  Oct 20, 2026', 'Nintendo Switch Console Box Only - Empty Box, No Console', 'Pre-Owned', '$9.50', 'Buy It Now', '+$5.00 delivery'],
  ['396002000434', 'Sold  Oct 7, 2026', 'Nintendo Switch Console Bundle + 4 Games + Pro Controller', 'Pre-Owned', '$260.00', '21 bids', 'Free delivery'],
  ['396002000435', 'Sold  Sep 27, 2026', 'Nintendo Switch Console For Parts Not Working No Power', 'For parts or not working', '$55.00', '7 bids', '+$12.00 delivery'],
  ['396002000436', 'Sold  Nov 5, 2026', 'Lot of 6 Nintendo Switch Games Mario Zelda Pokemon', 'Pre-Owned', '$120.00', '14 bids', 'Free delivery'],
  ['396002000437', 'Ended  Nov 8, 2026', 'Nintendo Switch Console Gray Joy-Con', 'Pre-Owned', '$199.00', 'Buy It Now', 'Free delivery'],
]);

// Nintendo Switch, Mercari JP: consoles, docks (ドックのみ, ドッキングステーション), 対応 accessories.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-nintendo-switch-hontai.html', 'ニンテンドースイッチ', [
  ['m20000000001', 'Nintendo Switch 本体 ネオンブルー/ネオンレッド 2019年モデル 動作確認済み', 21800, true],
  ['m20000000002', 'ニンテンドースイッチ 本体 グレー バッテリー強化版', 20500, true],
  ['m20000000003', '任天堂 スイッチ 本体 ネオン 付属品完備', 23000, true],
  ['m20000000004', 'Nintendo Switch 本体 新品未開封', 36000, true],
  ['m20000000005', 'Nintendo Switch 有機ELモデル ホワイト 本体', 32000, true],
  ['m20000000006', 'ニンテンドースイッチ 有機EL ネオン 美品', 33500, true],
  ['m20000000007', 'Nintendo Switch Lite ターコイズ', 14000, true],
  ['m20000000008', 'Nintendo Switch ドックのみ 純正 HAC-007', 2800, true],
  ['m20000000009', '任天堂 スイッチ 純正ドック', 3000, true],
  ['m20000000010', 'ニンテンドースイッチ ドッキングステーション 純正品', 2500, true],
  ['m20000000011', 'Switch ドック 互換品 小型', 1500, true],
  ['m20000000012', 'ニンテンドースイッチ 有機ELモデル ドックのみ', 5500, true],
  ['m20000000013', 'Nintendo Switch 箱のみ', 600, true],
  ['m20000000014', 'ニンテンドースイッチ 説明書のみ', 300, false],
  ['m20000000015', 'Switch 本体 ジャンク 起動しない', 6000, true],
  ['m20000000016', 'スイッチ対応 キャリングケース 大容量', 1200, true],
  ['m20000000017', 'Switch対応 ワイヤレスコントローラー 連射機能', 1800, true],
  ['m20000000018', 'マリオカート8 デラックス Switch ソフト', 4200, true],
  ['m20000000019', 'Nintendo Switch 本体 + ソフト3本セット', 28000, true],
  ['m20000000020', 'ニンテンドースイッチ 本体のみ 液晶', 15000, true],
]);

// PS5, eBay.com sold search: consoles (disc, digital, slim, Pro), games, controllers, things "for PS5".
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-ps5.html', 'www.ebay.com', 'en', 'ps5', [
  ['396003000501', 'Sold  Nov 18, 2026', 'Sony PlayStation 5 Console Disc Edition CFI-1215A White', 'Pre-Owned', '$365.00', 'Buy It Now', 'Free delivery'],
  ['396003000502', 'Sold  Nov 11, 2026', 'PS5 Disc Console 825GB with Controller - Works Perfect', 'Pre-Owned', '$349.99', '18 bids', 'Free delivery'],
  ['396003000503', 'Sold  Nov 3, 2026', 'Sony PS5 Digital Edition Console CFI-1115B', 'Pre-Owned', '$289.00', 'or Best Offer', 'Free delivery'],
  ['396003000504', 'Sold  Oct 26, 2026', 'PlayStation 5 Slim Disc 1TB Console CFI-2015', 'Pre-Owned', '$399.00', 'Buy It Now', 'Free delivery'],
  ['396003000505', 'Sold  Oct 15, 2026', 'Sony PlayStation 5 (PS5) Standard Console Used', 'Pre-Owned', '$355.00', '22 bids', '+$25.00 delivery'],
  ['396003000506', 'Sold  Oct 2, 2026', 'PS5 Slim Digital Edition Console 1TB', 'Pre-Owned', '$320.00', 'Buy It Now', 'Free delivery'],
  ['396003000507', 'Sold  Nov 9, 2026', 'Sony PlayStation 5 Pro Console 2TB CFI-7015', 'Pre-Owned', '$640.00', 'or Best Offer', 'Free delivery'],
  ['396003000508', 'Sold  Oct 20, 2026', 'PS5 Pro 2TB Digital Console White', 'Pre-Owned', '$615.00', 'Buy It Now', 'Free delivery'],
  ['396003000509', 'Sold  Nov 14, 2026', 'NEW Sony PlayStation 5 Slim Disc Console Sealed', 'Brand New', '$469.00', 'Buy It Now', 'Free delivery'],
  ['396003000510', 'Sold  Nov 16, 2026', "Marvel's Spider-Man 2 (PS5)", 'Pre-Owned', '$29.99', 'Buy It Now', 'Free delivery'],
  ['396003000511', 'Sold  Nov 5, 2026', 'Elden Ring - PlayStation 5', 'Pre-Owned', '$27.00', 'Buy It Now', 'Free delivery'],
  ['396003000512', 'Sold  Oct 28, 2026', 'God of War Ragnarok PS5 Launch Edition', 'Pre-Owned', '$24.00', '3 bids', '+$4.00 delivery'],
  ['396003000513', 'Sold  Oct 10, 2026', "Marvel's Spider-Man 2 - Sony PlayStation 5", 'Pre-Owned', '$31.50', 'Buy It Now', 'Free delivery'],
  ['396003000514', 'Sold  Sep 28, 2026', 'Spider-Man 2 PS5 Game Disc', 'Pre-Owned', '$27.50', 'or Best Offer', '+$4.50 delivery'],
  ['396003000515', 'Sold  Nov 13, 2026', 'Sony DualSense Wireless Controller for PS5 - White', 'Pre-Owned', '$48.00', 'Buy It Now', 'Free delivery'],
  ['396003000516', 'Sold  Nov 1, 2026', 'PS5 DualSense Controller Midnight Black CFI-ZCT1W', 'Pre-Owned', '$45.00', '6 bids', '+$5.00 delivery'],
  ['396003000517', 'Sold  Oct 18, 2026', 'Official Sony PlayStation 5 DualSense Controller Cosmic Red', 'Pre-Owned', '$50.00', 'Buy It Now', 'Free delivery'],
  ['396003000518', 'Sold  Oct 7, 2026', 'DualSense Wireless Controller PS5 Starlight Blue', 'Pre-Owned', '$47.00', 'Buy It Now', 'Free delivery'],
  ['396003000519', 'Sold  Nov 7, 2026', 'Wireless Controller for PS5, Compatible with PlayStation 5 Gamepad', 'Brand New', '$21.99', 'Buy It Now', 'Free delivery'],
  ['396003000520', 'Sold  Nov 12, 2026', 'Charging Station for PS5 Controller Dual Charger Dock', 'Brand New', '$16.99', 'Buy It Now', 'Free delivery'],
  ['396003000521', 'Sold  Oct 24, 2026', 'PS5 Vertical Stand with Cooling Fan', 'Brand New', '$22.99', 'Buy It Now', 'Free delivery'],
  ['396003000522', 'Sold  Oct 11, 2026', 'Faceplate Cover Plates for PS5 Disc Edition Black', 'Brand New', '$19.99', 'Buy It Now', 'Free delivery'],
  ['396003000523', 'Sold  Oct 30, 2026', 'PS5 Console Box Only Empty', 'Pre-Owned', '$12.00', 'Buy It Now', '+$8.00 delivery'],
  ['396003000524', 'Sold  Oct 4, 2026', 'PS5 Disc Console Bundle 2 Controllers + 5 Games', 'Pre-Owned', '$480.00', '25 bids', 'Free delivery'],
  ['396003000525', 'Sold  Sep 24, 2026', 'Sony PS5 Disc Console For Parts - HDMI Port Damaged No Display', 'For parts or not working', '$140.00', '10 bids', '+$20.00 delivery'],
  ['396003000526', 'Sold  Nov 2, 2026', 'PlayStation Portal Remote Player for PS5', 'Pre-Owned', '$165.00', 'Buy It Now', 'Free delivery'],
  ['396003000527', 'Ended  Nov 10, 2026', 'Sony PlayStation 5 Disc Console', 'Pre-Owned', '$420.00', 'Buy It Now', 'Free delivery'],
]);

// iPhone 15, eBay.com sold search: the model in 3 sizes, Plus / Pro / Pro Max, iPhone 14, cases.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-iphone-15.html', 'www.ebay.com', 'en', 'iphone 15', [
  ['396004000601', 'Sold  Nov 17, 2026', 'Apple iPhone 15 128GB Black Unlocked - Good Condition', 'Pre-Owned', '$455.00', 'Buy It Now', 'Free delivery'],
  ['396004000602', 'Sold  Nov 12, 2026', 'Apple iPhone 15 - 128GB - Blue (Unlocked) A2846', 'Pre-Owned', '$472.00', '19 bids', 'Free delivery'],
  ['396004000603', 'Sold  Nov 4, 2026', 'iPhone 15 128GB Pink Unlocked Excellent Battery 94%', 'Pre-Owned', '$489.99', 'or Best Offer', 'Free delivery'],
  ['396004000604', 'Sold  Oct 23, 2026', 'Apple iPhone 15 128GB Green Verizon Locked', 'Pre-Owned', '$430.00', 'Buy It Now', 'Free delivery'],
  ['396004000605', 'Sold  Nov 15, 2026', 'Apple iPhone 15 256GB Black Unlocked', 'Pre-Owned', '$529.00', 'Buy It Now', 'Free delivery'],
  ['396004000606', 'Sold  Oct 30, 2026', 'Apple iPhone 15 256GB Yellow Unlocked - Very Good', 'Pre-Owned', '$515.00', '14 bids', 'Free delivery'],
  ['396004000607', 'Sold  Oct 8, 2026', 'iPhone 15 256GB Blue Factory Unlocked', 'Pre-Owned', '$540.00', 'Buy It Now', 'Free delivery'],
  ['396004000608', 'Sold  Sep 20, 2026', 'Apple iPhone 15 512GB Black Unlocked', 'Pre-Owned', '$610.00', 'or Best Offer', 'Free delivery'],
  ['396004000609', 'Sold  Nov 10, 2026', 'Apple iPhone 15 Plus 128GB Black Unlocked', 'Pre-Owned', '$540.00', 'Buy It Now', 'Free delivery'],
  ['396004000610', 'Sold  Oct 19, 2026', 'iPhone 15 Plus 256GB Blue', 'Pre-Owned', '$585.00', 'Buy It Now', 'Free delivery'],
  ['396004000611', 'Sold  Nov 16, 2026', 'Apple iPhone 15 Pro 128GB Natural Titanium Unlocked', 'Pre-Owned', '$640.00', 'Buy It Now', 'Free delivery'],
  ['396004000612', 'Sold  Nov 1, 2026', 'Apple iPhone 15 Pro 256GB Blue Titanium', 'Pre-Owned', '$699.00', '23 bids', 'Free delivery'],
  ['396004000613', 'Sold  Oct 14, 2026', 'iPhone 15 Pro 128GB Black Titanium Unlocked', 'Pre-Owned', '$625.00', 'Buy It Now', 'Free delivery'],
  ['396004000614', 'Sold  Nov 6, 2026', 'Apple iPhone 15 Pro Max 256GB Natural Titanium', 'Pre-Owned', '$790.00', 'Buy It Now', 'Free delivery'],
  ['396004000615', 'Sold  Oct 25, 2026', 'iPhone 15 Pro Max 512GB White Titanium Unlocked', 'Pre-Owned', '$865.00', 'or Best Offer', 'Free delivery'],
  ['396004000616', 'Sold  Nov 13, 2026', 'Apple iPhone 14 128GB Midnight Unlocked', 'Pre-Owned', '$360.00', 'Buy It Now', 'Free delivery'],
  ['396004000617', 'Sold  Oct 29, 2026', 'Apple iPhone 14 128GB Blue Unlocked Good', 'Pre-Owned', '$375.00', '11 bids', 'Free delivery'],
  ['396004000618', 'Sold  Oct 10, 2026', 'iPhone 14 256GB Purple Unlocked', 'Pre-Owned', '$399.00', 'Buy It Now', 'Free delivery'],
  ['396004000619', 'Sold  Nov 9, 2026', 'Apple iPhone 15 128GB Black - Brand New Sealed', 'Brand New', '$629.00', 'Buy It Now', 'Free delivery'],
  ['396004000620', 'Sold  Oct 26, 2026', 'NEW Apple iPhone 15 128GB Pink Unlocked Sealed in Box', 'Brand New', '$640.00', 'Buy It Now', 'Free delivery'],
  ['396004000621', 'Sold  Nov 14, 2026', 'Case for iPhone 15 Clear Shockproof MagSafe Compatible', 'Brand New', '$9.99', 'Buy It Now', 'Free delivery'],
  ['396004000622', 'Sold  Nov 2, 2026', 'Apple iPhone 15 Silicone Case with MagSafe - Storm Blue', 'Brand New', '$29.00', 'Buy It Now', 'Free delivery'],
  ['396004000623', 'Sold  Oct 16, 2026', 'iPhone 15 Case Leather Wallet Flip Cover Card Holder', 'Brand New', '$12.99', 'Buy It Now', 'Free delivery'],
  ['396004000629', 'Sold  Nov 8, 2026', 'Apple iPhone 15 FineWoven Case with MagSafe - Black', 'Pre-Owned', '$15.00', 'or Best Offer', '+$4.00 delivery'],
  ['396004000630', 'Sold  Oct 12, 2026', 'OtterBox Defender Series Case for iPhone 15 - Black', 'Pre-Owned', '$14.00', 'Buy It Now', '+$4.50 delivery'],
  ['396004000624', 'Sold  Oct 3, 2026', 'Tempered Glass Screen Protector for iPhone 15 (3 Pack)', 'Brand New', '$6.99', 'Buy It Now', 'Free delivery'],
  ['396004000625', 'Sold  Oct 21, 2026', 'Apple iPhone 15 Box Only - Empty, No Phone', 'Pre-Owned', '$8.00', 'Buy It Now', '+$4.00 delivery'],
  ['396004000626', 'Sold  Oct 6, 2026', 'Apple iPhone 15 128GB For Parts Cracked Screen iCloud Locked', 'For parts or not working', '$120.00', '8 bids', 'Free delivery'],
  ['396004000627', 'Sold  Sep 30, 2026', 'Lot of 3 Apple iPhone 15 128GB Unlocked', 'Pre-Owned', '$1,350.00', 'Buy It Now', 'Free delivery'],
  ['396004000628', 'Ended  Nov 5, 2026', 'Apple iPhone 15 128GB Black Unlocked', 'Pre-Owned', '$520.00', 'Buy It Now', 'Free delivery'],
]);

// iPhone 15 in German (für) and French (pour), eBay.de and eBay.fr sold searches.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-de-sold-iphone-15.html', 'www.ebay.de', 'de', 'iphone 15', [
  ['396005000701', 'Verkauft  14. Nov. 2026', 'Apple iPhone 15 128GB Schwarz – sehr guter Zustand', 'Gebraucht', 'EUR 459,00', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['396005000702', 'Verkauft  3. Nov. 2026', 'Apple iPhone 15 128 GB Blau Ohne Simlock', 'Gebraucht', 'EUR 445,00', '17 Gebote', 'EUR 6,99 Versand'],
  ['396005000703', 'Verkauft  21. Okt. 2026', 'iPhone 15 256GB Grün gebraucht Akku 96%', 'Gebraucht', 'EUR 499,00', 'Preisvorschlag', 'Kostenloser Versand'],
  ['396005000704', 'Verkauft  12. Nov. 2026', 'Silikon Hülle für iPhone 15 Schutzhülle Case Schwarz', 'Neu', 'EUR 7,99', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['396005000705', 'Verkauft  28. Okt. 2026', 'Panzerglas für iPhone 15 Schutzglas 9H 2 Stück', 'Neu', 'EUR 5,49', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['396005000706', 'Verkauft  9. Nov. 2026', 'Apple iPhone 15 Pro 128GB Titan Natur', 'Gebraucht', 'EUR 619,00', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['396005000707', 'Verkauft  1. Nov. 2026', 'Ladekabel USB-C für iPhone 15 1m', 'Neu', 'EUR 6,99', 'Sofort-Kaufen', 'Kostenloser Versand'],
]);
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-fr-sold-iphone-15.html', 'www.ebay.fr', 'fr', 'iphone 15', [
  ['396006000801', 'Vendu le 10 nov. 2026', 'Apple iPhone 15 128 Go Noir Débloqué - Très bon état', 'Occasion', '469,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['396006000802', 'Vendu le 27 oct. 2026', 'iPhone 15 128Go Rose - bon état', 'Occasion', '439,00 EUR', '12 enchères', '+7,50 EUR livraison'],
  ['396006000803', 'Vendu le 6 nov. 2026', 'Coque pour iPhone 15 Silicone Transparente MagSafe', 'Neuf', '8,90 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['396006000804', 'Vendu le 19 oct. 2026', 'Apple iPhone 15 Plus 128 Go Bleu', 'Occasion', '529,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
]);

// iPhone 15 on Mercari JP: アイフォン, iPhone15 glued, 用 / 対応 cases.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-iphone-15.html', 'iPhone 15', [
  ['m30000000001', 'iPhone 15 128GB ブルー SIMフリー 本体 バッテリー93%', 72000, true],
  ['m30000000002', 'アイフォン15 128GB ブラック SIMフリー 美品', 70500, true],
  ['m30000000003', 'iPhone15 256GB ピンク 中古', 82000, true],
  ['m30000000004', 'iPhone 15 用 ケース 手帳型 レザー', 980, true],
  ['m30000000005', 'iPhone15 ケース MagSafe対応 クリア', 1200, true],
  ['m30000000006', 'iPhone 15 Pro 256GB ナチュラルチタニウム', 118000, true],
  ['m30000000007', 'iPhone 15 128GB 新品未開封', 105000, true],
  ['m30000000008', 'iPhone 15 箱のみ 付属品なし', 1000, true],
  ['m30000000009', 'iPhone 15 ガラスフィルム 2枚入り', 500, false],
  ['m30000000010', 'iPhone 14 128GB ミッドナイト SIMフリー', 58000, true],
]);

// AirPods Pro 2 in Taiwan, Carousell: the earbuds, 專用 / 適用 cases and tips, single parts.
// biome-ignore format: one hand-written row per line reads as a table
carousellPage('carousell-tw-search-airpods-pro-2.html', 'airpods pro 2', [
  ['1390000101', 'airpods-pro-2', 'AirPods Pro 2 原廠 二手 保固到2027', 'NT$4,300', '輕微使用痕跡', 'chen_3c'],
  ['1390000102', 'apple-airpods-pro', 'Apple AirPods Pro 第二代 USB-C 九成新', 'NT$4,600', '近全新', 'yuting.w'],
  ['1390000103', 'airpods-pro-2', 'AirPods Pro 2 二手 盒裝配件齊', 'NT$4,100', '輕微使用痕跡', 'taichung_jay'],
  ['1390000104', 'airpods-pro-2', 'AirPods Pro 2 專用 矽膠保護套 防摔', 'NT$150', '近全新', 'case_house'],
  ['1390000105', 'airpods', 'AirPods專用 保護殼 Pro 2 透明', 'NT$120', '輕微使用痕跡', 'phone_acc_tw'],
  ['1390000106', 'airpods-pro-2', 'AirPods Pro 2 保護套 卡通', 'NT$180', '近全新', 'cute_cases'],
  ['1390000107', 'airpods-pro-2', 'AirPods Pro 2 左耳 單耳 原廠', 'NT$1,500', '輕微使用痕跡', 'single_ear'],
  ['1390000108', 'airpods-pro-2', 'AirPods Pro 2 充電盒 單賣', 'NT$1,800', '輕微使用痕跡', 'single_ear'],
  ['1390000109', 'airpods-pro-2', 'AirPods Pro 2 全新未拆 台灣公司貨', 'NT$6,290', '全新', 'gadget_taipei'],
  ['1390000110', 'airpods-4', 'AirPods 4 降噪版 二手', 'NT$3,800', '輕微使用痕跡', 'kao_hsiung_a'],
  ['1390000111', 'airpods-pro', 'AirPods Pro 第一代 二手', 'NT$2,200', '重度使用痕跡', 'old_pods'],
  ['1390000112', 'airpods-pro-2', '適用 AirPods Pro 2 耳塞 替換 矽膠', 'NT$99', '全新', 'earpad_shop'],
]);

// CHANEL 22 on Mercari JP: brand in katakana only, brand glued to the number, sizes, packaging.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-chanel-22.html', 'シャネル22', [
  ['m40000000001', 'CHANEL22 スモール ハンドバッグ ブラック シャネル', 520000, true],
  ['m40000000002', 'シャネル 22 ハンドバッグ スモール 黒 ゴールド金具', 498000, true],
  ['m40000000003', 'シャネル22 スモールハンドバッグ ホワイト 美品', 485000, true],
  ['m40000000004', 'CHANEL 22 Small Handbag Black Calfskin', 535000, true],
  ['m40000000005', 'CHANEL22 ミニ ハンドバッグ ピンク', 430000, true],
  ['m40000000006', 'シャネル22 ミニ ブラック', 445000, true],
  ['m40000000007', 'シャネル22 ラージ ハンドバッグ ベージュ', 640000, false],
  ['m40000000008', 'シャネル 22 ミディアム ブラック', 590000, true],
  ['m40000000009', 'シャネル22 バッグ 保存袋のみ', 3000, true],
  ['m40000000010', 'CHANEL22 ショッパー 紙袋 リボン付き', 1200, true],
  ['m40000000011', 'シャネル マトラッセ23 チェーンショルダー', 600000, true],
  ['m40000000012', 'CHANEL19 フラップバッグ ラージ', 550000, true],
  ['m40000000013', 'シャネル22 スモール ハンドバッグ 新品未使用', 610000, true],
  ['m40000000014', 'シャネル ココマーク ノベルティ ポーチ', 4500, true],
  ['m40000000015', 'CHANEL22 スモール ハンドバッグ ブラック 正規品', 505000, false],
]);
