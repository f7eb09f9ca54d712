// The pages the generic reader is measured on (npm run eval:generic, and the Chromium e2e suite).
//
// Every page is a REAL saved page from test/fixtures (see PROVENANCE.tsv), served at its original
// URL's host currency and language but with its structured price data stripped (strip.ts: every
// <script> incl. JSON-LD and embedded state, microdata attributes, og/product price meta), so the
// reader must find the price from what the page shows. No page here is hand-written.
//
// `expect` was read BY HAND from the saved HTML (zcat | grep, and the page rendered in Chromium),
// never from the reader's output: [amount, currency] of the price a person sees as the page's main
// price, or null where the page is not one product's page (search results, lists, walls): there
// any price recorded is a wrong one. `read` says where the price is on the page.

const product = (source, fixture, url, expect, read) => ({ source, fixture, url, expect, read });

export const productPages = [
  product(
    'aliexpress.com',
    'aliexpress/aliexpress-he-item-32993251330-2020.html.gz',
    'https://he.aliexpress.com/item/32993251330.html',
    [97.39, 'EUR'],
    'span.product-price-value "€ 97,39 - 128,72"; "€ 162,32 - 214,53" in div.product-price-del is the old price',
  ),
  product(
    'amazon.com',
    'amazon/amazon-com-dp-B0CD1DZ6RD-2026.html.gz',
    'https://www.amazon.com/Skullcandy-Canceling-Headphones-Microphone-Bluetooth/dp/B0CD1DZ6RD',
    [239.99, 'USD'],
    'buy box a-price "$239.99" (a-price-whole 239, fraction 99); protection plans $32.99/$44.99 and "$16.99/month" are add-ons',
  ),
  product(
    'carousell.sg',
    'carousell/carousell-sg-item-macbook-air-2025.html.gz',
    'https://www.carousell.sg/p/2017-macbook-air-13%E2%80%9D-2017-128gb-1377538161/',
    [250, 'SGD'],
    '"S$250" right under the h1',
  ),
  product(
    'craigslist.org',
    'craigslist/craigslist-manchester-item-washing-machine.html.gz',
    'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
    [50, 'GBP'],
    'h1.postingtitle "Indesit Washing Machine 6kg - <span class=price>£50</span> (Salford)"',
  ),
  product(
    'ebay.co.uk',
    'ebay/ebay-co-uk-item-auction-used-2020.html.gz',
    'https://www.ebay.co.uk/itm/Pony-Cart-Harness-Fit-Up-To-10-11-Hh-Used-With-Shetland-Pony-Small-Donkey-/143863282131',
    [115, 'GBP'],
    'current bid "£115.00" (#prcIsum_bidPrice); "Enter £115.00 or more"; £27.02 is postage',
  ),
  product(
    'ebay.com',
    'ebay/ebay-com-item-226771798286-2025-x-price.html.gz',
    'https://www.ebay.com/itm/226771798286',
    [3500, 'EUR'],
    'x-price-primary "EUR 3,500.00"; "Approximately US $3,971.45" is a conversion; EUR 150.00 is shipping',
  ),
  product(
    'ebay.com',
    'ebay/ebay-com-item-381228738769-old-vi.html.gz',
    'https://www.ebay.com/itm/Outdoor-Wicker-Patio-Furniture-Sofa-3-Seater-Luxury-Comfort-Brown-Wicker-Couch-/381228738769',
    [349.99, 'USD'],
    '"Now: US $349.99"; "$899.99" is the list price, "You save: $550.00"',
  ),
  product(
    'ebay.com',
    'ebay/ebay-com-item-bin-2020-prcIsum.html.gz',
    'https://www.ebay.com/itm/Halloween-Zombie-Scars-Tattoos-Fake-Blood-Scab-Scar-Wound-Costume-Make-Up-Kit-UK-/302474151804',
    [1.99, 'GBP'],
    'span#prcIsum "GBP 1.99"; "GBP 8.75" is postage; "US $2.66" a conversion',
  ),
  product(
    'etsy.com',
    'etsy/etsy-es-listing-1385245506-2026.html.gz',
    'https://www.etsy.com/es/listing/1385245506/sterling-silver-crown-birth-year',
    [40.63, 'EUR'],
    '"Price:€40.63+" then "Original Price: €54.17+" (prices shown in the visitor\'s euros)',
  ),
  product(
    'etsy.com',
    'etsy/etsy-listing-1394647088-2026.html.gz',
    'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4',
    [45, 'USD'],
    '"Price:$45.00+"; the "$5 Etsy credit" banner and the shop\'s other items are not it',
  ),
  product(
    'fye.com',
    'generic-jsonld/fye-com-product-og-microdata.html.gz',
    'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html',
    [17.99, 'USD'],
    '"$17.99" by the product h1 (an American shop: the page names no currency once its data is stripped)',
  ),
  product(
    'monsterpetsupplies.co.uk',
    'generic-jsonld/monsterpetsupplies-uk-product-microdata.html.gz',
    'https://www.monsterpetsupplies.co.uk/cat/cat-flea-tick/johnsons-4-fleas-cats-kittens',
    [5.29, 'GBP'],
    '"From only £5.29 - £9.56" under the h1 (two pack sizes £9.56 / £5.29)',
  ),
  product(
    'anyeluz.com',
    'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html.gz',
    'https://www.anyeluz.com/products/kit-potencializador-anyeluz',
    [173000, 'COP'],
    '"Precio normal $173.000" (a Colombian shop: "$" is the peso, which nothing left on the page says)',
  ),
  product(
    'kleinanzeigen.de',
    'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html.gz',
    'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
    [5100, 'EUR'],
    'h2#viewad-price "5.100 € VB" under the h1',
  ),
  product(
    'mercadolibre.com.co',
    'mercadolibre/mercadolibre-co-product-MCO42090990-2026.html.gz',
    'https://www.mercadolibre.com.co/lamparas-tipo-spot-con-riel-de-1m-x-3-unid-de-10w-estructura-negro-luz-blanca/p/MCO42090990',
    [71492, 'COP'],
    '"$71.492" at 36px; "$88.480" in <s> is the old price; "6 cuotas de $11.915" instalments',
  ),
  product(
    'mercari.com (jp)',
    'mercari-jp/jp-item-m51411599843.html.gz',
    'https://jp.mercari.com/item/m51411599843',
    [5400, 'JPY'],
    'data-testid=price "¥5,400(税込) 送料込み" under the h1',
  ),
  product(
    'mercari.com (jp)',
    'mercari-jp/jp-item-sold-m96084058332.html.gz',
    'https://jp.mercari.com/item/m96084058332',
    [4500, 'JPY'],
    'sold item: "¥4,500(税込) 送料込み" under the h1',
  ),
  product(
    'pcstore.com.tw',
    'pchome/pcstore-com-tw-pchome24h-item.html.gz',
    'https://www.pcstore.com.tw/pchome24h/M67296549.htm',
    [294, 'TWD'],
    '"一次付清特價 7 折 294 元" (294 bold 27px); 建議售價 <del>$420</del>; "每期$98" instalments',
  ),
  product(
    'taobao.com',
    'taobao/taobao-item-562283240178-2020.html.gz',
    'https://item.taobao.com/item.htm?id=562283240178',
    [149, 'CNY'],
    'strong#J_StrPrice "¥149.00 - 159.00" (价格)',
  ),
  product(
    'tmall.com',
    'taobao/tmall-item-605258110430-2020.html.gz',
    'https://detail.tmall.com/item.htm?id=605258110430',
    [5499, 'CNY'],
    '价格 "? 5499.00-6799.00": the saved copy lost the ¥ sign (a literal "?" in the file)',
  ),
  product(
    'yahoo.co.jp auctions',
    'yahoo-auctions-jp/yahuoku-item-active-1219987808-2026.html.gz',
    'https://auctions.yahoo.co.jp/jp/auction/1219987808',
    [3600, 'JPY'],
    '"現在 3,600円（税0円）" (24px bold); "【1,111円〜】" is part of the title',
  ),
  product(
    'yahoo.co.jp auctions',
    'yahoo-auctions-jp/yahuoku-item-ended-2021-trimmed.html.gz',
    'https://page.auctions.yahoo.co.jp/jp/auction/e000000000',
    [34840, 'JPY'],
    '"現在価格 34,840円（税込 38,324 円）"; 開始価格 1,000 円 is the start price',
  ),
  product(
    'yahoo.co.jp fleamarket',
    'yahoo-fleamarket/paypayfleamarket-item-z604620404-2026.html.gz',
    'https://paypayfleamarket.yahoo.co.jp/item/z604620404',
    [8980, 'JPY'],
    '"8,980円" in the item\'s aside; "実質3,980円" a card offer; the rest are other items',
  ),
];

