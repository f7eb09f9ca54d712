/**
 * Writes the HAND-WRITTEN snippet pages of the HELD-OUT evaluation (test/eval/holdout.ts) from the
 * rows below. The rows (titles, prices, conditions, dates) are written by hand, as sellers write them,
 * for items and situations no saved page holds and the engine was never tuned on; the card markup
 * around them is copied from real saved pages (test/eval/snippets/markup.ts says from which) so the
 * pages go through the real adapters: eBay sold searches (s-card, en / de / fr), Mercari JP grid
 * cells, Carousell cards (carousell.com.tw, NT$), Yahoo!フリマ cards, Yahoo! Auctions closed-search
 * cards.
 *
 * Edit the rows here, then run `npx tsx test/eval/holdout/snippets/make.ts` and commit the pages.
 * The entries' `now` is 2026-10-15: 90 days back is 2026-07-17.
 */
import {
  carousellPage,
  ebayPage,
  mercariPage,
  writeSnippetsTo,
  yahooFleaPage,
  yahuokuClosedPage,
} from '../../snippets/markup';

writeSnippetsTo({
  dir: import.meta.dirname,
  set: 'test/eval/holdout.ts',
  generator: 'test/eval/holdout/snippets/make.ts',
});

// ---------------------------------------------------------------- Sony α7 III (camera, battery)

// eBay.com sold search "sony a7 iii": bodies, kit, other α7 models, NP-FZ100 batteries, parts, box.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-sony-a7iii.html', 'www.ebay.com', 'en', 'sony a7 iii', [
  ['397101000101', 'Sold  Oct 12, 2026', 'Sony Alpha a7 III 24.2MP Mirrorless Camera Body ILCE-7M3 - Shutter Count 12k', 'Pre-Owned', '$898.00', 'or Best Offer', '+$14.20 delivery'],
  ['397101000102', 'Sold  Oct 9, 2026', 'Sony A7III Body Only, Excellent Condition, 2 batteries + charger', 'Pre-Owned', '$945.00', 'Buy It Now', 'Free delivery'],
  ['397101000103', 'Sold  Oct 3, 2026', 'Sony a7 III Full Frame Mirrorless Camera (Body) Black', 'Pre-Owned', '$869.99', '23 bids', 'Free delivery'],
  ['397101000104', 'Sold  Sep 27, 2026', 'SONY ILCE-7M3 α7 III body *low shutter 4,5xx* MINT', 'Pre-Owned', '$1,010.00', 'Buy It Now', '+$18.00 delivery'],
  ['397101000105', 'Sold  Sep 18, 2026', 'Sony Alpha A7 III Mirrorless Digital Camera Body - Good, cosmetic wear', 'Pre-Owned', '$812.00', '17 bids', 'Free delivery'],
  ['397101000106', 'Sold  Sep 6, 2026', 'Sony a7iii body w/ box & strap', 'Pre-Owned', '$925.00', 'or Best Offer', 'Free delivery'],
  ['397101000107', 'Sold  Aug 28, 2026', 'Sony A7 III Camera Body - Refurbished by Sony', 'Certified - Refurbished', '$979.00', 'Buy It Now', 'Free delivery'],
  ['397101000108', 'Sold  Aug 14, 2026', 'sony a7 mark iii mirrorless body 24mp', 'Pre-Owned', '$850.00', '9 bids', '+$12.00 delivery'],
  ['397101000109', 'Sold  Jun 30, 2026', 'Sony a7 III Body ILCE-7M3', 'Pre-Owned', '$1,050.00', 'Buy It Now', 'Free delivery'],
  ['397101000110', 'Sold  Oct 6, 2026', 'Sony a7 III Mirrorless Camera w/ FE 28-70mm f/3.5-5.6 OSS Kit Lens', 'Pre-Owned', '$1,099.00', 'Buy It Now', 'Free delivery'],
  ['397101000111', 'Sold  Oct 1, 2026', 'NEW Sony a7 III ILCE-7M3 Body Sealed US Model', 'Brand New', '$1,398.00', 'Buy It Now', 'Free delivery'],
  ['397101000113', 'Sold  Oct 8, 2026', 'Sony a7 III body FOR PARTS - shutter error, no power', 'For parts or not working', '$310.00', '12 bids', '+$11.00 delivery'],
  ['397101000114', 'Sold  Sep 2, 2026', 'Sony A7III ILCE-7M3 Parts/Repair Cracked LCD', 'For parts or not working', '$385.00', 'or Best Offer', '+$11.00 delivery'],
  ['397101000115', 'Sold  Oct 10, 2026', 'Sony a7 II Mirrorless Camera Body ILCE-7M2', 'Pre-Owned', '$520.00', 'Buy It Now', 'Free delivery'],
  ['397101000116', 'Sold  Oct 2, 2026', 'Sony a7 IV Body ILCE-7M4 Low Shutter', 'Pre-Owned', '$1,650.00', 'Buy It Now', 'Free delivery'],
  ['397101000117', 'Sold  Sep 22, 2026', 'Sony a7R III 42MP Body ILCE-7RM3', 'Pre-Owned', '$1,150.00', '31 bids', 'Free delivery'],
  ['397101000118', 'Sold  Sep 15, 2026', 'Sony A7S III Body', 'Pre-Owned', '$2,300.00', 'Buy It Now', 'Free delivery'],
  ['397101000119', 'Sold  Aug 30, 2026', 'Sony a7C Full Frame Compact Body Silver', 'Pre-Owned', '$899.00', 'Buy It Now', 'Free delivery'],
  ['397101000120', 'Sold  Oct 11, 2026', 'Genuine Sony NP-FZ100 Battery for a7 III a7R III a9 a6600', 'Pre-Owned', '$38.00', 'Buy It Now', '+$4.50 delivery'],
  ['397101000121', 'Sold  Oct 4, 2026', '2-Pack NP-FZ100 Replacement Battery + Dual USB Charger for Sony A7III A7IV', 'Brand New', '$29.99', 'Buy It Now', 'Free delivery'],
  ['397101000122', 'Sold  Sep 25, 2026', 'Sony NP-FZ100 Rechargeable Battery Pack OEM', 'Brand New', '$58.00', 'Buy It Now', 'Free delivery'],
  ['397101000123', 'Sold  Sep 19, 2026', 'Sony NP-FZ100 battery - used, holds charge', 'Pre-Owned', '$32.50', '4 bids', '+$4.00 delivery'],
  ['397101000124', 'Sold  Aug 25, 2026', 'OEM SONY NP-FZ100 InfoLITHIUM Z battery (original) a7iii a7riii', 'Pre-Owned', '$35.00', 'or Best Offer', '+$4.00 delivery'],
  ['397101000125', 'Sold  Oct 7, 2026', 'SmallRig Cage for Sony A7 III / A7R III / A9 2087', 'Pre-Owned', '$45.00', 'Buy It Now', '+$6.00 delivery'],
  ['397101000126', 'Sold  Sep 29, 2026', 'Sony BC-QZ1 Battery Charger for NP-FZ100', 'Pre-Owned', '$40.00', 'Buy It Now', '+$5.00 delivery'],
  ['397101000127', 'Sold  Sep 8, 2026', 'Screen Protector for Sony A7III A7RIII A9 Tempered Glass 3 pack', 'Brand New', '$8.99', 'Buy It Now', 'Free delivery'],
  ['397101000128', 'Sold  Oct 5, 2026', 'Sony a7 III Original Box + Manual only - no camera', 'Pre-Owned', '$18.00', 'Buy It Now', '+$8.00 delivery'],
  ['397101000129', 'Sold  Sep 10, 2026', 'Sony a7 III eyecup FDA-EP18 replacement', 'Brand New', '$9.50', 'Buy It Now', 'Free delivery'],
  ['397101000130', 'Ended  Oct 9, 2026', 'Sony a7 III Mirrorless Body', 'Pre-Owned', '$1,100.00', 'Buy It Now', 'Free delivery'],
  ['397101000131', 'Sold  Sep 24, 2026', 'Lot of 2 Sony a7 III bodies - both working', 'Pre-Owned', '$1,700.00', 'Buy It Now', 'Free delivery'],
]);

