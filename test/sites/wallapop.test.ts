// The search page below is a real saved page (test/fixtures/wallapop). The other tests are hand-written
// snippets: markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { wallapop } from '../../utils/sites/wallapop';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return wallapop.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const SEARCH = 'https://es.wallapop.com/app/search?keywords=switch';
const ITEM = 'https://es.wallapop.com/item/nintendo-switch-oled-blanca-1012345678';

/** Older markup: a.ItemCardList__item around tsl-public-item-card. */
const oldCard = (slug: string, title: string, price: string, badge = '') => `
  <a class="ItemCardList__item" href="https://es.wallapop.com/item/${slug}" title="${title}">
    <tsl-public-item-card><div class="ItemCard ItemCard--vertical">
      <div class="ItemCard__image"><img alt="${title}" src="https://cdn.wallapop.com/images/10420/${slug}.jpg">${badge}</div>
      <div class="ItemCard__content"><span class="ItemCard__price ItemCard__price--bold">${price}</span>
        <p class="ItemCard__title my-1">${title}</p><span>Envío disponible</span></div>
    </div></tsl-public-item-card>
  </a>`;

describe('wallapop adapter', () => {
  it('claims the Wallapop country hosts and tells page kinds', () => {
    for (const host of ['es.wallapop.com', 'it.wallapop.com', 'pt.wallapop.com', 'www.wallapop.com'])
      expect(wallapop.claims(new URL(`https://${host}/`)), host).toBe(true);
    expect(wallapop.claims(new URL('https://api.wallapop.com/api/v3/search'))).toBe(false);
    expect(wallapop.pageKind(new URL(SEARCH))).toBe('search');
    expect(wallapop.pageKind(new URL('https://es.wallapop.com/search?keywords=switch'))).toBe('search');
    expect(wallapop.pageKind(new URL(ITEM))).toBe('item');
    expect(wallapop.pageKind(new URL('https://es.wallapop.com/user/juan-123'))).toBe(null);
    for (const example of wallapop.examples)
      expect(wallapop.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the item page from its JSON-LD, id from the end of the slug', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Nintendo Switch OLED blanca',
      offers: {
        '@type': 'Offer',
        price: 260,
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
    });
    expect(extract('<h1>Nintendo Switch OLED blanca</h1>', ITEM, head)).toEqual([
      {
        site: 'wallapop',
        itemId: '1012345678',
        url: ITEM,
        title: 'Nintendo Switch OLED blanca',
        price: { amount: 260, currency: 'EUR' },
        status: 'active',
      },
    ]);
    expect(extract('<h1>x</h1><span class="price">260 €</span>', ITEM)).toEqual([]);
  });

  it('reads search cards (older markup): thousands dot, sold badge, reserved still active', () => {
    const body = `<div class="ItemCardList">
      ${oldCard('nintendo-switch-oled-1012345678', 'Nintendo Switch OLED', '260 €')}
      ${oldCard('switch-lite-1012345679', 'Switch Lite', '1.200 €', '<walla-badge class="ItemCard__badge">Vendido</walla-badge>')}
      ${oldCard('switch-juegos-1012345680', 'Juegos Switch', '45,50 €', '<div class="ItemCard__badge">Reservado</div>')}
      ${oldCard('sin-precio-1012345681', 'Sin precio', '')}
    </div>`;
    const listings = extract(body, SEARCH);
    expect(listings.map((listing) => listing.itemId)).toEqual(['1012345678', '1012345679', '1012345680']);
    expect(listings[0]).toEqual({
      site: 'wallapop',
      itemId: '1012345678',
      url: 'https://es.wallapop.com/item/nintendo-switch-oled-1012345678',
      title: 'Nintendo Switch OLED',
      price: { amount: 260, currency: 'EUR' },
      status: 'active',
      imageUrl: 'https://cdn.wallapop.com/images/10420/nintendo-switch-oled-1012345678.jpg',
    });
    expect(listings[1]).toMatchObject({ price: { amount: 1200, currency: 'EUR' }, status: 'sold' });
    expect(listings[2]).toMatchObject({ price: { amount: 45.5, currency: 'EUR' }, status: 'active' });
  });

  it('reads the newer CSS-module markup, skipping a struck old price', () => {
    const body = `<div>
      <a href="/item/iphone-13-987654321" class="item-card_ItemCard--vertical__a1b2c">
        <img alt="iPhone 13" src="https://cdn.wallapop.com/images/x.jpg">
        <strong class="item-card_ItemCard__price__d3e4f">400 €</strong>
        <span class="item-card_ItemCard__price--old__g5h6">450 €</span>
        <h3 class="item-card_ItemCard__title__i7j8k">iPhone 13 128GB</h3>
      </a></div>`;
    expect(extract(body, 'https://it.wallapop.com/app/search?keywords=iphone')).toEqual([
      {
        site: 'wallapop',
        itemId: '987654321',
        url: 'https://it.wallapop.com/item/iphone-13-987654321',
        title: 'iPhone 13 128GB',
        price: { amount: 400, currency: 'EUR' },
        status: 'active',
        imageUrl: 'https://cdn.wallapop.com/images/x.jpg',
      },
    ]);
  });

  it('does not throw on malformed pages', () => {
    expect(extract('<a class="ItemCardList__item" href="/item/x-1234567"><garbage', SEARCH)).toEqual([]);
    expect(extract('<script type="application/ld+json">{{</script>', ITEM)).toEqual([]);
    const listings = extract(oldCard('x-1234567', 'w'.repeat(100_000), '10 €'), SEARCH);
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'EUR' });
  });
});