/** Saved pages that are not one product's page: the reader must record nothing on them. */
const other = (source, fixture, url, read) => ({ source, fixture, url, expect: null, read });

export const otherPages = [
  ['amazon.de', 'amazon/amazon-de-search-2022.html.gz', 'https://www.amazon.de/s?k=katzenfutter', 'search'],
  [
    'amazon.es',
    'amazon/amazon-es-search-god-of-war-2025-rendered.html.gz',
    'https://www.amazon.es/s?k=god+of+war',
    'search',
  ],
  [
    'avito.ru',
    'avito/avito-ip-block-page-2026.html.gz',
    'https://www.avito.ru/moskva/kvartiry',
    'block page',
  ],
  [
    'carousell.sg',
    'carousell/carousell-sg-search-airpods-max-2025.html.gz',
    'https://www.carousell.sg/search/airpods%20max%20apple/',
    'search',
  ],
  [
    'carousell.sg',
    'carousell/carousell-sg-search-bike-2025.html.gz',
    'https://www.carousell.sg/search/bike/',
    'search',
  ],
  [
    'craigslist.org',
    'craigslist/craigslist-nyc-search-furniture-2009.html.gz',
    'https://newyork.craigslist.org/search/fuo?query=Ligne+Roset',
    'search',
  ],
  [
    'craigslist.org',
    'craigslist/craigslist-sfbay-search-surfboard-2025.html.gz',
    'https://sfbay.craigslist.org/search/sss?query=surfing%20board',
    'search',
  ],
  [
    'dealabs.com',
    'dealabs/dealabs-groupe-lego-deals.html.gz',
    'https://www.dealabs.com/groupe/lego',
    'deal list',
  ],
  [
    'depop.com',
    'depop/depop-search-champion-reverse-weave-2025-rendered.html.gz',
    'https://www.depop.com/search/?q=champion%20reverse%20weave',
    'search',
  ],
  [
    'ebay.com',
    'ebay/ebay-bot-challenge-pardon-our-interruption.html.gz',
    'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    'bot check',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-motors-search-bmw-e28-2025-s-item.html.gz',
    'https://www.ebay.com/sch/6000/i.html?_nkw=bmw+e28+parts&_sop=12',
    'search',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-search-pokemon-2026-s-card.html.gz',
    'https://www.ebay.com/sch/i.html?_nkw=pokemon&_sop=12',
    'search',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-search-shirts-2025-s-item-prettified.html.gz',
    'https://www.ebay.com/sch/i.html?_nkw=shirts&_sop=12&_kwlnd=1',
    'search',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-seller-items-2026-s-card.html.gz',
    'https://www.ebay.com/sch/i.html?_ssn=everything*and*anything*for*sale',
    'seller list',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-sold-search-champion-2025-s-card.html.gz',
    'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&_sop=12&LH_Sold=1&LH_Complete=1',
    'sold search',
  ],
  [
    'ebay.com',
    'ebay/ebay-com-sold-search-pink-floyd-cd-2026-ja.html.gz',
    'https://www.ebay.com/sch/176985/i.html?_nkw=pink+floyd+cd&_sop=12&LH_Sold=1&LH_Complete=1',
    'sold search',
  ],
  [
    'ebay.de',
    'ebay/ebay-de-search-apple-2022-s-item.html.gz',
    'https://www.ebay.de/sch/i.html?_nkw=apple',
    'search',
  ],
  [
    'facebook.com',
    'facebook-marketplace/fb-marketplace-ph-search-toyota-vios-2026.html.gz',
    'https://www.facebook.com/marketplace/manila/search/?query=Toyota%20Vios%202022',
    'search',
  ],
  [
    'facebook.com',
    'facebook-marketplace/fb-marketplace-search-electric-guitar-philadelphia-2026.html.gz',
    'https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar',
    'search',
  ],
  [
    'gumtree.com.au',
    'gumtree/gumtree-au-pets-vic-listing-2015-with-http-headers.html.gz',
    'https://www.gumtree.com.au/s-pets/vic/c18433l3008844',
    'category list',
  ],
  [
    'gumtree.pl',
    'gumtree/gumtree-pl-wroclaw-rooms-search-2018.html.gz',
    'https://www.gumtree.pl/s-nieruchomosci/wroclaw/v1c2l3200114p1',
    'search',
  ],
  [
    'leboncoin.fr',
    'leboncoin/leboncoin-search-voitures-toyota-camry-2024.html.gz',
    'https://www.leboncoin.fr/f/voitures/brand--Toyota/model--Camry',
    'search',
  ],
  [
    'mercadolibre.com.pe',
    'mercadolibre/mercadolibre-pe-search-laptop-2025.html.gz',
    'https://listado.mercadolibre.com.pe/laptop',
    'search',
  ],
  [
    'mercari.com (jp)',
    'mercari-jp/jp-search-grid-fragment-louis-vuitton-2025.html.gz',
    'https://jp.mercari.com/search?keyword=%E3%83%AB%E3%82%A4%E3%83%B4%E3%82%A3%E3%83%88%E3%83%B3',
    'search',
  ],
  [
    'mercari.com (jp)',
    'mercari-jp/jp-search-nintendo-switch-2025-rendered.html.gz',
    'https://jp.mercari.com/search?keyword=nintendo%20switch',
    'search',
  ],
  [
    'mercari.com',
    'mercari-us/us-homepage-item-tiles-2025-rendered.html.gz',
    'https://www.mercari.com/',
    'home page',
  ],
  [
    'mercari.com',
    'mercari-us/us-search-gameboy-zero-state-2025.html.gz',
    'https://www.mercari.com/search/?keyword=gameboy',
    'no results',
  ],
  [
    'momoshop.com.tw',
    'momo/momo-search-iphone-2026.html.gz',
    'https://www.momoshop.com.tw/search/iphone',
    'search',
  ],
  [
    'fril.jp',
    'rakuma/rakuma-shop-listing-2026.html.gz',
    'https://fril.jp/shop/3c65d78bc0e1eadbe2a3528b344d8311?page=1',
    'shop list',
  ],
  [
    'shopee.com.br',
    'shopee/shopee-br-login-wall-2026.html.gz',
    'https://shopee.com.br/search?keyword=celular',
    'login wall',
  ],
  [
    'wallapop.com',
    'wallapop/wallapop-es-search-iphone-2025.html.gz',
    'https://es.wallapop.com/app/search?keywords=iphone',
    'search',
  ],
  [
    'yahoo.co.jp auctions',
    'yahoo-auctions-jp/yahuoku-closedsearch-manaphy-2026.html.gz',
    'https://auctions.yahoo.co.jp/closedsearch/closedsearch/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89%20%E3%83%9E%E3%83%8A%E3%83%95%E3%82%A3%20004%2Fppp/0/',
    'sold search',
  ],
  [
    'yahoo.co.jp auctions',
    'yahoo-auctions-jp/yahuoku-myauction-won-list-trimmed.html.gz',
    'https://auctions.yahoo.co.jp/closeduser/jp/show/mystatus?select=won',
    'won list',
  ],
  [
    'yahoo.co.jp auctions',
    'yahoo-auctions-jp/yahuoku-search-mario-2026.html.gz',
    'https://auctions.yahoo.co.jp/search/search/%E3%83%9E%E3%83%AA%E3%82%AA/0/',
    'search',
  ],
  [
    'yahoo.co.jp fleamarket',
    'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html.gz',
    'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89',
    'search',
  ],
  [
    'tw.buy.yahoo.com',
    'yahoo-tw-shopping/tw-buy-yahoo-search-iphone-2026.html.gz',
    'https://tw.buy.yahoo.com/search/product?p=iphone',
    'search',
  ],
].map(([source, fixture, url, read]) => other(source, fixture, url, read));