// Mercari JP "α7III": Japanese sellers' titles (ソニー, α7Ⅲ with the Roman numeral, ILCE-7M3), no dates.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-sony-a7iii.html', 'α7III', [
  ['m50000000101', 'SONY α7III ボディ ILCE-7M3 シャッター回数約8000回', 128000, true],
  ['m50000000102', 'ソニー α7 III ボディ 美品 付属品完備', 135000, true],
  ['m50000000103', 'ILCE-7M3 ボディのみ 中古', 119800, true],
  ['m50000000104', 'α7Ⅲ ボディ ソニー フルサイズミラーレス', 125000, true],
  ['m50000000105', 'SONY α7III ズームレンズキット ILCE-7M3K FE 28-70mm', 148000, true],
  ['m50000000106', 'α7III ジャンク 電源入らない 部品取り', 42000, true],
  ['m50000000107', 'NP-FZ100 純正バッテリー ソニー α7III対応', 4800, true],
  ['m50000000108', 'NP-FZ100 互換バッテリー 2個セット 充電器付き', 2980, true],
  ['m50000000109', 'ソニー α7IV ボディ ILCE-7M4', 228000, true],
  ['m50000000110', 'α7III 元箱のみ 説明書付き', 1500, true],
  ['m50000000111', 'SONY ILCE-7M3 新品未使用 保証書あり', 178000, true],
  ['m50000000112', 'α7III ボディ 中古 ショット数少なめ', 122000, false],
  ['m50000000113', 'FE 28-70mm F3.5-5.6 OSS SEL2870 キットレンズ α7III外し', 12000, true],
  ['m50000000114', 'SONY NP-FZ100 バッテリー 中古', 4200, true],
  ['m50000000115', 'α7RIII ボディ ILCE-7RM3', 158000, true],
  ['m50000000116', '【ジャンク】SONY α7 III ILCE-7M3 ボディ 液晶割れ', 38000, true],
]);

// ---------------------------------------------------------------- Xbox Series X (platform)

// eBay.com sold search "xbox series x": consoles, Series S / One X, controllers, games, things "for Xbox".
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-xbox-series-x.html', 'www.ebay.com', 'en', 'xbox series x', [
  ['397102000201', 'Sold  Oct 13, 2026', 'Microsoft Xbox Series X 1TB Console - Black, used, works great', 'Pre-Owned', '$349.00', '21 bids', 'Free delivery'],
  ['397102000202', 'Sold  Oct 7, 2026', 'Xbox Series X 1TB Video Game Console w/ Controller & cables', 'Pre-Owned', '$372.50', 'Buy It Now', 'Free delivery'],
  ['397102000203', 'Sold  Sep 30, 2026', 'Microsoft Xbox Series X Console RRT-00001', 'Pre-Owned', '$340.00', 'or Best Offer', '+$25.00 delivery'],
  ['397102000204', 'Sold  Sep 21, 2026', 'XBOX SERIES X 1TB Black Console (Model 1882)', 'Pre-Owned', '$355.00', '14 bids', 'Free delivery'],
  ['397102000205', 'Sold  Sep 9, 2026', 'Xbox Series X Digital Edition 1TB White', 'Pre-Owned', '$315.00', 'Buy It Now', 'Free delivery'],
  ['397102000206', 'Sold  Aug 22, 2026', 'Microsoft Xbox Series X 2TB Galaxy Black Special Edition', 'Pre-Owned', '$455.00', 'Buy It Now', 'Free delivery'],
  ['397102000207', 'Sold  Oct 11, 2026', 'Microsoft Xbox Series S 512GB White Console', 'Pre-Owned', '$195.00', 'Buy It Now', 'Free delivery'],
  ['397102000208', 'Sold  Sep 26, 2026', 'Xbox Series S 1TB Black', 'Pre-Owned', '$230.00', '8 bids', 'Free delivery'],
  ['397102000209', 'Sold  Oct 2, 2026', 'Microsoft Xbox One X 1TB Console', 'Pre-Owned', '$160.00', 'Buy It Now', 'Free delivery'],
  ['397102000210', 'Sold  Oct 12, 2026', 'Xbox Wireless Controller - Carbon Black for Xbox Series X|S', 'Pre-Owned', '$38.00', 'Buy It Now', '+$5.00 delivery'],
  ['397102000211', 'Sold  Oct 5, 2026', 'Microsoft Xbox Series X|S Controller Robot White Model 1914', 'Pre-Owned', '$35.00', '6 bids', '+$5.00 delivery'],
  ['397102000212', 'Sold  Sep 16, 2026', 'Official Xbox Series X Controller - Shock Blue', 'Pre-Owned', '$41.00', 'Buy It Now', 'Free delivery'],
  ['397102000213', 'Sold  Sep 3, 2026', 'Xbox Elite Wireless Controller Series 2 for Xbox Series X', 'Pre-Owned', '$95.00', 'Buy It Now', 'Free delivery'],
  ['397102000214', 'Sold  Oct 9, 2026', 'Wired Controller for Xbox Series X, PowerA Enhanced', 'Brand New', '$24.99', 'Buy It Now', 'Free delivery'],
  ['397102000215', 'Sold  Oct 1, 2026', 'Starfield - Xbox Series X', 'Pre-Owned', '$22.00', 'Buy It Now', 'Free delivery'],
  ['397102000216', 'Sold  Sep 23, 2026', 'Forza Horizon 5 (Xbox Series X / Xbox One)', 'Pre-Owned', '$17.50', 'Buy It Now', '+$3.99 delivery'],
  ['397102000217', 'Sold  Sep 14, 2026', 'Halo Infinite Xbox Series X Game Disc', 'Pre-Owned', '$12.00', '2 bids', '+$3.99 delivery'],
  ['397102000218', 'Sold  Oct 10, 2026', 'Vertical Stand Cooling Fan for Xbox Series X Charging Station', 'Brand New', '$27.99', 'Buy It Now', 'Free delivery'],
  ['397102000219', 'Sold  Sep 28, 2026', 'Xbox Series X Console For Parts - Overheating, No Display', 'For parts or not working', '$150.00', '11 bids', '+$25.00 delivery'],
  ['397102000220', 'Sold  Sep 19, 2026', 'Xbox Series X Empty Box Only w/ inserts', 'Pre-Owned', '$15.00', 'Buy It Now', '+$9.00 delivery'],
  ['397102000221', 'Sold  Aug 31, 2026', 'Xbox Series X Bundle + 2 Controllers + 6 Games + Headset', 'Pre-Owned', '$480.00', '26 bids', 'Free delivery'],
  ['397102000222', 'Sold  Oct 6, 2026', 'Turtle Beach Stealth 600 Gen 2 Headset for Xbox Series X|S', 'Pre-Owned', '$45.00', 'Buy It Now', 'Free delivery'],
  ['397102000223', 'Sold  Sep 11, 2026', 'Xbox Series X Controller Charging Dock Dual', 'Brand New', '$19.99', 'Buy It Now', 'Free delivery'],
  ['397102000224', 'Ended  Oct 8, 2026', 'Microsoft Xbox Series X 1TB', 'Pre-Owned', '$399.00', 'Buy It Now', 'Free delivery'],
  ['397102000225', 'Sold  Jul 2, 2026', 'Xbox Series X 1TB Console', 'Pre-Owned', '$380.00', 'Buy It Now', 'Free delivery'],
]);