describe('wallapop adapter: a saved search page (iphone, es.wallapop.com, 2025)', () => {
  const name = 'wallapop/wallapop-es-search-iphone-2025.html';
  const href = 'https://es.wallapop.com/app/search?keywords=iphone';
  const listings = wallapop.extract(fixtureDocument(name, href), new URL(href));
  const html = loadFixture(name);

  it('records all 40 cards, in EUR, all for sale', () => {
    // 40 <a class="ItemCardList__item" title=… href=…/item/…> cards, each with one ItemCard__price
    // ("199,00&nbsp;€") and one ItemCard__title; no "Reservado"/"Vendido" text is in the saved page
    // (the badges are web components with a shadow DOM).
    const ids = [...html.matchAll(/class="ItemCardList__item" title="[^"]*" href="[^"]*-(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(40);
    expect(html.match(/class="ItemCard__price ItemCard__price--bold"/g)).toHaveLength(40);
    expect(html).not.toMatch(/Reservado|Vendido/);
    expect(listings.map((listing) => listing.itemId)).toEqual(ids);
    expect(listings.every((listing) => listing.price.currency === 'EUR' && listing.status === 'active')).toBe(
      true,
    );
  });

  it('reads the first, a repair-service and the last card', () => {
    expect(listings[0]).toEqual({
      site: 'wallapop',
      itemId: '1020751888',
      url: 'https://es.wallapop.com/item/iphone-12-128-gb-1020751888',
      title: 'iPhone 12 mini, 13 128 GB',
      price: { amount: 199, currency: 'EUR' }, // " 199,00&nbsp;€ "
      status: 'active',
      imageUrl:
        'https://cdn.wallapop.com/images/10420/gv/q9/__/c10420p1020751888/i4976835322.jpg?pictureSize=W640',
    });
    expect(listings[25]).toMatchObject({
      itemId: '1124629363',
      title: 'Reparación de pantalla iPhone 14',
      price: { amount: 90, currency: 'EUR' },
    });
    expect(listings[39]).toMatchObject({
      itemId: '1124607961',
      url: 'https://es.wallapop.com/item/iphone-12-128gb-negro-1124607961',
      title: 'IPHONE 12 128GB NEGRO',
      price: { amount: 230, currency: 'EUR' },
    });
  });

  it('reads cents: "169,99 €"', () => {
    expect(html).toContain('169,99&nbsp;€');
    expect(listings.find((listing) => listing.itemId === '1124638439')?.price).toEqual({
      amount: 169.99,
      currency: 'EUR',
    });
  });

  it('reads the live nesting the same (each card inside its item link)', () => {
    // The live page's DOM, as Angular builds it, keeps each card inside its link; rebuild that from
    // the saved page's own card markup (first card) and read it.
    const start = html.indexOf('<a _ngcontent-ehj-c140="" tslitemanchorroute="" class="ItemCardList__item"');
    const link = html.slice(start, html.indexOf('>', start) + 1);
    const card = html.slice(html.indexOf('<div _ngcontent-ehj-c64="" class="ItemCard__data', start));
    const data = card.slice(0, card.indexOf('</tsl-public-item-card>'));
    const doc = documentFromHtml(`<html><body>${link}${data}</a></body></html>`, href);
    expect(wallapop.extract(doc, new URL(href))).toMatchObject([
      { itemId: '1020751888', title: 'iPhone 12 mini, 13 128 GB', price: { amount: 199, currency: 'EUR' } },
    ]);
  });
});
