// Hand-written snippets: no saved page of vinted exists in the fixtures; markup reconstructed from knowledge of the site, not verified on a real page.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { vinted } from '../../utils/sites/vinted';

function extract(body: string, href: string, head = '') {
  const doc = documentFromHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, href);
  return vinted.extract(doc, new URL(href));
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ITEM = 'https://www.vinted.fr/items/4321098765-jean-levis-501';

const card = (host: string, id: string, label: string, price: string) => `
  <div data-testid="grid-item" class="feed-grid__item">
    <div class="new-item-box__container" data-testid="product-item-id-${id}">
      <div class="new-item-box__image-container">
        <img src="https://images1.vinted.net/t/${id}.webp" alt="${label}" data-testid="product-item-id-${id}--image--img">
        <a href="https://${host}/items/${id}-slug?referrer=catalog" class="new-item-box__overlay new-item-box__overlay--clickable" data-testid="product-item-id-${id}--overlay-link" title="${label}"></a>
      </div>
      <div class="new-item-box__summary">
        <p data-testid="product-item-id-${id}--description-title">Levi's</p>
        <p data-testid="product-item-id-${id}--description-subtitle">W32 · Très bon état</p>
        <p data-testid="product-item-id-${id}--price-text">${price}</p>
        <div><p>27,45 €</p><span>incl.</span></div>
      </div>
    </div>
  </div>`;

describe('vinted adapter', () => {
  it('claims the Vinted country sites and tells page kinds', () => {
    for (const tld of ['fr', 'de', 'co.uk', 'com', 'pl', 'cz', 'it', 'es', 'nl', 'be'])
      expect(vinted.claims(new URL(`https://www.vinted.${tld}/`)), tld).toBe(true);
    expect(vinted.claims(new URL('https://www.vinted.fr.example.com/'))).toBe(false);
    expect(vinted.pageKind(new URL(ITEM))).toBe('item');
    expect(vinted.pageKind(new URL('https://www.vinted.fr/items/4321098765'))).toBe('item');
    expect(vinted.pageKind(new URL('https://www.vinted.fr/catalog?search_text=levis'))).toBe('search');
    expect(vinted.pageKind(new URL('https://www.vinted.fr/catalog/5-hommes'))).toBe('search');
    expect(vinted.pageKind(new URL('https://www.vinted.fr/member/123-x'))).toBe(null);
    for (const example of vinted.examples) expect(vinted.pageKind(new URL(example.url))).toBe(example.kind);
  });

  it('reads the item page from its JSON-LD, the condition as the site words it', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Jean Levis 501',
      offers: {
        '@type': 'Offer',
        price: '25.00',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
        itemCondition: 'https://schema.org/UsedCondition',
      },
    });
    const body = `<h1>Jean Levis 501</h1><div data-testid="item-price"><p>25,00 €</p></div>
      <div data-testid="item-attributes-status"><div class="details-list__item-title">État</div>
      <div class="details-list__item-value">Très bon état</div></div>`;
    expect(extract(body, `${ITEM}?referrer=catalog`, head)).toEqual([
      {
        site: 'vinted',
        itemId: '4321098765',
        url: ITEM,
        title: 'Jean Levis 501',
        price: { amount: 25, currency: 'EUR' },
        status: 'active',
        condition: 'Très bon état',
        format: 'fixed',
      },
    ]);
  });

  it('reads a sold item (JSON-LD SoldOut), and falls back to the visible price without JSON-LD', () => {
    const head = ld({
      '@type': 'Product',
      name: 'Pull',
      offers: { price: 12, priceCurrency: 'GBP', availability: 'SoldOut' },
    });
    const uk = 'https://www.vinted.co.uk/items/1111-pull';
    expect(extract('', uk, head)[0]).toMatchObject({
      price: { amount: 12, currency: 'GBP' },
      status: 'sold',
    });
    const body = '<h1> Bluza  Zara </h1><div data-testid="item-price"><p>45,00 zł</p></div>';
    expect(extract(body, 'https://www.vinted.pl/items/2222-bluza')).toEqual([
      {
        site: 'vinted',
        itemId: '2222',
        url: 'https://www.vinted.pl/items/2222-bluza',
        title: 'Bluza Zara',
        price: { amount: 45, currency: 'PLN' },
        status: 'unknown',
        format: 'fixed',
      },
    ]);
  });

  it('reads catalog cards: title from the overlay link, item price (not the incl. protection total)', () => {
    const host = 'www.vinted.fr';
    const body = `<div class="feed-grid">
      ${card(host, '4321098765', "Jean Levi's 501, marque: Levi's, état: Très bon état, taille: W32, 25,00 €, 27,45 € inclut la Protection acheteurs", '25,00 €')}
      ${card(host, '4321098766', 'Veste, en jean, marque: Levi&#39;s, état: Bon état, 1.250,00 €', '1.250,00 €')}
      ${card(host, '4321098767', 'Sans prix, marque: X, état: Neuf', '')}
      ${card(host, '4321098768', 'Robe Zara, marque: Zara, état: Neuf avec étiquette, taille: M, 9,50 €', '9,50 €')}
    </div>`;
    const listings = extract(body, 'https://www.vinted.fr/catalog?search_text=levis');
    expect(listings.map((listing) => listing.itemId)).toEqual(['4321098765', '4321098766', '4321098768']);
    expect(listings[0]).toEqual({
      site: 'vinted',
      itemId: '4321098765',
      url: 'https://www.vinted.fr/items/4321098765-slug',
      title: "Jean Levi's 501",
      price: { amount: 25, currency: 'EUR' },
      status: 'active',
      format: 'fixed',
      imageUrl: 'https://images1.vinted.net/t/4321098765.webp',
    });
    expect(listings[1]).toMatchObject({ title: 'Veste, en jean', price: { amount: 1250, currency: 'EUR' } });
    expect(listings[2]).toMatchObject({ title: 'Robe Zara', price: { amount: 9.5, currency: 'EUR' } });
  });

  it('reads the currency from the host', () => {
    const cases: [string, string, number, string][] = [
      ['www.vinted.co.uk', '£12.00', 12, 'GBP'],
      ['www.vinted.com', '$12.00', 12, 'USD'],
      ['www.vinted.cz', '1 250,00 Kč', 1250, 'CZK'],
      ['www.vinted.de', '12,00 €', 12, 'EUR'],
    ];
    for (const [host, price, amount, currency] of cases) {
      const listings = extract(
        card(host, '5555', 'T-shirt, brand: Nike, 12', price),
        `https://${host}/catalog?search_text=x`,
      );
      expect(
        listings.map((l) => l.price),
        host,
      ).toEqual([{ amount, currency }]);
    }
  });

  it('does not throw on malformed pages', () => {
    expect(
      extract(
        '<div data-testid="grid-item"><a href="/items/123-x"><garbage',
        'https://www.vinted.fr/catalog',
      ),
    ).toEqual([]);
    expect(extract('<script type="application/ld+json">[{"@type":"Product"', ITEM)).toEqual([]);
    const huge = `${'v'.repeat(100_000)}, marque: X, état: Neuf`;
    const listings = extract(card('www.vinted.fr', '6666', huge, '10,00 €'), 'https://www.vinted.fr/catalog');
    for (const listing of listings) expect(listing.price).toEqual({ amount: 10, currency: 'EUR' });
  });
});