// ---------------------------------------------------------------- Samsung Galaxy S24 Ultra (Carousell TW)

// Carousell Taiwan "s24 ultra": 三星 in Chinese, S24U, cases (適用 / 專用), S Pen, parts, box.
// biome-ignore format: one hand-written row per line reads as a table
carousellPage('carousell-tw-search-galaxy-s24-ultra.html', 's24 ultra', [
  ['1391000101', 's24-ultra', '三星 Samsung Galaxy S24 Ultra 256G 鈦灰 二手 9成新', 'NT$24,500', '輕微使用痕跡', 'taipei_phone88'],
  ['1391000102', 's24-ultra-512g', 'S24 Ultra 512G 鈦黑 台灣公司貨 盒裝完整', 'NT$28,800', '近全新', 'hsinchu.lin'],
  ['1391000103', 'samsung-s24u', '【二手】SAMSUNG S24U 12/256 鈦紫 功能正常', 'NT$23,000', '輕微使用痕跡', 'phone_resell_tw'],
  ['1391000104', 'galaxy-s24-ultra', 'Galaxy S24 Ultra 256GB 黑 有小刮痕 便宜賣', 'NT$21,900', '重度使用痕跡', 'cheap_3c'],
  ['1391000105', 's24-ultra', '三星 S24 Ultra 全新未拆 256G', 'NT$33,500', '全新', 'newphone_shop'],
  ['1391000106', 'samsung-galaxy-s24', 'Samsung Galaxy S24+ 256G 二手', 'NT$17,500', '輕微使用痕跡', 'kaohsiung_g'],
  ['1391000107', 's23-ultra', '三星 S23 Ultra 256G 二手 綠', 'NT$16,800', '輕微使用痕跡', 'green_phone'],
  ['1391000108', 's24-ultra', 'S24 Ultra 手機殼 防摔 透明 全新', 'NT$280', '全新', 'case_house'],
  ['1391000109', 'galaxy-s24-ultra', 'Galaxy S24 Ultra 原廠 Smart View 卡夾式保護殼 二手', 'NT$650', '輕微使用痕跡', 'yuting.w'],
  ['1391000110', 's24-ultra', '適用 三星 S24 Ultra 保護殼 磁吸 支架', 'NT$350', '近全新', 'acc_market'],
  ['1391000111', 's24-ultra-s-pen', 'S24 Ultra S Pen 原廠 觸控筆 單賣', 'NT$900', '輕微使用痕跡', 'single_parts'],
  ['1391000112', 's24-ultra', 'S24 Ultra 螢幕破裂 零件機 可開機', 'NT$6,500', '重度使用痕跡', 'fix_it_tc'],
  ['1391000113', 's24ultra', 'S24Ultra 鋼化玻璃 螢幕保護貼 2入', 'NT$199', '全新', 'glass_pro'],
  ['1391000114', 's24-ultra', '三星 S24 Ultra 空盒', 'NT$300', '輕微使用痕跡', 'box_only_tw'],
  ['1391000115', 'samsung-s24-ultra', 'Samsung S24 Ultra 256 鈦灰 已過保 無盒', 'NT$22,800', '輕微使用痕跡', 'jay.chen'],
  ['1391000116', 's24-ultra', 'S24 Ultra 專用 皮革手機殼 二手', 'NT$400', '輕微使用痕跡', 'leather_lab'],
]);

// ---------------------------------------------------------------- Apple Watch Series 9 (sizes, bands)

// eBay.com sold search "apple watch series 9": 45 / 41 mm, other series, bands "for Apple Watch".
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-apple-watch-series-9.html', 'www.ebay.com', 'en', 'apple watch series 9', [
  ['397103000301', 'Sold  Oct 14, 2026', 'Apple Watch Series 9 45mm GPS Midnight Aluminum - Excellent', 'Pre-Owned', '$229.00', 'Buy It Now', 'Free delivery'],
  ['397103000302', 'Sold  Oct 8, 2026', 'Apple Watch Series 9 GPS 45mm Pink Aluminum Case w/ Sport Band', 'Pre-Owned', '$245.00', '16 bids', 'Free delivery'],
  ['397103000303', 'Sold  Oct 1, 2026', 'Apple Watch S9 45mm Starlight GPS + Cellular', 'Pre-Owned', '$259.99', 'Buy It Now', 'Free delivery'],
  ['397103000304', 'Sold  Sep 24, 2026', 'Apple Watch Series 9 45mm Silver Aluminum GPS Battery 98%', 'Pre-Owned', '$238.00', 'or Best Offer', 'Free delivery'],
  ['397103000305', 'Sold  Sep 15, 2026', 'Apple Watch Series 9 41mm Midnight GPS', 'Pre-Owned', '$199.00', 'Buy It Now', 'Free delivery'],
  ['397103000306', 'Sold  Sep 7, 2026', 'Apple Watch Series 9 (GPS, 41mm) Pink - Good', 'Pre-Owned', '$185.00', '9 bids', '+$6.00 delivery'],
  ['397103000307', 'Sold  Aug 29, 2026', 'Apple Watch Series 9 41MM Red (PRODUCT)RED Aluminum', 'Pre-Owned', '$205.00', 'Buy It Now', 'Free delivery'],
  ['397103000308', 'Sold  Oct 10, 2026', 'Apple Watch Series 8 45mm GPS Midnight', 'Pre-Owned', '$179.00', 'Buy It Now', 'Free delivery'],
  ['397103000309', 'Sold  Oct 3, 2026', 'Apple Watch Ultra 2 49mm Titanium', 'Pre-Owned', '$520.00', 'Buy It Now', 'Free delivery'],
  ['397103000310', 'Sold  Sep 20, 2026', 'Apple Watch SE 2nd Gen 44mm', 'Pre-Owned', '$115.00', '7 bids', 'Free delivery'],
  ['397103000311', 'Sold  Oct 12, 2026', 'Apple Watch Series 9 45mm NEW SEALED MR9A3LL/A', 'Brand New', '$329.00', 'Buy It Now', 'Free delivery'],
  ['397103000312', 'Sold  Oct 6, 2026', 'Sport Band for Apple Watch 45mm 44mm 42mm Silicone Strap', 'Brand New', '$7.99', 'Buy It Now', 'Free delivery'],
  ['397103000313', 'Sold  Sep 28, 2026', 'Genuine Apple Watch Sport Loop 45mm Midnight band', 'Pre-Owned', '$22.00', 'Buy It Now', '+$3.50 delivery'],
  ['397103000314', 'Sold  Sep 18, 2026', 'Apple Watch Milanese Loop 45mm Silver OEM', 'Pre-Owned', '$55.00', 'or Best Offer', 'Free delivery'],
  ['397103000315', 'Sold  Sep 4, 2026', 'Nike Sport Band 45mm Apple Watch OEM - S/M used', 'Pre-Owned', '$19.50', 'Buy It Now', '+$3.50 delivery'],
  ['397103000316', 'Sold  Aug 26, 2026', 'Leather Link Apple Watch band 41mm Umber', 'Pre-Owned', '$38.00', 'Buy It Now', 'Free delivery'],
  ['397103000317', 'Sold  Oct 9, 2026', 'Apple Watch Magnetic Fast Charger to USB-C Cable 1m', 'Pre-Owned', '$14.00', 'Buy It Now', 'Free delivery'],
  ['397103000318', 'Sold  Sep 30, 2026', 'Apple Watch Series 9 45mm FOR PARTS cracked screen iCloud locked', 'For parts or not working', '$60.00', '5 bids', '+$5.00 delivery'],
  ['397103000319', 'Sold  Sep 12, 2026', 'Apple Watch Series 9 45mm Box Only Empty', 'Pre-Owned', '$9.00', 'Buy It Now', '+$4.00 delivery'],
  ['397103000320', 'Sold  Oct 11, 2026', 'Screen Protector Case for Apple Watch Series 9 45mm 2-Pack', 'Brand New', '$9.99', 'Buy It Now', 'Free delivery'],
  ['397103000321', 'Sold  Sep 2, 2026', 'Apple Watch Series 9 45mm GPS Midnight - Scratched back, works fine', 'Pre-Owned', '$140.00', '4 bids', '+$5.00 delivery'],
  ['397103000322', 'Sold  Jul 10, 2026', 'Apple Watch Series 9 45mm GPS', 'Pre-Owned', '$260.00', 'Buy It Now', 'Free delivery'],
]);

