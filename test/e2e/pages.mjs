// The saved pages the end-to-end suites visit, the real URL each is served at, and what a
// person reading the saved page sees on it. Every expected value below was read from the
// saved HTML by hand (view-source / DOM inspection), not from the extension's output.
//
// Adding a site = one entry:
//   {
//     name: 'mercari.jp search',                            // used in check names
//     url: 'https://jp.mercari.com/search?keyword=...',     // host + path + query it is served at
//     fixture: 'mercari-jp/jp-search-....html.gz',          // under test/fixtures/
//     scripts: true,                                        // let the page's inline scripts run
//     expect: { ids, optional, absent, items },           // see `Expectation` below
//   }
// Every host used here is resolved to the local fixture server and is in the test certificate.
//
// Expectation:
//   ids       item ids of the page's own listing cards, whitespace-separated, read in the HTML:
//             the popup must list exactly these (in any order), plus any of the `optional` ones;
//             '' for pages that must record nothing (bot walls, login walls, no results)
//   optional  ids of cards the adapter may list or skip (ad/recommendation carousels): allowed,
//             not required, not counted
//   absent    ids that must never be listed (placeholders such as eBay's "Shop on eBay" card)
//   items     listings checked field by field:
//             { id, title (exact, whitespace collapsed), price: [amount, 'ISO'], priceMax?,
//               status?: 'sold' | 'ended' | 'active', condition?, soldOn?: 'YYYY-MM-DD' }
//   heading   popup heading expected for the page (default 'Listings on this page')
//
// A page that needs the extension set up first (e.g. a shop turned on for the generic reader)
// can say `setup: async (driver) => {...}`: it runs before the page is opened, with the driver of
// checks.mjs (driver.popupEvaluate runs code in the popup page, with the extension's APIs).
//
// A page can also describe how it grows (infinite scroll): `grow: { arg, inject }`, where
// `inject(arg)` runs in the page's main world and adds one listing card; `arg.expect` is that
// card as an `items` entry.

/** eBay's sponsored "Shop on eBay" placeholder cards (search pages of 2022-2026). */
const EBAY_PLACEHOLDERS = ['2500219655424533', '123456'];

/**
 * Adds one eBay search card at the end of the results list, as infinite scroll or "see more"
 * would: a copy of an existing card with a new item id, title and price. Runs in the page.
 */
function injectEbayCard({ template, id, title, price }) {
  const card = document.querySelector(`li[data-listingid="${template}"]`);
  if (!card) throw new Error(`no card ${template} to copy`);
  const oldTitle = card.querySelector('.s-card__title .su-styled-text')?.textContent ?? '';
  let html = card.outerHTML.split(template).join(id);
  html = html.split(`item${Number(template).toString(16)}`).join(`item${Number(id).toString(16)}`);
  if (oldTitle) html = html.split(oldTitle).join(title);
  const holder = document.createElement('ul');
  holder.innerHTML = html;
  const copy = holder.firstElementChild;
  copy.querySelector('.s-card__title .su-styled-text').textContent = title;
  copy.querySelector('.s-card__price').textContent = price;
  card.parentElement.append(copy);
  return copy.getAttribute('data-listingid');
}

