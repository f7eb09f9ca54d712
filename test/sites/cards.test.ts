// Hand-written snippets: the shared search-card helpers of utils/sites/cards.ts, read directly.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { cardOf, cardPrice, httpsImage, linkedCards, plainCard } from '../../utils/sites/cards';

const HREF = 'https://shop.example/search?q=switch';
const doc = (body: string) =>
  documentFromHtml(`<!doctype html><html><head></head><body>${body}</body></html>`, HREF);
/** The first element matching `selector` in a page made of `body`. */
const el = (body: string, selector = 'body > *') => {
  const found = doc(body).querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const DOLLARS = /^\$\s?\d[\d,]*(?:\.\d\d)?(?:\s?-\s?\$\s?\d[\d,]*(?:\.\d\d)?)?$/;
const EUROS = /^(?:€\s?\d[\d.,]*|\d[\d.,]*\s?€)$/;

describe('cardPrice', () => {
  it('takes the one marked price, struck-out prices skipped, the hint as currency', () => {
    const card = el('<div><span>Switch</span><s>$400</s><b>$250</b><i>12 sold</i></div>');
    expect(cardPrice(card, 'USD', DOLLARS)).toEqual({ price: { amount: 250, currency: 'USD' } });
    expect(cardPrice(card, null, DOLLARS)?.price.amount).toBe(250);
    expect(cardPrice(el('<div><b>$250</b><del>$400</del></div>'), 'USD', DOLLARS)?.price.amount).toBe(250);
  });

  it('reads a range as price..priceMax; two different prices or none → null', () => {
    expect(cardPrice(el('<div><b>$100 - $300</b></div>'), 'USD', DOLLARS)).toEqual({
      price: { amount: 100, currency: 'USD' },
      priceMax: 300,
    });
    expect(cardPrice(el('<div><b>$250</b><b>$260</b></div>'), 'USD', DOLLARS)).toBe(null);
    expect(cardPrice(el('<div><b>$250</b><b>$250</b></div>'), 'USD', DOLLARS)?.price.amount).toBe(250);
    expect(cardPrice(el('<div><b>250 dollars</b></div>'), 'USD', DOLLARS)).toBe(null);
  });

  it('skips the site’s own struck selectors and reads with the locale hint', () => {
    const card = el('<div><span class="price--old">1.500 €</span><span>1.200 €</span></div>');
    expect(cardPrice(card, 'EUR', EUROS)).toBe(null);
    const rule = { struck: '[class*="price--old"]', locale: 'es-ES' };
    expect(cardPrice(card, 'EUR', EUROS, rule)).toEqual({ price: { amount: 1200, currency: 'EUR' } });
  });

  it('by default passes over the elements inside a price taken; nested: reads them too', () => {
    const card = el('<div><span><b>$25</b>.99</span></div>');
    expect(cardPrice(card, 'USD', DOLLARS)?.price.amount).toBe(25.99);
    expect(cardPrice(card, 'USD', DOLLARS, { nested: true })).toBe(null);
  });

  it('by default passes over a price-shaped element without an amount; strict: it voids the card', () => {
    const card = el('<div><b>$0</b><b>$25</b></div>');
    expect(cardPrice(card, 'USD', DOLLARS)?.price.amount).toBe(25);
    expect(cardPrice(card, 'USD', DOLLARS, { strict: true })).toBe(null);
  });
});

describe('cardOf', () => {
  const SITE = { link: 'a[href*="/item/"]', card: '.card' };

  it('is the site’s card element around the link', () => {
    const link = el('<div class="card"><p><a href="/item/111">x</a></p><a href="/item/222">y</a></div>', 'a');
    expect(cardOf(link, '111', SITE).className).toBe('card');
  });

  it('else the largest ancestor linking to no other item', () => {
    const page = doc(`<ul id="grid">
      <li id="one"><div id="box"><a href="/item/111"><img alt="One"></a><a href="/item/111">One</a></div></li>
      <li id="two"><div><a href="/item/222">Two</a></div></li></ul>`);
    const link = page.querySelector('a[href="/item/111"]') as Element;
    expect(cardOf(link, '111', SITE).id).toBe('one');
  });

  it('keeps every selector of a link list to other items', () => {
    const site = { link: 'a[href*="-i."],a[href*="/product/"]', card: '.cell' };
    const page = doc(`<section><div id="a"><a href="/Switch-i.1.111">A</a></div>
      <div><a href="/product/1/222">B</a></div></section>`);
    const link = page.querySelector('a') as Element;
    expect(cardOf(link, '111', site).id).toBe('a');
  });
});

describe('linkedCards', () => {
  const page = doc(`
    <div class="card"><a href="/item/111"><img src="https://img.example/1.jpg" alt="One"></a>
      <a href="/item/111" title="One (link)">One</a><b>$10</b></div>
    <div class="card"><a href="/item/222">Two, no price</a></div>
    <div class="card"><a href="/item/333"><img src="http://img.example/3.jpg" alt="Three"></a><b>$30</b></div>
    <a href="/about">About</a>`);
  const spec = { link: 'a[href*="/item/"]', id: /\/item\/(\d+)$/, card: '.card' };

  it('hands each item link’s card to `read`; an item read has its other links passed over', () => {
    const seen: string[] = [];
    const listings = linkedCards(page, spec, ({ card, id, match, link }) => {
      seen.push(`${id} ${match[0]} ${link.textContent?.trim()}`);
      const priced = cardPrice(card, 'USD', DOLLARS);
      const title = card.querySelector('img')?.getAttribute('alt');
      if (!priced || !title) return null;
      return { site: 'shop', itemId: id, url: `${HREF}${id}`, title, ...priced, status: 'active' };
    });
    expect(listings.map((listing) => [listing.itemId, listing.price.amount])).toEqual([
      ['111', 10],
      ['333', 30],
    ]);
    expect(seen).toEqual(['111 /item/111 ', '222 /item/222 Two, no price', '333 /item/333 ']);
  });

  it('tries the next link of an item whose card gave nothing; `itemId` makes the listing’s id', () => {
    const ids: string[] = [];
    const spec = {
      link: 'a',
      id: /\/shop\/(\d+)\/(\d+)$/,
      itemId: (m: RegExpExecArray) => `${m[1]}.${m[2]}`,
    };
    const listings = linkedCards(
      doc(
        '<a href="/shop/1/9">no price</a><a href="/shop/1/9" title="Nine">$9</a><a href="/shop/2/9">$9</a>',
      ),
      spec,
      ({ card, id }) => {
        ids.push(id);
        const price = cardPrice(card, 'USD', DOLLARS)?.price;
        const title = card.getAttribute('title') || card.textContent;
        return price && title
          ? { site: 'shop', itemId: id, url: HREF, title, price, status: 'active' }
          : null;
      },
    );
    expect(ids).toEqual(['1.9', '1.9', '2.9']);
    expect(listings.map((listing) => [listing.itemId, listing.title])).toEqual([
      ['1.9', 'Nine'],
      ['2.9', '$9'],
    ]);
  });

  it('without a card selector the link is the card; the id is the last group', () => {
    const cards: string[] = [];
    linkedCards(page, { link: 'a', id: /\/(item)\/(\d+)/ }, ({ card, id }) => {
      cards.push(`${card.tagName} ${id}`);
      return null;
    });
    expect(cards).toEqual(['A 111', 'A 111', 'A 222', 'A 333']);
  });

  it('reads plain cards: title element, else image alt, else link title; https images only', () => {
    const read = plainCard({
      site: 'shop',
      title: '.name',
      currency: 'USD',
      shape: DOLLARS,
      url: (id) => `https://shop.example/item/${id}`,
    });
    expect(linkedCards(page, spec, read)).toEqual([
      {
        site: 'shop',
        itemId: '111',
        url: 'https://shop.example/item/111',
        title: 'One',
        price: { amount: 10, currency: 'USD' },
        status: 'active',
        imageUrl: 'https://img.example/1.jpg',
      },
      {
        site: 'shop',
        itemId: '333',
        url: 'https://shop.example/item/333',
        title: 'Three',
        price: { amount: 30, currency: 'USD' },
        status: 'active',
      },
    ]);
  });
});

describe('httpsImage', () => {
  it('gives { imageUrl } for https sources only', () => {
    expect(httpsImage('https://img.example/1.jpg')).toEqual({ imageUrl: 'https://img.example/1.jpg' });
    expect(httpsImage('http://img.example/1.jpg')).toEqual({});
    expect(httpsImage('data:image/gif;base64,R0lGOD')).toEqual({});
    expect(httpsImage(null)).toEqual({});
  });
});