// ---------------------------------------------------------------- Dyson V11 (Mercari JP)

// Mercari JP "ダイソン v11": the cleaner (SV14), V10 / V12, batteries (純正 / 互換), head, charger, junk.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-dyson-v11.html', 'ダイソン v11', [
  ['m50000000201', 'ダイソン V11 コードレス掃除機 SV14 中古 動作品', 24800, true],
  ['m50000000202', 'Dyson V11 Absolute SV14 美品', 29800, true],
  ['m50000000203', 'dyson v11 fluffy コードレスクリーナー', 26500, true],
  ['m50000000204', 'ダイソン SV14 V11 本体+ツール一式', 27000, true],
  ['m50000000205', 'ダイソン V11 バッテリー 純正 SV14用', 6800, true],
  ['m50000000206', 'V11 互換バッテリー 大容量 ダイソン対応', 3980, true],
  ['m50000000207', 'ダイソン V11 ジャンク 動作不良', 5500, true],
  ['m50000000208', 'ダイソン V10 SV12 コードレス', 18500, true],
  ['m50000000209', 'Dyson V12 Detect Slim', 38000, true],
  ['m50000000210', 'ダイソン V11 ヘッド ソフトローラー 単品', 4500, true],
  ['m50000000211', 'ダイソン V11 新品未開封', 48000, true],
  ['m50000000212', 'ダイソン V11 バッテリー 中古 SV14 用', 5200, true],
  ['m50000000213', 'Dyson V11 充電器 ACアダプター', 1800, true],
  ['m50000000214', 'ダイソン V11 Complete 延長ホース付き', 31000, false],
  ['m50000000215', 'ダイソン V11用 バッテリー 純正品 稼働時間60分', 7200, true],
  ['m50000000216', 'ダイソン V11 本体のみ スティック 中古', 21000, true],
]);

// ---------------------------------------------------------------- Kindle Paperwhite (eBay.de, German)