export const pages = [
  {
    name: 'ebay.com search pokemon (2026 s-card)',
    url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    fixture: 'ebay/ebay-com-search-pokemon-2026-s-card.html.gz',
    expect: {
      // the 60 li.s-card[data-listingid] of ul.srp-results, in page order; the 2 "Shop on eBay"
      // cards are ads
      ids: `
        307063707616 358796217459 407072972075 318592597987 377342825628 117305985463 287461580099 287461580118
        398174416741 158089737284 377342825918 327264363419 287461580231 800341686644 377336425703 366542728713
        188636214627 267727700794 800341687574 377342826690 298505076265 227431320045 377342826838 158089738064
        168535826926 318582578359 127974745355 318582578632 257624887365 377336428654 407072976235 377342828238
        158089738912 287461582124 178310926716 178310926792 158083245110 287461582325 377342828737 287461582497
        307063710252 377342828901 407072977857 227431321387 298505078319 137513299043 407072978499 358796231900
        236942633151 127974747026 147436483722 168535828393 800341693323 407082508888 800341693589 178310927661
        398174421765 800325837246 267727702629 407082509193`,
      // "Recommended" carousel below the results (div.s-card in li.carousel__snap-point):
      // unrelated items (LPs, bouncers), 5 of them.
      optional: ['336692509919', '236928857774', '322898150872', '257376903891', '117313560578'],
      absent: EBAY_PLACEHOLDERS,
      items: [
        {
          id: '168535826926',
          title: 'The Pokémon Company Seismitoad SV11B Black Bolt 109/086 JP AR Holo PSA 10',
          price: [127.5, 'USD'],
          condition: 'New (Other)',
        },
        {
          id: '398174421765',
          title: '2015 Pokemon XY Latios EX 101/108 Full Art Roaring Skies Holo AGS 9.5',
          price: [300, 'USD'],
        },
        {
          id: '287461580118',
          title: 'Pikachu GX SM232 Holo Mint Pokemon Card MINT CONDITION 2019 W PLASTIC COVER',
          price: [10.5, 'USD'],
          condition: 'Pre-Owned',
        },
        {
          id: '307063707616',
          title: 'Pokemon Company Emma 107/086 Crimson Invasion Trainer-Supporter Ultra Rare Holo',
          price: [5.59, 'USD'],
        },
      ],
    },
    grow: {
      inject: injectEbayCard,
      arg: {
        template: '307063707616',
        id: '306000111222',
        title: 'Comps e2e injected card Mewtwo 150/165 test listing',
        price: '$42.17',
        expect: {
          id: '306000111222',
          title: 'Comps e2e injected card Mewtwo 150/165 test listing',
          price: [42.17, 'USD'],
        },
      },
    },
  },
  {
    name: 'ebay.com sold search champion (2025 s-card)',
    url: 'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
    fixture: 'ebay/ebay-com-sold-search-champion-2025-s-card.html.gz',
    expect: {
      // the 60 li.s-card of ul.srp-results ("Shop on eBay" cards excluded; no carousels here) less
      // the 4 "Best offer accepted" ones, whose only price is the struck-through asking price: what
      // they sold for is not on the page, and only an id and a price make a listing.
      ids: `
        134302287832 406307126070 146815499898 389136625738 406219196143 136336195771 226083814011 306297702085
        286529772347 127070013071 167848792566 127332397805 167542142888 396230409094 274331956702
        227033579748 205799565366 406324454300 157403324080 157418069929 277328383453 336238121521 165812732176
        336239637760 389038303054 336253693242 376344478066 127279938972 177070966331 227034732684
        136530753404 376639441872 397171896974 389127944774 313904215680 326832886089 406255448312
        397192706155 286887257786 136284128887 405931114363 357533729059 376647134638 297709718120
        317016384160 127182816490 365270249846 257111629352 134698149583 116456213014 325485423147 257162828106
        167876260015 406318305125 127430046712 286848972461`,
      absent: [...EBAY_PLACEHOLDERS, '297576927757', '167867364413', '406140773247', '297711299433'],
      // Every card whose caption reads "Sold <date>" (the 4 "Best offer accepted" left out, as
      // above): item id, sold day, and the price the card shows (s-card__price), in USD. Two cards
      // show a range ("$45.49 to $50.77": a listing with variations): the low end is written here,
      // the high end in a comment. The 4 cards captioned "Ended <date>" did not sell:
      // 406307126070 227033579748 205799565366 397171896974.
      sold: `
        134302287832 2025-10-27 29.99 146815499898 2025-10-27 24.99 389136625738 2025-10-27 14.99
        406219196143 2025-10-27 29.74 136336195771 2025-10-27 21.99 226083814011 2025-10-27 45.49 (to 50.77)
        306297702085 2025-10-27 14.99 286529772347 2025-10-27 38.48 127070013071 2025-10-27 59.95
        167848792566 2025-10-27 16.61 127332397805 2025-09-24 24.43 167542142888 2025-10-26 43.95
        396230409094 2025-10-26 150.00 274331956702 2025-10-26 49.97 (to 69.95) 406324454300 2025-10-26 40.00
        157403324080 2025-10-26 177.77 157418069929 2025-10-26 20.00 277328383453 2025-10-26 70.00
        336238121521 2025-10-26 25.00 165812732176 2025-10-26 42.50 336239637760 2025-10-26 40.00
        389038303054 2025-10-26 110.00 336253693242 2025-10-26 24.99 376344478066 2025-10-26 34.99
        127279938972 2025-10-26 40.00 177070966331 2025-10-26 18.82 227034732684 2025-10-26 35.95
        136530753404 2025-10-26 49.95 376639441872 2025-10-25 14.99 389127944774 2025-10-25 18.99
        313904215680 2025-10-25 19.96 326832886089 2025-10-25 175.00 406255448312 2025-10-25 34.29
        397192706155 2025-10-25 24.99 286887257786 2025-10-25 39.15 136284128887 2025-10-25 49.95
        405931114363 2025-10-24 79.99 357533729059 2025-10-24 44.96 376647134638 2025-10-24 45.00
        297709718120 2025-10-24 160.00 317016384160 2025-10-24 17.00 127182816490 2025-10-24 14.40
        365270249846 2025-10-24 16.99 257111629352 2025-10-24 15.00 134698149583 2025-10-24 24.99
        116456213014 2025-04-19 29.99 325485423147 2025-10-24 24.98 257162828106 2025-10-24 29.99
        167876260015 2025-10-24 30.00 406318305125 2025-10-24 79.99 127430046712 2025-10-24 27.99
        286848972461 2025-10-24 74.88`,
      soldCurrency: 'USD',
      items: [
        {
          id: '134302287832',
          title: 'CHAMPION x UO NAVY REVERSE WEAVE C LOGO HOODIE SWEATSHIRT SZ S SMALL',
          price: [29.99, 'USD'],
          status: 'sold',
          soldOn: '2025-10-27',
          condition: 'Brand New',
        },
        {
          id: '297709718120',
          title: 'Champion 1970s Vintage Navy Reverse Weave',
          price: [160, 'USD'],
          status: 'sold',
          soldOn: '2025-10-24',
        },
        {
          id: '389136625738',
          title: 'Champion Reverse Weave Heavyweight Hoodie Large',
          price: [14.99, 'USD'],
          status: 'sold',
        },
        {
          // caption "Ended Oct 27, 2025": did not sell
          id: '406307126070',
          title: 'True Vintage 50s Running Man Champion College Sweatshirt',
          price: [250, 'USD'],
          status: 'ended',
        },
      ],
    },
  },
  {
    name: 'ebay.com sold search pink floyd cd, Japanese interface (2026 s-card, yen)',
    url: 'https://www.ebay.com/sch/176985/i.html?_nkw=pink+floyd+cd&_sop=12&LH_Sold=1&LH_Complete=1',
    fixture: 'ebay/ebay-com-sold-search-pink-floyd-cd-2026-ja.html.gz',
    expect: {
      // the 55 result li.s-card (57 less 2 "Shop on eBay" copies) less the 6 "Best offer accepted"
      // ones (struck-through asking price, "ベストオファー対応"): what they sold for is not shown.
      // Prices are in yen as eBay shows them to this visitor (no other amount is on the page).
      ids: `
        365170894671 187740088954 406063212728 116749449060 286535545490 177374100436 236559425564 385364285349
        257154987878 127584020044 115744120663 146997727813 397382200281 177689283825 127570152837 389378208861
        156980541591 157415534084 287000989461 306654926490 396232845126 286566539935 114563428746 147004359417
        385573863552 257159739151 205881929172 166597237322 177607082215 146088468902 146951522588 406373877080
        306414746089 386973520721 297733225334 227038050880 146939906028 203140990852 286901728045 305569095532
        116848141599 116796906808 115556137089 136605484711 197783207540 146903486833 389096891703 205654421398
        388986279341`,
      absent: [
        ...EBAY_PLACEHOLDERS,
        '265698049521',
        '389375694643',
        '389378226098',
        '389378215713',
        '227001122533',
        '134880395580',
      ],
      items: [
        {
          // "販売済み  Jan 9, 2026", "8,916 円" (struck "16,417 円" beside it), "真新しい新品"
          id: '365170894671',
          title: 'Pink Floyd - Animals (2018 Remix) Deluxe Limited LP / CD / BR / DVD [New Vinyl L',
          price: [8916, 'JPY'],
          status: 'sold',
          soldOn: '2026-01-09',
          condition: '真新しい新品',
        },
        {
          // "販売済み  Dec 9, 2025", "1,579 円", "2件の入札"
          id: '147004359417',
          title: 'Pink Floyd Live In Munster 1971 -CD',
          price: [1579, 'JPY'],
          status: 'sold',
          soldOn: '2025-12-09',
        },
        {
          id: '388986279341',
          title: 'Pink Floyd - Wish You Were Here CD',
          price: [3947, 'JPY'],
          status: 'sold',
          soldOn: '2025-10-13',
          condition: '中古品',
        },
      ],
    },
  },
  {
    name: 'ebay.de search apple (2022 s-item, EUR)',
    url: 'https://www.ebay.de/sch/i.html?_nkw=apple',
    fixture: 'ebay/ebay-de-search-apple-2022-s-item.html.gz',
    expect: {
      // the 60 li.s-item directly in ul.srp-results, ids from their /itm/ links (the "Shop on
      // eBay" card, /itm/123456, sits outside the list)
      ids: `
        144278067683 403962570232 185076426382 175504719541 125633387556 124924977463 175504719539 144829789206
        402990526723 134344023943 234752643092 185660950305 144829814926 124812143157 385131128213 373649272098
        275556952780 175504719540 185660950255 275555202687 185522153738 175507509060 295371626026 185523361879
        175507481308 175493762458 314248737371 115618940157 363868608582 302989776922 204135368452 185366542338
        185660950271 144829504158 115580726461 144829556865 175392584245 285054323956 254382926611 165801020550
        275557063393 185077133173 304718118725 175493417549 394352841009 275556979336 354394624432 125621536554
        334643861140 275556992795 295352208219 175507343066 175372071002 115618642190 144829644586 255849480976
        364062269664 195493938396 394181722149 403989397722`,
      // "Refurbished" carousel (ul.srp-items-carousel__list) inside the results: 8 cards, 4 of
      // them also in the results list, these 4 only in the carousel.
      optional: ['204100268164', '403989629228', '204157012008', '403996521284'],
      absent: EBAY_PLACEHOLDERS,
      items: [
        {
          id: '402990526723',
          title: 'Apple MacBook Pro 13,3" 2020 M1/8/256 GB Touchbar Space Grau MYD82D/A',
          price: [1049, 'EUR'],
          condition: 'Brandneu',
        },
        {
          id: '124812143157',
          title: 'Apple Magic Mouse 2, Silber Bluetooth Wireless Maus - A1657 MLA02Z/A',
          price: [69.9, 'EUR'],
        },
        {
          // "EUR 234,95 bis EUR 269,95"
          id: '373649272098',
          title: 'Apple iPad 2018 6 Generation 9,7 Zoll A1954 Wi-Fi Wlan Cellular 128GB - wie Neu',
          price: [234.95, 'EUR'],
          priceMax: 269.95,
        },
        {
          // title element starts with the "Neues Angebot" (new listing) badge
          id: '134344023943',
          title: 'Apple MacBook Air A1466 13,3 Zoll - Anfang 2014',
          price: [1, 'EUR'],
          condition: 'Gebraucht',
        },
      ],
    },
  },
  {
    name: 'ebay.co.uk item auction (2020)',
    url: 'https://www.ebay.co.uk/itm/143863282131',
    fixture: 'ebay/ebay-co-uk-item-auction-used-2020.html.gz',
    expect: {
      ids: '143863282131',
      // "Similar sponsored items" carousel (li.mfe-reco-ct[data-id]), 17 cards
      optional: [
        '223349338444',
        '114530623633',
        '223346793839',
        '224256684487',
        '223790105720',
        '224224346649',
        '233756485253',
        '164296488823',
        '293764023734',
        '203110598431',
        '324370415687',
        '143137712180',
        '143137742338',
        '143588418708',
        '173733058945',
        '260882655213',
        '231681136390',
      ],
      items: [
        {
          id: '143863282131',
          title: 'Pony Cart Harness - Fit Up To 10/11 Hh - Used With Shetland Pony/Small Donkey',
          price: [115, 'GBP'],
          status: 'active',
          condition: 'Used',
        },
      ],
    },
  },
  {
    name: 'jp.mercari.com search nintendo switch (2025)',
    url: 'https://jp.mercari.com/search?keyword=nintendo%20switch',
    fixture: 'mercari-jp/jp-search-nintendo-switch-2025-rendered.html.gz',
    expect: {
      // the 15 li[data-testid=item-cell] holding an a[data-testid=thumbnail-link] (the other 96
      // cells are loading skeletons): 11 /item/m... and 4 Mercari Shops /shops/product/...; every
      // one shows ¥300 (span.merPrice), four of them as "現在 ¥300" (current price)
      ids: `
        m80460149215 m95115253849 m67122078577 m92940873090 ZZd35tRKpm7CZFXgLCNfJK m98162622802
        m30967743966 m88486396279 gFhTMioneyA3MkaG4SQ75L MzSR7WhSn7kyFUtWwQkLsc cMfhindfnKyPKiGjoGpCkS
        m31084101019 m15676271011 m92702700390 m74055076540`,
      items: [
        {
          id: 'm80460149215',
          title: 'ホワイト キックスタンド 任天堂 Switch 交換用パーツ自立',
          price: [300, 'JPY'],
          status: 'active',
        },
        {
          id: 'ZZd35tRKpm7CZFXgLCNfJK',
          title:
            'オートバイクハンドルバースイッチ ハンドルバーヘッドライトスイッチ LED車用電源スイッチ フォグランプ制御スイッチ 電源切断消火機能ダブルフラッシュスイッチ 改造パーツ（イエロー+ブラック）',
          price: [300, 'JPY'],
        },
        {
          id: 'm31084101019',
          title: 'N*E様 桃太郎電鉄 昭和 平成 令和 Nintendo Switch',
          price: [300, 'JPY'],
        },
      ],
    },
  },
  {
    name: 'jp.mercari.com item, sold (2025)',
    url: 'https://jp.mercari.com/item/m96084058332',
    fixture: 'mercari-jp/jp-item-sold-m96084058332.html.gz',
    expect: {
      // the item: h1 in [data-testid=name], ¥4,500 in [data-testid=price], checkout button
      // disabled "売り切れました" (sold out), 商品の状態 "目立った傷や汚れなし"
      ids: 'm96084058332',
      // "こちらの商品もおすすめです" and "この商品を見ている人におすすめ" carousels
      // (a[data-testid=thumbnail-link]), 58 distinct items
      optional: `
        m70789784542 m60271996068 m81235298770 m78371087881 m59782805320 m41092688359 m89937157285
        m56740143522 m76735546581 m62046168227 m64928812517 m13433387267 m49325825856 m98500308370
        m76932147769 m44974002500 m46047565145 m76378836241 m63277136819 m69903603395 m34591831154
        m83522239395 m81815994204 m96640888659 m46888151932 m83631963191 m69034661385 m19394215572
        m12628050882 m75734694478 m22145772850 m69712141147 m76678473812 m53472197590 m17565731816
        m47185555965 m74272749301 m48227437006 m51010663917 m66017514874 m60939900656 m92630224749
        m46798441953 m94728035127 m59361548511 m21872114766 m18807586085 m99201752782 m86217818178
        m93282924018 m61679378908 m68191424392 m52105477290 m30072034409 m13466973832 m84298519383
        m14298788151 m64037796810`,
      items: [
        {
          id: 'm96084058332',
          title: 'あつまれ どうぶつの森 Nintendo Switch',
          price: [4500, 'JPY'],
          status: 'sold',
          condition: '目立った傷や汚れなし',
        },
      ],
    },
  },
  {
    name: 'auctions.yahoo.co.jp search マリオ (2026)',
    url: 'https://auctions.yahoo.co.jp/search/search/%E3%83%9E%E3%83%AA%E3%82%AA/0/',
    fixture: 'yahoo-auctions-jp/yahuoku-search-mario-2026.html.gz',
    expect: {
      // the 53 li.Product of the results, ids from a[data-auction-id] (6 of them Yahoo!フリマ
      // fixed-price items, z5..., and one id with no letter prefix)
      ids: `
        m1219814658 e1219254331 u1217548913 g1219594776 x1218307840 d1219649163 g1217642101 p1219707299
        c1219667089 l1219707448 c1219492963 z561625832 g1219675781 d1214867250 f1218803111 n1219245477
        1219888496 l1219915965 f1219483206 q1219266114 z561592776 j1219805879 z561470166 k1219982350
        b1219354411 x1219256931 w1219819598 z561306556 d1196534654 v1219691103 w1219488235 r1220067186
        p1218048525 z560766120 f1220084828 q1220073956 x1219842609 r1207522930 x1219365513 q1219907931
        n1219800806 z560800524 k1219817355 l1219870082 h1220071645 e1217274303 d1220073907 r1219845622
        x1219831696 o1219958802 n1219333490 k1220089457 l1219602002`,
      items: [
        {
          // 現在 1,701円, 9 bids
          id: 'm1219814658',
          title:
            'Nintendo 任天堂 SWITCH スイッチ ゲームソフトまとめ 8本 ハントダウン/カップヘッド/エピックミッキー/トライン4/マリオ&ルイージRPGなど',
          price: [1701, 'JPY'],
          status: 'active',
        },
        {
          // 現在 1円 and 即決 2,000円: the auction's current price is ¥1
          id: 'g1217642101',
          title: '【正規品】スーパーマリオ クッパ ぬいぐるみ 三英貿易 SAN-EI 任天堂 Nintendo 中古美品 Bowser',
          price: [1, 'JPY'],
        },
        {
          // Yahoo!フリマ: 現在 2,900円 = 即決 2,900円 (title with ideographic spaces)
          id: 'z561625832',
          title: 'マリオ テニス エース Switch Nintendo',
          price: [2900, 'JPY'],
        },
        {
          id: 'o1219958802',
          title: '【超希少】スーパーマリオランド グニョン 指人形 80年代 ゆび人形 ソフビ 当時物',
          price: [10000, 'JPY'],
        },
        {
          id: '1219888496',
          title: 'マリオピカチュウ ルイージピカチュウ ポケモンカード プロモ',
          price: [4400, 'JPY'],
        },
      ],
    },
  },
  {
    name: 'auctions.yahoo.co.jp closed search マナフィ (2026 grid)',
    url: 'https://auctions.yahoo.co.jp/closedsearch/closedsearch/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89%20%E3%83%9E%E3%83%8A%E3%83%95%E3%82%A3%20004%2Fppp/0/',
    fixture: 'yahoo-auctions-jp/yahuoku-closedsearch-manaphy-2026.html.gz',
    expect: {
      // the 7 <li> cards of #closedSearchItems, in page order: 5 auctions and 2 Yahoo!フリマ items
      // (z…), all ended with a 落札 (winning) price
      ids: 'h1001582809 z595392208 u1227414514 l1226876084 b1223558732 z564116426 e1215222713',
      items: [
        {
          // 落札 40,000円 (開始 10,000円), 29 bids, "5/2 00:36終了"
          id: 'h1001582809',
          title: '★マナフィ★プレイヤーズプロモ★004/PPP★ポケモンカード★ポケカ★',
          price: [40000, 'JPY'],
          status: 'sold',
        },
        {
          // Yahoo!フリマ, 落札 77,000円, 未使用
          id: 'z595392208',
          title: 'ポケモンカード マナフィ LV.32 HP70 004/PPP 蒼海の王子 プレイヤーズ 未開封',
          price: [77000, 'JPY'],
          status: 'sold',
          condition: '未使用',
        },
        {
          // 落札 81,500円, "4/19 21:32終了" (JST; 12:32 UTC the same day)
          id: 'l1226876084',
          title: '2007年 ポケモンカード プレイヤーズ限定プロモ マナフィ 004/PPP 未開封',
          price: [81500, 'JPY'],
          status: 'sold',
          soldOn: '2026-04-19',
        },
        {
          // 落札 4,580円, not 開始 4,164円; "1/11 20:21終了"
          id: 'e1215222713',
          title: 'マナフィ(未開封) [第5期プレイヤーズ けいけんち3000～4900EXP] 004/PPP ポケモンカード ポケカ',
          price: [4580, 'JPY'],
          status: 'sold',
          soldOn: '2026-01-11',
        },
      ],
    },
  },
  {
    // pages.json gives https://www.amazon.de/s?k=apple, but the saved page is the search for
    // "katzenfutter" (value of #twotabsearchtextbox; cat food results, shown in English, in EUR)
    name: 'amazon.de search katzenfutter (2022)',
    url: 'https://www.amazon.de/s?k=katzenfutter',
    fixture: 'amazon/amazon-de-search-2022.html.gz',
    expect: {
      // the 60 div[data-component-type=s-search-result][data-asin], less B019FILDS0 (no price on
      // its card) and the second B07D4RV7PQ (sponsored at the top, organic further down)
      ids: `
        B013JF5F0C B0B7NQCJJD B09QX7FB88 B09QXBN75N B00C7SCAP6 B07HGPQ4Q3 B077GPYZYL B08HPFJ2R2 B095881K9Q
        B01C48JDE4 B0090JSX8I B0716W7P6R B00352M8SW B074KFBTXY B08HPFJ2QT B0719GNY4W B0B7NMY3NW B07D4RV7PQ
        B08VMVV6GQ B09P1TH8LH B08HP67WK6 B072BS2ZZS B078X1TM8W B079W6SCSS B09DHZ1ZJH B01J57509O B07N18967C
        B01LTIOD6S B074KCXXDG B099KVQLTC B07D4SC339 B0B1Q27CD2 B0B7NKJYRT B0821DF2PM B0821D6MLN B07D19ZF5N
        B07ZNNT54W B01NAL5IFW B077GQ4JF1 B002KJR6OM B07N18943Q B07149D73T B08DS7CRQ3 B006J32I0M B0079F3OZW
        B00JRVU6IO B016Y4L4JG B016Y4KXD4 B07TV8KP14 B07ND5JWQ3 B01C48JDJO B08R4T9YBN B072HZXL8C B071RTL5PK
        B08VMMH4GW B084GZD88F B0845YNZSJ B0882C8FZ5`,
      absent: ['B019FILDS0'],
      items: [
        {
          // €12.90, struck-through RRP €13.98
          id: 'B00C7SCAP6',
          title: 'Kitekat cat food market mix in jelly, 48 bags (2 x 24 x 100 g)',
          price: [12.9, 'EUR'],
          status: 'active',
        },
        {
          id: 'B099KVQLTC',
          title: 'Our Essentials Cat Food by Amazon - Chicken in Jelly, 1 x 415 g',
          price: [0.85, 'EUR'],
        },
        {
          id: 'B08HPFJ2R2',
          title: 'Felix Cat Food Wet in Jelly, Variety of Flavours, Large Pack of 120 (120 x 85 g)',
          price: [36.99, 'EUR'],
        },
        {
          // sponsored card (AdHolder): €2.95, RRP €3.39
          id: 'B013JF5F0C',
          title: 'FELIX Countryside Sensations Dry Cat Food with Beef and Chicken, Pack of 1 (1 x 1 kg)',
          price: [2.95, 'EUR'],
        },
      ],
    },
  },
  {
    name: 'paypayfleamarket.yahoo.co.jp search ポケモンカード (2026)',
    url: 'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89',
    fixture: 'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html.gz',
    expect: {
      // the 100 a[href="/item/z…"] cards of div#itm, in page order, each with a "…円" price
      // (the same 100 as searchState.search.result.items in __NEXT_DATA__)
      ids: `
        z604604882 z604377868 z604229662 z604573188 z604575254 z604588408 z604601920 z604559408 z604617558 z604496054
        z604598522 z604225346 z604578110 z604183112 z604195972 z604606884 z604596334 z604522224 z604575728 z604515070
        z604605934 z604178584 z604048596 z604527008 z604359814 z604060590 z604564224 z604172522 z604094600 z604296908
        z604390796 z604513768 z604601018 z604568272 z604495538 z604600048 z604617362 z604132036 z604620752 z604399086
        z604239822 z604288294 z604573592 z604610266 z604363336 z604270812 z604601188 z604352934 z604005684 z604448572
        z604602090 z604060050 z604192498 z604476688 z604145558 z604101000 z604620896 z604617746 z604617672 z604581754
        z604517838 z604616734 z604024056 z604527260 z604583858 z604332282 z604145132 z604617546 z604556570 z604583224
        z604447886 z604059820 z604277398 z604515648 z604273494 z604267790 z604270688 z604480390 z604588126 z604503350
        z604033278 z604617734 z604170514 z604606838 z604065532 z604540200 z604448604 z604619950 z604603288 z604197672
        z604364122 z604215386 z604391398 z604599654 z604561086 z604537292 z604540380 z604536986 z604537182 z604583672`,
      items: [
        {
          id: 'z604604882',
          title: 'ポケモンカード ピカチュウ プロモ 001/SV-P スカーレットバイオレット',
          price: [3500, 'JPY'],
          status: 'active',
        },
        {
          // img alt "ポケモンカードゲーム プレシャスコレクターボックス ソード&amp;シールド", 85,000円
          id: 'z604617362',
          title: 'ポケモンカードゲーム プレシャスコレクターボックス ソード&シールド',
          price: [85000, 'JPY'],
        },
        {
          id: 'z604583672',
          title: 'ポケモンカードゲーム ロケット団の栄光 BOX シュリンク付き',
          price: [35000, 'JPY'],
        },
      ],
    },
  },
  {
    // The raw server HTML: <body> holds no rendered card, the goods are in the Next.js flight
    // payload (self.__next_f.push scripts, kept in the DOM though the page's CSP blocks them).
    name: 'www.momoshop.com.tw search iphone (2026)',
    url: 'https://www.momoshop.com.tw/search/iphone',
    fixture: 'momo/momo-search-iphone-2026.html.gz',
    expect: {
      // the 30 goodsCode of goodsInfoList (listed twice in the payload), in order
      ids: `
        14985082 14985084 15002869 14910613 14491084 14432356 14974270 14432357 14936469 14639455
        14697919 14434521 14444536 12292951 13779662 14432363 14806169 14639534 12980844 14927755
        14438783 12980840 13325822 14806171 14453080 12986483 14571567 14639261 15011269 14434506`,
      items: [
        {
          // goodsPrice "$$22,300" (the payload's escape of "$22,300"), SALE_PRICE "22300"
          id: '14985082',
          title: '【Apple】iPhone 16(128G/6.1吋)(45W雙孔閃充組)',
          price: [22300, 'TWD'],
          status: 'active',
        },
        {
          // goodsPrice "$$8,749"; goodsPriceOri (market price) "$$29,400" is not the price
          id: '12292951',
          title: '【Apple】A+級福利品 iPhone 13 128G 6.1吋(贈充電線+玻璃貼+透明殼)',
          price: [8749, 'TWD'],
        },
        {
          id: '14434506',
          title: '【Apple】iPhone 17(256G/6.3吋)(犀牛盾耐衝殼組)',
          price: [29700, 'TWD'],
        },
      ],
    },
  },
  {
    name: 'tw.buy.yahoo.com search iphone (2026)',
    url: 'https://tw.buy.yahoo.com/search/product?p=iphone',
    fixture: 'yahoo-tw-shopping/tw-buy-yahoo-search-iphone-2026.html.gz',
    expect: {
      // ul.gridList renders 15 cards then loading placeholders the page fills on scroll; all 60
      // results of the page are in script#isoredux-data (search.ecsearch.hits, ec_item_url): the
      // 15 rendered first, then the 45 to come. Ids from the links: /gdsale/…-<digits>.html,
      // gdsale.asp?gdid=<gdid>, combo?actid=<n> as "c<n>" (= ec_productid).
      ids: `
        c743896 c743888 c743929 11059219 11059399 12011530 p0830265172870 p0830265173060 p0830265172979
        p0830264647518 p0830265418448 11988293 p0830265173069 p0830265172940 p0830265172925 p0830265173096
        p0830265173062 p0830265172918 p0830265173010 p0830265418450 10171528 10119125 11763305 11752124
        11310257 11974514 10727309 10411704 11577402 10893185 10236612 10749310 11765583 11577410 10119118
        10171521 10374851 10374852 10119126 10119120 10185656 10515710 10411711 10178253 11807378 11673477
        11765586 11577408 11541303 10411703 9312553 10236376 11780242 11577412 10309713 10411708 11752137
        10491993 11205692 11326162`,
      items: [
        {
          // a store's goods: the "商店" badge is not part of the title; $29,300
          id: 'p0830265172870',
          title: 'Apple iPhone 17 256G (黑/白/霧藍/薰衣草紫/鼠尾草綠)【預購-依訂單順序出貨】【愛買】',
          price: [29300, 'TWD'],
          status: 'active',
        },
        {
          // not rendered yet: ec_title, ec_price "552.0"
          id: '11326162',
          title: 'SGP / Spigen iPhone 16 /Plus/Pro/Pro Max Liquid Crystal MagFit-防摔手機保護殼',
          price: [552, 'TWD'],
        },
      ],
    },
  },
  {
    // eBay's anti-bot interstitial ("Pardon Our Interruption...") where a search was asked for
    name: 'ebay.com bot challenge page',
    url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon&_pgn=2',
    fixture: 'ebay/ebay-bot-challenge-pardon-our-interruption.html.gz',
    expect: { ids: '' },
  },
];