/**
 * The currency a user would confirm for each page's shop when turning it on, as the user knows the
 * shop (its country and the prices it shows them), written by hand per page, not read from the
 * reader: "with the shop's currency confirmed" in `npm run eval:generic`. Where the page shows
 * another currency explicitly (an ebay.com item priced "EUR 3,500.00", Etsy in the visitor's
 * euros) the user's choice is still the shop's home one: the page's own mark must win.
 */
const SHOP_CURRENCIES = {
  // product pages
  'aliexpress/aliexpress-he-item-32993251330-2020.html.gz': 'EUR', // the visitor sees every price in €
  'amazon/amazon-com-dp-B0CD1DZ6RD-2026.html.gz': 'USD',
  'carousell/carousell-sg-item-macbook-air-2025.html.gz': 'SGD',
  'craigslist/craigslist-manchester-item-washing-machine.html.gz': 'GBP', // manchester = England, £ shown
  'ebay/ebay-co-uk-item-auction-used-2020.html.gz': 'GBP',
  'ebay/ebay-com-item-226771798286-2025-x-price.html.gz': 'USD', // the item itself shows EUR
  'ebay/ebay-com-item-381228738769-old-vi.html.gz': 'USD',
  'ebay/ebay-com-item-bin-2020-prcIsum.html.gz': 'USD', // the item itself shows GBP
  'etsy/etsy-es-listing-1385245506-2026.html.gz': 'EUR', // Etsy's Spanish pages, prices in €
  'etsy/etsy-listing-1394647088-2026.html.gz': 'USD',
  'generic-jsonld/fye-com-product-og-microdata.html.gz': 'USD', // an American shop
  'generic-jsonld/monsterpetsupplies-uk-product-microdata.html.gz': 'GBP',
  'generic-jsonld/shopify-anyeluz-product-jsonld-2026.html.gz': 'COP', // a Colombian shop
  'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html.gz': 'EUR',
  'mercadolibre/mercadolibre-co-product-MCO42090990-2026.html.gz': 'COP',
  'mercari-jp/jp-item-m51411599843.html.gz': 'JPY',
  'mercari-jp/jp-item-sold-m96084058332.html.gz': 'JPY',
  'pchome/pcstore-com-tw-pchome24h-item.html.gz': 'TWD',
  'taobao/taobao-item-562283240178-2020.html.gz': 'CNY',
  'taobao/tmall-item-605258110430-2020.html.gz': 'CNY',
  'yahoo-auctions-jp/yahuoku-item-active-1219987808-2026.html.gz': 'JPY',
  'yahoo-auctions-jp/yahuoku-item-ended-2021-trimmed.html.gz': 'JPY',
  'yahoo-fleamarket/paypayfleamarket-item-z604620404-2026.html.gz': 'JPY',
  // pages that are not one product's
  'amazon/amazon-de-search-2022.html.gz': 'EUR',
  'amazon/amazon-es-search-god-of-war-2025-rendered.html.gz': 'EUR',
  'avito/avito-ip-block-page-2026.html.gz': 'RUB',
  'carousell/carousell-sg-search-airpods-max-2025.html.gz': 'SGD',
  'carousell/carousell-sg-search-bike-2025.html.gz': 'SGD',
  'craigslist/craigslist-nyc-search-furniture-2009.html.gz': 'USD',
  'craigslist/craigslist-sfbay-search-surfboard-2025.html.gz': 'USD',
  'dealabs/dealabs-groupe-lego-deals.html.gz': 'EUR',
  'depop/depop-search-champion-reverse-weave-2025-rendered.html.gz': 'USD', // "$" prices shown
  'ebay/ebay-bot-challenge-pardon-our-interruption.html.gz': 'USD',
  'ebay/ebay-com-motors-search-bmw-e28-2025-s-item.html.gz': 'USD',
  'ebay/ebay-com-search-pokemon-2026-s-card.html.gz': 'USD',
  'ebay/ebay-com-search-shirts-2025-s-item-prettified.html.gz': 'USD',
  'ebay/ebay-com-seller-items-2026-s-card.html.gz': 'USD',
  'ebay/ebay-com-sold-search-champion-2025-s-card.html.gz': 'USD',
  'ebay/ebay-com-sold-search-pink-floyd-cd-2026-ja.html.gz': 'USD', // seen with a Japanese interface
  'ebay/ebay-de-search-apple-2022-s-item.html.gz': 'EUR',
  'facebook-marketplace/fb-marketplace-ph-search-toyota-vios-2026.html.gz': 'PHP', // Manila
  'facebook-marketplace/fb-marketplace-search-electric-guitar-philadelphia-2026.html.gz': 'USD',
  'gumtree/gumtree-au-pets-vic-listing-2015-with-http-headers.html.gz': 'AUD',
  'gumtree/gumtree-pl-wroclaw-rooms-search-2018.html.gz': 'PLN',
  'leboncoin/leboncoin-search-voitures-toyota-camry-2024.html.gz': 'EUR',
  'mercadolibre/mercadolibre-pe-search-laptop-2025.html.gz': 'PEN',
  'mercari-jp/jp-search-grid-fragment-louis-vuitton-2025.html.gz': 'JPY',
  'mercari-jp/jp-search-nintendo-switch-2025-rendered.html.gz': 'JPY',
  'mercari-us/us-homepage-item-tiles-2025-rendered.html.gz': 'USD',
  'mercari-us/us-search-gameboy-zero-state-2025.html.gz': 'USD',
  'momo/momo-search-iphone-2026.html.gz': 'TWD',
  'rakuma/rakuma-shop-listing-2026.html.gz': 'JPY',
  'shopee/shopee-br-login-wall-2026.html.gz': 'BRL',
  'wallapop/wallapop-es-search-iphone-2025.html.gz': 'EUR',
  'yahoo-auctions-jp/yahuoku-closedsearch-manaphy-2026.html.gz': 'JPY',
  'yahoo-auctions-jp/yahuoku-myauction-won-list-trimmed.html.gz': 'JPY',
  'yahoo-auctions-jp/yahuoku-search-mario-2026.html.gz': 'JPY',
  'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html.gz': 'JPY',
  'yahoo-tw-shopping/tw-buy-yahoo-search-iphone-2026.html.gz': 'TWD',
};
for (const page of [...productPages, ...otherPages]) page.shopCurrency = SHOP_CURRENCIES[page.fixture];

/**
 * The three shops' pages WITH their structured data, as published: the structured reader must
 * still come first and give the published price (fye 17.99 USD, monsterpetsupplies 5.29..9.56 GBP,
 * anyeluz 173000 COP: read in their JSON-LD / microdata / og meta, see test/sites/generic.test.ts).
 */
export const structuredPages = [
  { ...productPages.find((p) => p.source === 'fye.com'), strip: false },
  { ...productPages.find((p) => p.source === 'monsterpetsupplies.co.uk'), strip: false },
  { ...productPages.find((p) => p.source === 'anyeluz.com'), strip: false },
].map((page) => ({ ...page, source: `${page.source} (structured)`, read: 'its structured data' }));