// eBay.de sold search "kindle paperwhite": generations (11. Gen / 11th / 2021), Hüllen "für", defekt.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-de-sold-kindle-paperwhite.html', 'www.ebay.de', 'de', 'kindle paperwhite', [
  ['397104000401', 'Verkauft  12. Okt. 2026', 'Amazon Kindle Paperwhite 11. Generation 8GB schwarz mit Werbung', 'Gebraucht', 'EUR 72,00', 'Sofort-Kaufen', 'EUR 4,95 Versand'],
  ['397104000402', 'Verkauft  5. Okt. 2026', 'Kindle Paperwhite 5 (11. Gen, 2021) 6,8 Zoll 16GB Agavengrün', 'Gebraucht', 'EUR 85,00', '12 Gebote', 'EUR 4,95 Versand'],
  ['397104000403', 'Verkauft  27. Sep. 2026', 'Amazon Kindle Paperwhite 2021 11.Gen M2L3EK 8GB ohne Werbung', 'Gebraucht', 'EUR 79,50', 'Preisvorschlag', 'Kostenloser Versand'],
  ['397104000404', 'Verkauft  14. Sep. 2026', 'Kindle Paperwhite 11th Generation 8GB - sehr gut', 'Gebraucht', 'EUR 75,00', 'Sofort-Kaufen', 'EUR 3,99 Versand'],
  ['397104000405', 'Verkauft  2. Sep. 2026', 'Kindle Paperwhite 10. Generation 8GB wasserfest', 'Gebraucht', 'EUR 52,00', '8 Gebote', 'EUR 4,95 Versand'],
  ['397104000406', 'Verkauft  9. Okt. 2026', 'Kindle Paperwhite 7. Generation 2015 4GB', 'Gebraucht', 'EUR 29,00', 'Sofort-Kaufen', 'EUR 3,99 Versand'],
  ['397104000407', 'Verkauft  30. Sep. 2026', 'Kindle Paperwhite 12. Generation 2024 16GB neu OVP', 'Neu', 'EUR 155,00', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['397104000408', 'Verkauft  10. Okt. 2026', 'Hülle für Kindle Paperwhite 11. Generation 2021 6,8 Zoll Schutzhülle Leder', 'Neu', 'EUR 12,99', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['397104000409', 'Verkauft  1. Okt. 2026', 'Original Amazon Lederhülle Kindle Paperwhite 11. Gen schwarz', 'Gebraucht', 'EUR 18,00', 'Sofort-Kaufen', 'EUR 2,50 Versand'],
  ['397104000410', 'Verkauft  19. Sep. 2026', 'Kindle Paperwhite 11 Gen Hülle Stoff blau gebraucht', 'Gebraucht', 'EUR 9,50', 'Sofort-Kaufen', 'EUR 2,50 Versand'],
  ['397104000411', 'Verkauft  8. Sep. 2026', 'Amazon Kindle Paperwhite 11 Gen Cover Kork Original', 'Gebraucht', 'EUR 15,00', '3 Gebote', 'EUR 2,50 Versand'],
  ['397104000412', 'Verkauft  4. Okt. 2026', 'Kindle Paperwhite 11. Gen defekt Display gebrochen - für Bastler', 'Als Ersatzteil / defekt', 'EUR 25,00', '5 Gebote', 'EUR 4,95 Versand'],
  ['397104000413', 'Verkauft  22. Sep. 2026', 'Kindle Oasis 3 32GB', 'Gebraucht', 'EUR 110,00', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['397104000415', 'Verkauft  20. Aug. 2026', 'Panzerglas für Kindle Paperwhite 11. Gen 2 Stück', 'Neu', 'EUR 7,99', 'Sofort-Kaufen', 'Kostenloser Versand'],
  ['397104000416', 'Verkauft  7. Okt. 2026', 'Amazon Kindle Paperwhite 11. Generation 16GB Schwarz - wie neu', 'Gebraucht', 'EUR 88,00', 'Sofort-Kaufen', 'EUR 4,95 Versand'],
]);

// ---------------------------------------------------------------- Rolex Submariner (Yahoo! Auctions closed)

// Yahoo! Auctions closed search "ロレックス サブマリーナ 116610LN": the reference, other references,
// a homage "タイプ", a replica, box / bracelet only, new, junk (a closed search lists sold auctions only).
// biome-ignore format: one hand-written row per line reads as a table
yahuokuClosedPage('yahuoku-closedsearch-rolex-submariner.html', 'ロレックス サブマリーナ 116610LN', [
  ['d1100000001', 'ROLEX ロレックス サブマリーナ デイト 116610LN 黒 ランダム番 メンズ 自動巻き', 1580000, 1200000, '中古', 41, '2026-10-11T13:05:00Z'],
  ['d1100000002', 'ロレックス サブマリーナー 116610LN 2015年 保証書付 OH済', 1498000, 1000000, '中古', 37, '2026-10-04T12:40:00Z'],
  ['d1100000003', 'ROLEX SUBMARINER DATE 116610LN G番 箱 ギャラ', 1535000, 1300000, '目立った傷や汚れなし', 28, '2026-09-26T11:22:00Z'],
  ['d1100000004', 'ロレックス Ref.116610LN サブマリーナーデイト 黒文字盤 SS', 1450000, 1, 'やや傷や汚れあり', 88, '2026-09-13T12:10:00Z'],
  ['d1100000005', 'ロレックス サブマリーナ 124060 ノンデイト 2022年', 1620000, 1400000, '中古', 19, '2026-10-07T13:30:00Z'],
  ['d1100000006', 'ロレックス サブマリーナ 16610 デイト T番', 1050000, 800000, '中古', 33, '2026-09-30T12:00:00Z'],
  ['d1100000007', 'ROLEX 116610LV グリーンサブ ハルク', 2100000, 1800000, '中古', 25, '2026-09-20T12:15:00Z'],
  ['d1100000008', 'サブマリーナ 116610LN タイプ 自動巻き 腕時計 ノーブランド', 12800, 9800, '中古', 6, '2026-10-09T11:00:00Z'],
  ['d1100000009', 'ロレックス サブマリーナ 116610LN 純正 箱 ケース 冊子 タグ', 38000, 10000, '中古', 14, '2026-10-02T13:45:00Z'],
  ['d1100000010', 'ROLEX 純正 オイスターブレス 97200 116610LN用 ベルト', 180000, 100000, '中古', 22, '2026-09-17T12:30:00Z'],
  ['d1100000011', 'レプリカ サブマリーナー 116610LN コピー品 ジャンク', 8000, 1000, '全体的に状態が悪い', 9, '2026-09-24T12:00:00Z'],
  ['d1100000012', 'ロレックス サブマリーナ デイト 116610LN 新品未使用 2020年 国内正規', 1780000, 1700000, '未使用', 11, '2026-10-05T12:50:00Z'],
  ['d1100000013', 'ロレックス サブマリーナ 116610LN 不動 ジャンク 部品取り', 620000, 300000, '全体的に状態が悪い', 47, '2026-09-08T12:00:00Z'],
  ['d1100000015', 'ロレックス 116610LN サブマリーナ 2018年 ランダム', 1560000, 1400000, '目立った傷や汚れなし', 30, '2026-08-30T12:20:00Z'],
]);

// ---------------------------------------------------------------- Nike Dunk Low "Panda" (sizes, code)

// eBay.com sold search "nike dunk low panda": sizes, GS / women's / High, a lookalike, box, laces, lot.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-nike-dunk-low-panda.html', 'www.ebay.com', 'en', 'nike dunk low panda', [
  ['397105000501', 'Sold  Oct 13, 2026', "Nike Dunk Low Retro White Black Panda DD1391-100 Men's Size 10", 'Pre-Owned', '$82.00', 'Buy It Now', '+$9.00 delivery'],
  ['397105000502', 'Sold  Oct 10, 2026', 'Nike Dunk Low Panda Size 10 Mens White/Black Used Good Condition', 'Pre-Owned', '$75.00', '12 bids', '+$10.50 delivery'],
  ['397105000503', 'Sold  Oct 4, 2026', 'NIKE DUNK LOW RETRO PANDA DD1391 100 SZ 10', 'Pre-Owned', '$79.99', 'or Best Offer', 'Free delivery'],
  ['397105000504', 'Sold  Sep 26, 2026', "Nike Dunk Low 'Panda' Men's Sz 10.5 DD1391-100", 'Pre-Owned', '$80.00', 'Buy It Now', 'Free delivery'],
  ['397105000505', 'Sold  Sep 17, 2026', 'Nike Dunk Low Panda Men 9 Worn Twice', 'Pre-Owned', '$88.00', 'Buy It Now', '+$9.00 delivery'],
  ['397105000506', 'Sold  Sep 9, 2026', 'Nike Dunk Low Retro Black White Size 11 DD1391-100', 'Pre-Owned', '$72.00', '7 bids', '+$9.00 delivery'],
  ['397105000507', 'Sold  Aug 30, 2026', 'Nike Dunk Low Panda GS Size 6Y CW1590-100', 'Pre-Owned', '$60.00', 'Buy It Now', '+$8.00 delivery'],
  ['397105000508', 'Sold  Oct 8, 2026', 'Nike Dunk Low Panda Womens Size 10 DD1503-101', 'Pre-Owned', '$70.00', 'Buy It Now', '+$8.00 delivery'],
  ['397105000509', 'Sold  Oct 12, 2026', 'Nike Dunk Low Panda DD1391-100 Size 10 Brand New DS With Box', 'Brand New', '$115.00', 'Buy It Now', 'Free delivery'],
  ['397105000510', 'Sold  Oct 2, 2026', 'Panda Low Top Skate Sneakers White Black Size 10 (not Nike)', 'Brand New', '$29.99', 'Buy It Now', 'Free delivery'],
  ['397105000511', 'Sold  Sep 20, 2026', 'Nike Dunk Low Panda Box Only Size 10', 'Pre-Owned', '$10.00', 'Buy It Now', '+$8.00 delivery'],
  ['397105000512', 'Sold  Sep 14, 2026', 'Replacement Laces for Nike Dunk Low Panda White', 'Brand New', '$6.00', 'Buy It Now', 'Free delivery'],
  ['397105000513', 'Sold  Oct 6, 2026', 'Nike Dunk High Panda DD1399-105 Size 10', 'Pre-Owned', '$78.00', 'Buy It Now', '+$9.00 delivery'],
  ['397105000514', 'Sold  Sep 24, 2026', 'Lot of 2 Nike Dunk Low Panda Size 10 and 9.5', 'Pre-Owned', '$140.00', '10 bids', 'Free delivery'],
  ['397105000515', 'Sold  Oct 11, 2026', 'Nike Dunk Low Panda Sz 10 Crease Protectors Included', 'Pre-Owned', '$84.00', 'Buy It Now', '+$9.00 delivery'],
  ['397105000516', 'Sold  Jul 15, 2026', 'Nike Dunk Low Panda Size 10', 'Pre-Owned', '$90.00', 'Buy It Now', '+$9.00 delivery'],
  ['397105000517', 'Sold  Sep 1, 2026', 'Nike Dunk Low Panda 10', 'Pre-Owned', '$77.00', '5 bids', '+$9.00 delivery'],
]);

// ---------------------------------------------------------------- ポケモン スカーレット (game among merchandise)

// Mercari JP "ポケモン スカーレット": the game, Violet, the double pack, the guide, the Switch edition,
// cards named スカーレット, a plush, DLC, case only, new.
// biome-ignore format: one hand-written row per line reads as a table
mercariPage('mercari-jp-search-pokemon-scarlet.html', 'ポケモン スカーレット', [
  ['m50000000301', 'ポケットモンスター スカーレット Switch ソフト', 4200, true],
  ['m50000000302', 'ポケモン スカーレット ニンテンドースイッチ 中古', 3980, true],
  ['m50000000303', 'Pokemon Scarlet Switch 海外版 英語', 4500, true],
  ['m50000000304', 'ポケットモンスタースカーレット ソフトのみ', 3500, true],
  ['m50000000305', 'ポケモンSV スカーレット パッケージ版', 4000, true],
  ['m50000000306', 'ポケットモンスター スカーレット・バイオレット ダブルパック', 8800, true],
  ['m50000000307', 'ポケットモンスター バイオレット Switch', 4100, true],
  ['m50000000308', 'ポケットモンスター スカーレット 公式ガイドブック 攻略本', 900, true],
  ['m50000000309', 'Nintendo Switch 有機ELモデル スカーレット・バイオレットエディション 本体', 32000, true],
  ['m50000000310', 'ポケモンカード スカーレット&バイオレット 拡張パック スカーレットex 1BOX シュリンク付き', 6500, true],
  ['m50000000311', 'ポケットモンスター スカーレット ケースのみ', 300, true],
  ['m50000000312', 'ポケモン スカーレット ゼロの秘宝 DLC ダウンロードコード', 1500, true],
  ['m50000000313', 'ポケットモンスター スカーレット 新品未開封', 5480, true],
  ['m50000000314', 'ポケモン スカーレット ぬいぐるみ コライドン', 2200, true],
  ['m50000000315', 'ポケットモンスター スカーレット＋ゼロの秘宝 セット', 5800, true],
  ['m50000000316', 'スカーレット Switch 美品 早期購入特典なし', 3900, false],
]);