/**
 * A shop Comps has no adapter for, read by the generic (structured data) reader once the user turns
 * it on for that origin: nothing is recorded before. Read in the saved page: og:type product.item,
 * h1[itemprop=name] in the schema.org Product, price 17.99 USD in itemprop=price/priceCurrency and
 * product:price:amount/currency; the id is its canonical link.
 */
export const shop = {
  name: 'www.fye.com product (generic reader)',
  url: 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html',
  fixture: 'generic-jsonld/fye-com-product-og-microdata.html.gz',
  expect: {
    ids: 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html',
    items: [
      {
        id: 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html',
        title: 'Better Off Dead [Exclusive Blu-ray Steelbook]',
        price: [17.99, 'USD'],
      },
    ],
  },
};

/**
 * A page of the same shop with NO structured data: the real kleinanzeigen.de ad page served on the
 * shop's origin with its structured data stripped by the server (`strip`, see server.mjs), so the
 * generic reader, already turned on there, must find the price from the laid-out page. Read in the
 * saved page: h1#viewad-title "BMW R 100 GS 35 mm tiefer", h2#viewad-price "5.100 € VB" under it.
 * Its canonical link points to kleinanzeigen.de, another site: the id is the page's own URL.
 */
export const shopVisual = {
  name: 'www.fye.com page without structured data (generic reader, visual price)',
  url: 'https://www.fye.com/visual/bmw-r-100-gs-35-mm-tiefer.html',
  fixture: 'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html.gz',
  strip: true,
  expect: {
    ids: 'https://www.fye.com/visual/bmw-r-100-gs-35-mm-tiefer.html',
    items: [
      {
        id: 'https://www.fye.com/visual/bmw-r-100-gs-35-mm-tiefer.html',
        title: 'BMW R 100 GS 35 mm tiefer',
        price: [5100, 'EUR'],
      },
    ],
  },
};

