import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { locateCards, locateItemPrice } from '../../utils/inpage/locate';
import type { Listing } from '../../utils/listing';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';

function page(file: string, pageUrl: string) {
  const url = new URL(pageUrl);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${pageUrl}`);
  const doc = fixtureDocument(file, pageUrl);
  const { listings } = extractPage(adapter, doc, url);
  return { doc, site: adapter.id, listings: listings.filter((listing) => !listing.related) };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Search pages whose cards are all in the saved HTML: every card's price is found, inside the
 * card of its own link. The spot checks are the price text read in the saved page by hand.
 */
const SEARCHES: {
  file: string;
  url: string;
  spot: [string, string][];
}[] = [
  {
    file: 'ebay/ebay-com-search-pokemon-2026-s-card.html',
    url: 'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    // li[data-listingid=168535826926] .s-card__price
    spot: [['168535826926', '$127.50']],
  },
  {
    file: 'ebay/ebay-com-sold-search-champion-2025-s-card.html',
    url: 'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
    spot: [],
  },
  {
    file: 'ebay/ebay-com-search-shirts-2025-s-item-prettified.html',
    url: 'https://www.ebay.com/sch/i.html?_nkw=shirts&_sop=12&_kwlnd=1',
    // li#item3af65c4b7d .s-item__price: a range, "$10.44 to $15.96"
    spot: [['253241346941', '$10.44 to $15.96']],
  },
  {
    file: 'depop/depop-search-champion-reverse-weave-2025-rendered.html',
    url: 'https://www.depop.com/search/?q=champion%20reverse%20weave',
    // the card of /products/hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt/ reads "$37.44 M Champion"
    spot: [['hermitsdenvintage-vintage-champion-reverse-weave-sweatshirt', '$37.44']],
  },
  {
    file: 'yahoo-auctions-jp/yahuoku-search-mario-2026.html',
    url: 'https://auctions.yahoo.co.jp/search/search/%E3%83%9E%E3%83%AA%E3%82%AA/0/',
    spot: [],
  },
  {
    file: 'mercari-jp/jp-search-nintendo-switch-2025-rendered.html',
    url: 'https://jp.mercari.com/search?keyword=nintendo%20switch',
    spot: [],
  },
  {
    file: 'yahoo-fleamarket/paypayfleamarket-search-pokemon-card-2026.html',
    url: 'https://paypayfleamarket.yahoo.co.jp/search/%E3%83%9D%E3%82%B1%E3%83%A2%E3%83%B3%E3%82%AB%E3%83%BC%E3%83%89',
    spot: [],
  },
  {
    file: 'craigslist/craigslist-sfbay-search-surfboard-2025.html',
    url: 'https://sfbay.craigslist.org/search/sss?query=surfing%20board',
    spot: [],
  },
  {
    file: 'facebook-marketplace/fb-marketplace-search-electric-guitar-philadelphia-2026.html',
    url: 'https://www.facebook.com/marketplace/philadelphia/search/?query=electric%20guitar',
    spot: [],
  },
  {
    // Click-tracking links carry no item id: the card is found by its title link.
    file: 'mercadolibre/mercadolibre-pe-search-laptop-2025.html',
    url: 'https://listado.mercadolibre.com.pe/laptop',
    spot: [],
  },
];

describe('locateCards: the price of every card, from the listing alone', () => {
  it.each(SEARCHES)('$file', ({ file, url, spot }) => {
    const { doc, site, listings } = page(file, url);
    const located = locateCards(doc, listings, site);
    expect(located.length, 'cards located').toBe(listings.length);
    for (const { listing, price, card } of located) {
      expect(card.contains(price)).toBe(true);
      // The element's text is the listing's price (its digits are the amount's, whatever the format).
      const digits = text(price).replace(/\D/g, '');
      expect(digits, `${listing.itemId}: "${text(price)}"`).toContain(
        String(Math.floor(listing.price.amount)),
      );
      // The card holds no other listing's link.
      for (const other of listings)
        if (other !== listing)
          expect(
            card.querySelector(`a[href*="${CSS.escape(other.itemId)}"]`),
            `${listing.itemId} holds ${other.itemId}`,
          ).toBeNull();
    }
    for (const [id, shown] of spot) {
      const found = located.find((entry) => entry.listing.itemId === id);
      expect(text(found?.price), id).toBe(shown);
    }
  });

  it('finds no card for a listing the page does not show', () => {
    const { doc, site, listings } = page(
      'ebay/ebay-com-search-pokemon-2026-s-card.html',
      'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    );
    const ghost: Listing = {
      ...(listings[0] as Listing),
      itemId: '999999999999',
      url: 'https://www.ebay.com/itm/999999999999',
    };
    expect(locateCards(doc, [ghost], site)).toEqual([]);
  });

  it('gives up on a card whose shown price is not the listing’s (no guessing)', () => {
    const { doc, site, listings } = page(
      'ebay/ebay-com-search-pokemon-2026-s-card.html',
      'https://www.ebay.com/sch/i.html?_nkw=pokemon',
    );
    const wrong = { ...(listings[0] as Listing), price: { amount: 123456.78, currency: 'USD' } };
    expect(locateCards(doc, [wrong], site)).toEqual([]);
  });
});

/** Item pages: the element of the item's own price, read in the saved page by hand. */
const ITEMS: { file: string; url: string; shown: string; where: string }[] = [
  {
    file: 'ebay/ebay-co-uk-item-auction-used-2020.html',
    url: 'https://www.ebay.co.uk/itm/143863282131',
    shown: '£115.00',
    where: 'span#prcIsum_bidPrice',
  },
  {
    file: 'ebay/ebay-com-item-226771798286-2025-x-price.html',
    url: 'https://www.ebay.com/itm/226771798286',
    shown: 'EUR 3,500.00',
    where: '.x-price-primary span',
  },
  {
    file: 'amazon/amazon-com-dp-B0CD1DZ6RD-2026.html',
    url: 'https://www.amazon.com/Skullcandy-Canceling-Headphones-Microphone-Bluetooth/dp/B0CD1DZ6RD',
    shown: '$239.99',
    where: '.a-price > span[aria-hidden]',
  },
  {
    file: 'mercari-jp/jp-item-sold-m96084058332.html',
    url: 'https://jp.mercari.com/item/m96084058332',
    shown: '4,500',
    where: '[data-testid=price] > span',
  },
  {
    file: 'yahoo-auctions-jp/yahuoku-item-active-1219987808-2026.html',
    url: 'https://auctions.yahoo.co.jp/jp/auction/1219987808',
    shown: '3,600円',
    where: 'dd > span',
  },
  {
    file: 'kleinanzeigen/kleinanzeigen-de-ad-bmw-r100gs-2025.html',
    url: 'https://www.kleinanzeigen.de/s-anzeige/bmw-r-100-gs-35-mm-tiefer/3065504213-305-2050',
    shown: '5.100 € VB',
    where: 'h2#viewad-price',
  },
  {
    file: 'carousell/carousell-sg-item-macbook-air-2025.html',
    url: 'https://www.carousell.sg/p/2017-macbook-air-13%E2%80%9D-2017-128gb-1377538161/',
    shown: 'S$250',
    where: '#FieldSetField-Container-field_price h3 (not the sticky header copy)',
  },
  {
    file: 'mercadolibre/mercadolibre-co-product-MCO42090990-2026.html',
    url: 'https://www.mercadolibre.com.co/lamparas-tipo-spot-con-riel-de-1m-x-3-unid-de-10w-estructura-negro-luz-blanca/p/MCO42090990',
    shown: '71.492',
    where: '.andes-money-amount__fraction (not the "2 productos nuevos desde" button)',
  },
  {
    file: 'craigslist/craigslist-manchester-item-washing-machine.html',
    url: 'https://manchester.craigslist.org/app/d/salford-indesit-washing-machine-6kg/7235216655.html',
    shown: '£50',
    where: 'h1 .price',
  },
];

describe('locateItemPrice: the item page’s own price', () => {
  it.each(ITEMS)('$file: $where', ({ file, url, shown }) => {
    const { doc, site, listings } = page(file, url);
    const own = listings[0] as Listing;
    expect(text(locateItemPrice(doc, own, site))).toBe(shown);
  });

  it('the carousell price is the one under the heading, not the sticky header’s copy', () => {
    const { doc, site, listings } = page(
      'carousell/carousell-sg-item-macbook-air-2025.html',
      'https://www.carousell.sg/p/2017-macbook-air-13%E2%80%9D-2017-128gb-1377538161/',
    );
    const found = locateItemPrice(doc, listings[0] as Listing, site);
    expect(found?.closest('#FieldSetField-Container-field_price')).not.toBeNull();
  });
});