// ---------------------------------------------------------------- ONE PIECE card OP05-119 (Yahoo!フリマ)

// Yahoo!フリマ "ワンピースカード ルフィ sec": the SEC, its parallel, graded, English, a proxy, a lot, a box.
// biome-ignore format: one hand-written row per line reads as a table
yahooFleaPage('yahoo-fleamarket-search-onepiece-op05-119.html', 'ワンピースカード ルフィ sec', [
  ['z700000001', 'ワンピースカード モンキー・D・ルフィ SEC OP05-119 新時代の主役', 8500, true],
  ['z700000002', 'ONE PIECE カードゲーム　OP05-119　ルフィ　シークレット', 8200, true],
  ['z700000003', 'ワンピカード ルフィ OP05-119 SEC 美品', 8800, true],
  ['z700000004', 'OP05-119 ルフィ SEC パラレル（スーパーパラレル）', 78000, true],
  ['z700000005', 'ワンピースカード OP05-119 ルフィ SEC PSA10', 28000, true],
  ['z700000006', 'ワンピースカード 新時代の主役 1BOX 未開封 テープ付き', 9800, true],
  ['z700000007', 'ワンピースカード ルフィ OP01-024 SR', 600, true],
  ['z700000008', 'OP05-119 ルフィ SEC プロキシ カスタムカード', 500, true],
  ['z700000009', 'ワンピースカード SEC まとめ売り OP05-119含む 5枚', 15000, true],
  ['z700000010', 'ワンピースカード ルフィ SEC OP05-119', 8300, false],
  ['z700000011', 'ワンピース カード スリーブ ルフィ 公式', 700, true],
  ['z700000012', 'OP05-119 SEC モンキー・D・ルフィ 英語版', 6500, true],
  ['z700000013', 'ワンピース フィギュア ルフィ ギア5 POP', 9000, true],
]);

// ---------------------------------------------------------------- Yu-Gi-Oh! Blue-Eyes White Dragon LOB-001

// eBay.com sold search "blue eyes white dragon lob-001": 1st / Unlimited, reprints, graded, an orica, merch.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-yugioh-blue-eyes-lob-001.html', 'www.ebay.com', 'en', 'blue eyes white dragon lob-001', [
  ['397106000601', 'Sold  Oct 11, 2026', 'Yu-Gi-Oh Blue-Eyes White Dragon LOB-001 1st Edition Ultra Rare LP', 'Pre-Owned', '$420.00', '34 bids', '+$4.99 delivery'],
  ['397106000602', 'Sold  Oct 2, 2026', 'Blue Eyes White Dragon LOB-001 1st Edition - Moderately Played', 'Pre-Owned', '$365.00', 'or Best Offer', '+$4.99 delivery'],
  ['397106000603', 'Sold  Sep 21, 2026', 'YUGIOH BLUE-EYES WHITE DRAGON LOB-001 1ST ED ULTRA RARE', 'Pre-Owned', '$399.99', 'Buy It Now', 'Free delivery'],
  ['397106000604', 'Sold  Sep 5, 2026', 'Blue-Eyes White Dragon LOB-001 Unlimited Ultra Rare NM', 'Pre-Owned', '$95.00', '15 bids', '+$4.99 delivery'],
  ['397106000605', 'Sold  Oct 8, 2026', 'Blue-Eyes White Dragon LOB-EN001 Unlimited Reprint', 'Pre-Owned', '$14.00', 'Buy It Now', '+$1.99 delivery'],
  ['397106000606', 'Sold  Sep 28, 2026', 'Blue-Eyes White Dragon SDK-001 1st Edition', 'Pre-Owned', '$120.00', 'Buy It Now', '+$4.99 delivery'],
  ['397106000607', 'Sold  Oct 13, 2026', 'PSA 8 Blue-Eyes White Dragon LOB-001 1st Edition', 'Pre-Owned', '$1,150.00', '41 bids', 'Free delivery'],
  ['397106000608', 'Sold  Sep 16, 2026', 'Blue Eyes White Dragon LOB-001 1st Edition ORICA custom proxy card', 'Brand New', '$9.99', 'Buy It Now', 'Free delivery'],
  ['397106000609', 'Sold  Sep 10, 2026', 'Yugioh Blue-Eyes White Dragon 1st Edition LOB-001 Heavily Played crease', 'Pre-Owned', '$240.00', '19 bids', '+$4.99 delivery'],
  ['397106000610', 'Sold  Aug 27, 2026', 'Blue-Eyes White Dragon Plush Yu-Gi-Oh Kaiba', 'Pre-Owned', '$25.00', 'Buy It Now', '+$5.00 delivery'],
  ['397106000612', 'Sold  Oct 9, 2026', 'Yu-Gi-Oh Legend of Blue Eyes White Dragon 1st Edition Booster Pack Sealed', 'Brand New', '$1,900.00', 'Buy It Now', 'Free delivery'],
  ['397106000613', 'Ended  Oct 1, 2026', 'Blue-Eyes White Dragon LOB-001 1st Edition NM', 'Pre-Owned', '$650.00', 'Buy It Now', 'Free delivery'],
]);

// ---------------------------------------------------------------- LEGO 75192 and 42172

// eBay.com sold search "lego 75192": the set used / new / incomplete, manuals, minifigures, light kits
// "for LEGO 75192", other Falcons, a knockoff "compatible 75192", a stand, an empty box.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-lego-75192.html', 'www.ebay.com', 'en', 'lego 75192', [
  ['397107000701', 'Sold  Oct 12, 2026', 'LEGO Star Wars UCS Millennium Falcon 75192 - 100% Complete w/ Instructions, no box', 'Pre-Owned', '$620.00', '28 bids', '+$45.00 delivery'],
  ['397107000702', 'Sold  Oct 3, 2026', 'LEGO 75192 Millennium Falcon Ultimate Collector Series Complete with Box & Minifigs', 'Pre-Owned', '$710.00', 'Buy It Now', 'Free delivery'],
  ['397107000703', 'Sold  Sep 23, 2026', 'Lego 75192 UCS Falcon built once, complete', 'Pre-Owned', '$655.00', 'or Best Offer', '+$60.00 delivery'],
  ['397107000704', 'Sold  Sep 8, 2026', 'LEGO Star Wars 75192 Millennium Falcon USED Complete', 'Pre-Owned', '$640.00', '22 bids', '+$55.00 delivery'],
  ['397107000705', 'Sold  Oct 9, 2026', 'LEGO 75192 Millennium Falcon NEW SEALED', 'Brand New', '$849.99', 'Buy It Now', 'Free delivery'],
  ['397107000706', 'Sold  Sep 29, 2026', 'LEGO 75192 Millennium Falcon Incomplete - missing pieces, for parts', 'Pre-Owned', '$380.00', '13 bids', '+$50.00 delivery'],
  ['397107000707', 'Sold  Oct 6, 2026', 'LEGO 75192 Instructions Manual Only Books 1-3', 'Pre-Owned', '$45.00', 'Buy It Now', '+$6.00 delivery'],
  ['397107000708', 'Sold  Sep 17, 2026', 'LEGO 75192 Minifigures Han Solo Leia Chewbacca Finn Rey - minifigs only', 'Pre-Owned', '$95.00', '9 bids', '+$4.00 delivery'],
  ['397107000709', 'Sold  Oct 11, 2026', 'LED Light Kit for LEGO 75192 Millennium Falcon (Lego set not included)', 'Brand New', '$59.99', 'Buy It Now', 'Free delivery'],
  ['397107000710', 'Sold  Sep 26, 2026', 'Briksmax LED Lighting Kit compatible with Lego 75192 UCS Falcon', 'Pre-Owned', '$35.00', 'Buy It Now', '+$5.00 delivery'],
  ['397107000711', 'Sold  Sep 12, 2026', 'Light kit for Lego UCS Millennium Falcon 75192 - used, works', 'Pre-Owned', '$32.00', '4 bids', '+$5.00 delivery'],
  ['397107000712', 'Sold  Aug 30, 2026', 'Lightailing LED Light Set for LEGO 75192 used, complete, box', 'Pre-Owned', '$38.50', 'Buy It Now', '+$5.00 delivery'],
  ['397107000713', 'Sold  Oct 1, 2026', 'LEGO Star Wars 75257 Millennium Falcon', 'Pre-Owned', '$95.00', 'Buy It Now', '+$12.00 delivery'],
  ['397107000714', 'Sold  Sep 20, 2026', 'LEGO 75375 Millennium Falcon Midi', 'Pre-Owned', '$62.00', 'Buy It Now', '+$8.00 delivery'],
  ['397107000715', 'Sold  Oct 10, 2026', 'Building Blocks Millennium Falcon 7541pcs compatible 75192 (no box)', 'Pre-Owned', '$160.00', 'Buy It Now', '+$30.00 delivery'],
  ['397107000716', 'Sold  Sep 4, 2026', 'Display Stand for LEGO 75192 Millennium Falcon Acrylic', 'Brand New', '$45.00', 'Buy It Now', 'Free delivery'],
  ['397107000717', 'Sold  Oct 7, 2026', 'LEGO 75192 Empty Box Only', 'Pre-Owned', '$40.00', 'Buy It Now', '+$20.00 delivery'],
]);