/**
 * A shop whose pages name no currency: the real anyeluz.com product page (a Colombian Shopify shop)
 * served with its structured data and scripts stripped (`strip`), so nothing on it says that its
 * "$173.000" is Colombian pesos (lang="es", a .com host; the Shopify.currency script is gone).
 * Turned on from the popup with COP chosen in its currency select, the price must be recorded as
 * 173000 COP. Read in the saved page: h1.product-title, span.price__current "$173.000", the
 * canonical link is the page's own URL.
 */
export const shopCurrencyPage = {
  name: "www.anyeluz.com product without structured data, turned on with COP (generic reader, the shop's currency)",
  url: 'https://www.anyeluz.com/products/kit-potencializador-anyeluz',
  fixture: 'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html.gz',
  strip: true,
  currency: 'COP',
  expect: {
    ids: 'https://www.anyeluz.com/products/kit-potencializador-anyeluz',
    items: [
      {
        id: 'https://www.anyeluz.com/products/kit-potencializador-anyeluz',
        title: 'KIT POTENCIALIZADOR ANYELUZ EDICIÓN LIMITADA ¡GRATIS BOLSO Y CHARM!',
        price: [173000, 'COP'],
      },
    ],
  },
};

/**
 * The same anyeluz page as published (not stripped; another query so the server tells them apart):
 * its og:price:currency, JSON-LD priceCurrency and Shopify.currency all say COP, read by hand. The
 * popup opened from the toolbar over it suggests COP (action.mjs), where the browser's en-US
 * locale alone would suggest USD.
 */
