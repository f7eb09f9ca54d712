import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/html';
import { dealabs } from '../../utils/sites/dealabs';
import { fixtureDocument, loadFixture } from '../helpers/fixtures';

const FILE = 'dealabs/dealabs-groupe-lego-deals.html';

// Expectations come from reading the saved page (zcat | grep | python), not from the extractor.
describe('dealabs: saved deal list /groupe/lego', () => {
  const url = new URL('https://www.dealabs.com/groupe/lego');
  const html = loadFixture(FILE);
  const listings = dealabs.extract(fixtureDocument(FILE, url.href), url);

  it('has 30 deal articles; the 27 priced "Deal"s are listings (a voucher and two 0 € offers are not)', () => {
    expect(html.match(/<article id="thread_\d+"/g)).toHaveLength(30);
    // A different reading: the Vue props JSON of each article, matched in the raw HTML.
    const priced = [
      ...html.matchAll(
        /"ThreadMainListItemNormalizer","props":\{"thread":\{"threadId":"(\d+)".*?"type":"(\w+)".*?"price":([\d.]+),"nextBestPrice"/g,
      ),
    ]
      .filter((m) => m[2] === 'Deal' && Number(m[3]) > 0)
      .map((m) => [m[1], Number(m[3])]);
    expect(priced).toHaveLength(27);
    expect(listings.map((l) => [l.itemId, l.price.amount])).toEqual(priced);
    expect(listings.map((l) => l.itemId)).not.toContain('3016021'); // Voucher "1 Lego Mario acheté, le 2ème à 50%"
    expect(listings.map((l) => l.itemId)).not.toContain('3016139'); // price 0
    expect(listings.map((l) => l.itemId)).not.toContain('3015966'); // price 0 ("remisés à 25%")
    expect(new Set(listings.map((l) => l.price.currency))).toEqual(new Set(['EUR']));
    expect(new Set(listings.map((l) => l.format))).toEqual(new Set(['fixed']));
  });

  it('reads the first deal', () => {
    expect(listings[0]).toEqual({
      site: 'dealabs',
      itemId: '3016242',
      url: 'https://www.dealabs.com/bons-plans/20-de-remise-immediate-sur-une-selection-de-lego-ex-lego-technic-mercedes-amg-f1-w14-e-performance-42171-1642-pieces-3016242',
      title:
        '20% de remise immédiate sur une sélection de LEGOS. Ex: LEGO Technic 42171 - Mercedes-AMG F1 W14 E Performance, 1642 pièces',
      price: { amount: 151.99, currency: 'EUR' },
      status: 'active',
      format: 'fixed',
      // shipping {"isFree":null,"price":0}: not said
    });
  });

  it('reads shipping: a cost, free, or not said', () => {
    const byId = new Map(listings.map((l) => [l.itemId, l]));
    expect(byId.get('3016205')).toMatchObject({
      title:
        '[Precommande] Mario Kart LEGO Super Mario (72037) 1972 pièces (+ minifigure customisée "Easter Wolf" OFFERT)',
      price: { amount: 144.49, currency: 'EUR' },
      shipping: { amount: 9.99, currency: 'EUR' }, // {"isFree":0,"price":9.99}
    });
    expect(byId.get('3016055')).toMatchObject({
      title: 'LEGO 76435 Harry Potter Le Château de Poudlard : la Grande Salle',
      price: { amount: 134.66, currency: 'EUR' },
      shipping: null, // {"isFree":1,"price":0}
    });
    expect(byId.get('3015552')).toMatchObject({
      title: 'LEGO Architecture 21061 : Notre-Dame de Paris',
      price: { amount: 171.06, currency: 'EUR' },
      shipping: { amount: 10.31, currency: 'EUR' },
    });
    expect(byId.get('3016236')).not.toHaveProperty('shipping');
  });

  it('marks the two expired deals as ended', () => {
    expect(
      listings.filter((l) => l.status === 'ended').map((l) => [l.itemId, l.title, l.price.amount]),
    ).toEqual([
      ['3014681', 'Lego Technic 42174 : Yacht Emirates Team New Zealand AC75', 74.99],
      ['3014679', 'Lego 10338 : Bumblebee Transformers', 52.5],
    ]);
  });

  it('reads the last deal', () => {
    expect(listings.at(-1)).toEqual({
      site: 'dealabs',
      itemId: '3014676',
      url: 'https://www.dealabs.com/bons-plans/vehicule-dexploration-lunaire-nasa-apollo-lrv-3014676',
      title:
        'Lego Technic 42182 Véhicule d’exploration lunaire NASA Apollo - LRV (Via 41,07€ sur la Carte de Fidélité)',
      price: { amount: 123.29, currency: 'EUR' },
      status: 'active',
      format: 'fixed',
    });
  });
});

// HAND-WRITTEN snippets.
const article = (id: string, thread: Record<string, unknown>, link = true) =>
  `<article id="thread_${id}"><div data-vue2='${JSON.stringify({ name: 'ThreadMainListItemNormalizer', props: { thread: { threadId: id, type: 'Deal', title: `Deal ${id}`, titleSlug: `deal-${id}`, ...thread } } }).replace(/'/g, '&#39;')}'></div>${link ? `<a class="thread-link" href="https://www.dealabs.com/bons-plans/deal-${id}-${id}?x=1">Deal</a>` : ''}</article>`;

describe('dealabs: deal page and odd data (hand-written snippets)', () => {
  it('puts the deal of the page first and the other threads after it as related', () => {
    const url = new URL('https://www.dealabs.com/bons-plans/deal-2-2');
    const listings = dealabs.extract(
      documentFromHtml(article('1', { price: 5 }) + article('2', { price: 7 }), url.href),
      url,
    );
    expect(listings.map((l) => [l.itemId, l.related])).toEqual([
      ['2', undefined],
      ['1', true],
    ]);
    expect(listings[0]?.url).toBe('https://www.dealabs.com/bons-plans/deal-2-2');
  });

  it('builds the URL from the slug when the link is missing', () => {
    const url = new URL('https://www.dealabs.com/');
    expect(
      dealabs.extract(
        documentFromHtml(article('3', { price: 9.5, titleSlug: "l'offre" }, false), url.href),
        url,
      )[0]?.url,
    ).toBe("https://www.dealabs.com/bons-plans/l'offre-3");
  });

  it('returns [] or valid listings without throwing', () => {
    const url = new URL('https://www.dealabs.com/groupe/lego');
    const read = (html: string) => dealabs.extract(documentFromHtml(html, url.href), url);
    expect(read('<html><body><article id="thread_1"><div data-vue2=\'{"props":{"thread":{garbage')).toEqual(
      [],
    );
    expect(read(article('4', { price: 'abc' }))).toEqual([]);
    expect(read(article('5', { price: -3 }))).toEqual([]);
    expect(read(article('6', { price: 5, threadId: '999' }))).toEqual([]); // props of another thread
    expect(read(article('7', { price: 5, title: 'x'.repeat(100_000) }))[0]?.title).toHaveLength(100_000);
    expect(read('<html><body>Accès refusé</body></html>')).toEqual([]);
  });

  it('claims dealabs.com and tells page kinds', () => {
    expect(dealabs.claims(new URL('https://www.dealabs.com/groupe/lego'))).toBe(true);
    expect(dealabs.claims(new URL('https://www.dealabs.com.evil.io/'))).toBe(false);
    expect(dealabs.pageKind(new URL('https://www.dealabs.com/groupe/lego'))).toBe('search');
    expect(dealabs.pageKind(new URL('https://www.dealabs.com/'))).toBe('search');
    expect(
      dealabs.pageKind(new URL('https://www.dealabs.com/bons-plans/lego-art-31212-la-voie-lactee-3016236')),
    ).toBe('item');
    expect(dealabs.pageKind(new URL('https://www.dealabs.com/profile/x'))).toBe(null);
  });
});