// eBay.fr sold search "lego 42172" (French), asked together with the real Dealabs LEGO deals page.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-fr-sold-lego-42172.html', 'www.ebay.fr', 'fr', 'lego 42172', [
  ['397108000801', 'Vendu le 8 oct. 2026', 'LEGO Technic 42172 McLaren P1 complet avec notice et boîte', 'Occasion', '330,00 EUR', 'Achat immédiat', '+12,00 EUR livraison'],
  ['397108000802', 'Vendu le 29 sept. 2026', 'Lego 42172 McLaren P1 - monté une fois, 100% complet', 'Occasion', '315,00 EUR', '18 enchères', '+12,00 EUR livraison'],
  ['397108000803', 'Vendu le 18 sept. 2026', 'LEGO TECHNIC 42172 MCLAREN P1 OCCASION SANS BOITE', 'Occasion', '290,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397108000804', 'Vendu le 12 oct. 2026', 'LEGO Technic 42172 McLaren P1 neuf scellé', 'Neuf', '399,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397108000805', 'Vendu le 2 oct. 2026', 'Kit LED pour LEGO 42172 McLaren P1', 'Neuf', '39,90 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397108000806', 'Vendu le 24 sept. 2026', 'LEGO Technic 42115 Lamborghini Sián FKP 37', 'Occasion', '280,00 EUR', 'Achat immédiat', '+12,00 EUR livraison'],
  ['397108000807', 'Vendu le 15 sept. 2026', 'LEGO 42172 notice seule (instructions)', 'Occasion', '25,00 EUR', 'Achat immédiat', '+3,00 EUR livraison'],
  ['397108000808', 'Vendu le 5 oct. 2026', 'Lego Technic McLaren P1 42172 incomplet, pièces manquantes', 'Pour pièces ou ne fonctionne pas', '160,00 EUR', '9 enchères', '+12,00 EUR livraison'],
  ['397108000809', 'Vendu le 20 sept. 2026', 'LEGO Speed Champions 76919 McLaren F1', 'Occasion', '15,00 EUR', 'Achat immédiat', '+3,00 EUR livraison'],
]);

// ---------------------------------------------------------------- Daft Punk, Random Access Memories (vinyl)

// eBay.com sold search "daft punk random access memories": the 2LP, sealed, 10th anniversary, CD,
// cassette, merchandise, another album, a lot, an empty sleeve.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-com-sold-daft-punk-ram.html', 'www.ebay.com', 'en', 'daft punk random access memories', [
  ['397109000901', 'Sold  Oct 10, 2026', 'Daft Punk Random Access Memories 2LP Vinyl 2013 Columbia 88883716861', 'Pre-Owned', '$32.00', 'Buy It Now', '+$5.50 delivery'],
  ['397109000902', 'Sold  Sep 30, 2026', 'Daft Punk - Random Access Memories (Vinyl, 2 LP) VG+/NM', 'Pre-Owned', '$29.99', '8 bids', '+$5.50 delivery'],
  ['397109000903', 'Sold  Sep 19, 2026', 'DAFT PUNK RANDOM ACCESS MEMORIES VINYL LP RECORD', 'Pre-Owned', '$27.50', 'Buy It Now', '+$5.00 delivery'],
  ['397109000904', 'Sold  Sep 6, 2026', 'Daft Punk Random Access Memories Vinyl Used Excellent Gatefold', 'Pre-Owned', '$34.00', 'or Best Offer', '+$5.50 delivery'],
  ['397109000905', 'Sold  Oct 8, 2026', 'Daft Punk Random Access Memories Vinyl NEW SEALED', 'Brand New', '$38.00', 'Buy It Now', 'Free delivery'],
  ['397109000906', 'Sold  Oct 4, 2026', 'Daft Punk Random Access Memories 10th Anniversary Edition 3LP', 'Pre-Owned', '$55.00', 'Buy It Now', '+$6.00 delivery'],
  ['397109000907', 'Sold  Sep 25, 2026', 'Daft Punk Random Access Memories CD 2013', 'Pre-Owned', '$8.00', 'Buy It Now', '+$3.00 delivery'],
  ['397109000908', 'Sold  Sep 13, 2026', 'Daft Punk RAM Cassette Tape', 'Pre-Owned', '$15.00', '3 bids', '+$3.00 delivery'],
  ['397109000909', 'Sold  Oct 1, 2026', 'Daft Punk Random Access Memories T-Shirt Large', 'Pre-Owned', '$18.00', 'Buy It Now', '+$4.00 delivery'],
  ['397109000910', 'Sold  Sep 22, 2026', 'Daft Punk Random Access Memories Poster 24x36', 'Brand New', '$12.99', 'Buy It Now', 'Free delivery'],
  ['397109000911', 'Sold  Oct 12, 2026', 'Daft Punk Discovery 2LP Vinyl', 'Pre-Owned', '$40.00', 'Buy It Now', '+$5.50 delivery'],
  ['397109000912', 'Sold  Sep 27, 2026', 'Daft Punk Vinyl Lot - Homework, Discovery, RAM', 'Pre-Owned', '$95.00', '14 bids', 'Free delivery'],
  ['397109000913', 'Sold  Sep 2, 2026', 'Random Access Memories Daft Punk LP - empty sleeve / jacket only', 'Pre-Owned', '$6.00', 'Buy It Now', '+$4.00 delivery'],
  ['397109000914', 'Sold  Aug 25, 2026', 'Daft Punk ‎– Random Access Memories 2xLP 88883716861 EU press', 'Pre-Owned', '$31.00', 'Buy It Now', '+$5.50 delivery'],
]);

// ---------------------------------------------------------------- Hermès Picotin (Carousell TW)

