// The saved pages the end-to-end suites visit, the real URL each is served at, and what a
// person reading the saved page sees on it. Every expected value below was read from the
// saved HTML by hand (view-source / DOM inspection), not from the extension's output.
//
// Adding a site = one entry:
//   {
//     name: 'mercari.jp search',                            // used in check names
//     url: 'https://jp.mercari.com/search?keyword=...',     // host + path + query it is served at
//     fixture: 'mercari-jp/jp-search-....html.gz',          // under test/fixtures/
//     charset: 'gbk',                                       // only if the page does not declare it
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
    // eBay's anti-bot interstitial ("Pardon Our Interruption...") where a search was asked for
    name: 'ebay.com bot challenge page',
    url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon&_pgn=2',
    fixture: 'ebay/ebay-bot-challenge-pardon-our-interruption.html.gz',
    expect: { ids: '' },
  },
];

/** Route table of the fixture server: { host, path (with query), fixture, charset, scripts }. */
export const routes = pages.map(({ url, fixture, charset, scripts }) => {
  const parsed = new URL(url);
  return { host: parsed.hostname, path: parsed.pathname + parsed.search, fixture, charset, scripts };
});

/** Every host served, for the certificate and the browsers' host resolution. */
export const hosts = [...new Set(routes.map((route) => route.host))].sort();

for (const page of pages) {
  if (page.expect) page.expect.ids = page.expect.ids.split(/\s+/).filter(Boolean);
}