export const shopSuggestPage = {
  name: 'www.anyeluz.com product as published',
  url: 'https://www.anyeluz.com/products/kit-potencializador-anyeluz?published=1',
  fixture: 'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html.gz',
  suggested: 'COP',
};

/**
 * Pages the in-page display is checked on (inpage.mjs) besides the ones above: a search of the
 * same kind of items as the eBay sold search of Champion Reverse Weave sweatshirts, on another
 * site. Read in the saved page: 24 cards (li > a[href^="/products/"]), prices in US dollars.
 */
export const inPagePages = {
  search: {
    name: 'www.depop.com search champion reverse weave (2025)',
    url: 'https://www.depop.com/search/?q=champion%20reverse%20weave',
    fixture: 'depop/depop-search-champion-reverse-weave-2025-rendered.html.gz',
  },
};

/** Route table of the fixture server: { host, path (with query), fixture, scripts, strip }. */
export const routes = [
  ...pages,
  shop,
  shopVisual,
  shopCurrencyPage,
  shopSuggestPage,
  ...Object.values(inPagePages),
].map(({ url, fixture, scripts, strip }) => {
  const parsed = new URL(url);
  return { host: parsed.hostname, path: parsed.pathname + parsed.search, fixture, scripts, strip };
});

/**
 * Image hosts of the saved pages' listings: the server answers them with a small picture, so the
 * popup's thumbnails load (and the referrer they are sent with can be checked).
 */
export const imageHosts = ['i.ebayimg.com', 'static.mercdn.net'];

/** Every host served, for the certificate and the browsers' host resolution. */
export const hosts = [...new Set([...routes.map((route) => route.host), ...imageHosts])].sort();

const words = (text) => text.split(/\s+/).filter(Boolean);
for (const page of [...pages, shop, shopVisual, shopCurrencyPage]) {
  const { expect } = page;
  if (!expect) continue;
  expect.ids = words(expect.ids);
  if (typeof expect.optional === 'string') expect.optional = words(expect.optional);
  if (typeof expect.sold === 'string') {
    // "id YYYY-MM-DD amount (to max)" -> Map id -> { day, amount }
    const sold = new Map();
    for (const [, id, day, amount] of expect.sold.matchAll(/(\S+) (\d{4}-\d{2}-\d{2}) ([\d.]+)/g))
      sold.set(id, { day, amount: Number(amount) });
    expect.sold = sold;
  }
}