// Carousell Taiwan "picotin": 愛馬仕 (and simplified 愛马仕), sizes 18 / 22, Evelyne, a copy (非正品),
// a Twilly, dust bag and box, new.
// biome-ignore format: one hand-written row per line reads as a table
carousellPage('carousell-tw-search-hermes-picotin.html', 'picotin', [
  ['1392000101', 'hermes-picotin-18', 'Hermès 愛馬仕 Picotin 18 金扣 Gold 二手 9成新', 'NT$58,000', '輕微使用痕跡', 'lux_taipei'],
  ['1392000102', 'picotin-lock-18', '愛馬仕 Picotin Lock 18 黑色 銀扣 附盒', 'NT$61,500', '近全新', 'vintage_bag_tw'],
  ['1392000103', 'hermes-picotin', 'HERMES PICOTIN 18 大象灰 Etoupe 2021 Y刻', 'NT$56,800', '輕微使用痕跡', 'mei.luxury'],
  ['1392000104', 'picotin-22', '愛馬仕 Picotin 22 奶茶色 二手', 'NT$68,000', '輕微使用痕跡', 'lux_taipei'],
  ['1392000105', 'hermes-picotin-18', 'Hermes Picotin 18 全新 專櫃購入', 'NT$79,000', '全新', 'counter_new'],
  ['1392000106', 'evelyne-16', '愛馬仕 Evelyne 16 TPM 二手', 'NT$39,000', '輕微使用痕跡', 'mei.luxury'],
  ['1392000107', 'picotin-18', 'Picotin 18 同款 菜籃子包 高品質 非正品', 'NT$2,200', '全新', 'bag_factory'],
  ['1392000108', 'twilly', '愛馬仕 Twilly 絲巾 Picotin 綁帶 裝飾', 'NT$6,800', '近全新', 'scarf_love'],
  ['1392000109', 'hermes-dust-bag', 'Hermès 防塵袋 橘盒 Picotin 18 用', 'NT$1,500', '輕微使用痕跡', 'box_only_tw'],
  ['1392000110', 'picotin-18', '愛马仕 Picotin 18 菜篮子 白色 二手', 'NT$57,500', '輕微使用痕跡', 'sz_reseller'],
  ['1392000111', 'hermes-picotin-18', 'Hermes Picotin 18 TC皮 粉色 有使用痕跡', 'NT$49,800', '重度使用痕跡', 'jay.chen'],
]);

// ---------------------------------------------------------------- Louis Vuitton Neverfull (eBay.fr, French)

// eBay.fr sold search "louis vuitton neverfull": MM / GM / PM, the pouch alone, an insert, a copy, new.
// biome-ignore format: one hand-written row per line reads as a table
ebayPage('ebay-fr-sold-louis-vuitton-neverfull.html', 'www.ebay.fr', 'fr', 'louis vuitton neverfull', [
  ['397110001001', 'Vendu le 9 oct. 2026', 'Sac Louis Vuitton Neverfull MM Monogram authentique', 'Occasion', '980,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001002', 'Vendu le 1 oct. 2026', 'Louis Vuitton Neverfull MM Damier Ebene avec pochette', 'Occasion', '1 050,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001003', 'Vendu le 22 sept. 2026', 'LOUIS VUITTON NEVERFULL MM TOILE MONOGRAM BON ÉTAT', 'Occasion', '890,00 EUR', '21 enchères', '+9,90 EUR livraison'],
  ['397110001004', 'Vendu le 14 sept. 2026', 'Neverfull MM Louis Vuitton Damier Azur', 'Occasion', '920,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001005', 'Vendu le 6 oct. 2026', 'Louis Vuitton Neverfull GM Monogram', 'Occasion', '1 100,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001006', 'Vendu le 28 sept. 2026', 'Louis Vuitton Neverfull PM', 'Occasion', '850,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001007', 'Vendu le 3 oct. 2026', 'Pochette Neverfull MM Louis Vuitton seule', 'Occasion', '320,00 EUR', 'Achat immédiat', '+5,00 EUR livraison'],
  ['397110001008', 'Vendu le 18 sept. 2026', 'Sac cabas style Neverfull imitation toile', 'Neuf', '25,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001009', 'Vendu le 11 oct. 2026', 'Organiseur de sac pour Louis Vuitton Neverfull MM feutre', 'Neuf', '19,90 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001010', 'Vendu le 25 sept. 2026', 'Louis Vuitton Neverfull MM neuf avec facture 2025', 'Neuf', '1 650,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001011', 'Vendu le 30 sept. 2026', 'Louis Vuitton Speedy 30 Monogram', 'Occasion', '520,00 EUR', 'Achat immédiat', 'Livraison gratuite'],
  ['397110001012', 'Vendu le 16 sept. 2026', 'LV Neverfull MM monogramme - anses à changer', 'Occasion', '640,00 EUR', '11 enchères', '+9,90 EUR livraison'],
]);

// ---------------------------------------------------------------- ゲームボーイアドバンスSP (Yahoo! Auctions closed)

// Yahoo! Auctions closed search "ゲームボーイアドバンスsp 本体": consoles (AGS-001 / AGS-101, an edition),
// games "SP対応", charger, shell, the GBA and Micro, a bundle, box only, junk, new.
// biome-ignore format: one hand-written row per line reads as a table
yahuokuClosedPage('yahuoku-closedsearch-gba-sp.html', 'ゲームボーイアドバンスsp 本体', [
  ['x1100000101', 'ゲームボーイアドバンスSP 本体 AGS-001 パールブルー 動作確認済', 8500, 1000, '中古', 18, '2026-10-10T12:30:00Z'],
  ['x1100000102', '任天堂 GBA SP 本体 プラチナシルバー 充電器付き', 9200, 5000, '中古', 9, '2026-10-03T11:10:00Z'],
  ['x1100000103', 'ゲームボーイアドバンス SP 本体のみ オニキスブラック', 7800, 1, 'やや傷や汚れあり', 26, '2026-09-25T13:00:00Z'],
  ['x1100000104', 'GBASP AGS-101 本体 明るい液晶 ファミコンカラー', 15500, 8000, '目立った傷や汚れなし', 21, '2026-09-18T12:45:00Z'],
  ['x1100000105', 'ゲームボーイアドバンスSP ジャンク 電源入らない', 2100, 1, '全体的に状態が悪い', 12, '2026-10-06T12:00:00Z'],
  ['x1100000106', 'ポケットモンスター ルビー GBA ソフト', 1800, 500, '中古', 7, '2026-10-01T12:00:00Z'],
  ['x1100000107', 'ゲームボーイアドバンスSP 専用 充電器 純正 AGS-002', 1200, 300, '中古', 6, '2026-09-29T12:20:00Z'],
  ['x1100000108', 'GBA SP 対応 交換用シェル 外装 カスタム', 1500, 1500, '未使用', 1, '2026-09-21T12:00:00Z'],
  ['x1100000109', 'ゲームボーイアドバンス 本体 AGB-001 ホワイト', 4500, 1000, '中古', 15, '2026-10-08T12:00:00Z'],
  ['x1100000110', 'ゲームボーイミクロ 本体', 9800, 3000, '中古', 17, '2026-09-27T12:00:00Z'],
  ['x1100000111', 'ゲームボーイアドバンスSP 本体 + ソフト5本セット', 12000, 3000, '中古', 20, '2026-09-15T12:00:00Z'],
  ['x1100000112', 'GBA SP 箱 説明書のみ', 800, 100, '中古', 5, '2026-10-02T12:00:00Z'],
  ['x1100000113', 'ゲームボーイアドバンスSP 新品未使用 アズライトブルー 箱付き', 28000, 20000, '未使用', 14, '2026-09-30T12:00:00Z'],
  ['x1100000115', 'スーパーマリオアドバンス4 GBA SP対応', 2500, 1000, '中古', 8, '2026-09-23T12:00:00Z'],
  ['x1100000116', 'ゲームボーイアドバンスSP 本体 トライバルエディション', 10500, 5000, '中古', 16, '2026-08-28T12:00:00Z'],
]);
