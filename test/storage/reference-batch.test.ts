import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setChoice } from '../../storage/comps';
import { type CompsDatabase, openDatabase } from '../../storage/db';
import { recordListings } from '../../storage/listings';
import { referencesForCards, verdictResultsForCards } from '../../storage/reference-batch';
import { referenceFor } from '../../storage/reference-query';
import { queryKey } from '../../utils/comps/reference';
import { extractPage } from '../../utils/extract-page';
import { cardVerdict } from '../../utils/inpage/verdict';
import { type Listing, listingKey } from '../../utils/listing';
import { DEFAULT_RATES } from '../../utils/rates';
import { adapterFor } from '../../utils/sites';
import { fixtureDocument } from '../helpers/fixtures';
import { freshDbName, makeListing } from '../helpers/listings';

/** The saved pages of the end-to-end pairing: eBay's sold champion reverse weave, then Depop's search. */
const SOLD = {
  file: 'ebay/ebay-com-sold-search-champion-2025-s-card.html',
  url: 'https://www.ebay.com/sch/i.html?_nkw=navy+champion+reverse+weave&LH_Sold=1&LH_Complete=1',
};
const SEARCH = {
  file: 'depop/depop-search-champion-reverse-weave-2025-rendered.html',
  url: 'https://www.depop.com/search/?q=champion%20reverse%20weave',
};

function listingsOf(page: { file: string; url: string }): Listing[] {
  const url = new URL(page.url);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${page.url}`);
  return extractPage(adapter, fixtureDocument(page.file, page.url), url).listings;
}

const OPTIONS = {
  now: new Date('2026-11-27T12:00:00Z'),
  windowDays: 90,
  autoWiden: true,
  currency: 'USD',
  rates: DEFAULT_RATES,
  includeShipping: false,
};

let db: CompsDatabase;
let sold: Listing[];
let search: Listing[];

beforeAll(async () => {
  db = openDatabase(freshDbName());
  sold = listingsOf(SOLD);
  search = listingsOf(SEARCH);
  await recordListings(db, sold, '2026-11-20T10:00:00Z');
  await recordListings(db, search, '2026-11-27T10:00:00Z');
});
afterAll(async () => {
  await db?.delete();
});

describe('referencesForCards: one request for every card of a page', () => {
  it('gives each card, in order, exactly what the popup gives for its title with the card as the open item', async () => {
    const cards = [...search, ...sold.slice(0, 20)];
    const batch = await referencesForCards(
      db,
      cards.map((card) => ({ query: card.title, target: card })),
      OPTIONS,
    );
    expect(batch).toHaveLength(cards.length);
    for (const [index, card] of cards.entries()) {
      const single = await referenceFor(db, card.title, { ...OPTIONS, target: card });
      expect(batch[index], `${card.itemId} ${card.title}`).toEqual(single);
    }
  });

  it('leaves each card out of its own comps, even when its title is another card’s too', async () => {
    // Sold cards are comps of each other: each one's own sale must not count for itself.
    const cards = sold.filter((card) => card.status === 'sold').slice(0, 10);
    const twins = cards.map((card) => ({ query: cards[0]?.title ?? '', target: card }));
    const batch = await referencesForCards(db, twins, OPTIONS);
    for (const [index, card] of cards.entries()) {
      const own = listingKey(card.site, card.itemId);
      const keys = batch[index]?.comps.map((comp) => listingKey(comp.site, comp.itemId)) ?? [];
      expect(keys, card.itemId).not.toContain(own);
    }
    // The others' sales are comps: the first card's result holds the second card's sale when it
    // counts for the first card's title (same page, same search).
    const first = batch[0]?.comps.map((comp) => comp.itemId) ?? [];
    const second = batch[1]?.comps.map((comp) => comp.itemId) ?? [];
    expect(first).not.toEqual(second);
  });

  it('says "not enough" for a title nothing stored matches, and for one with too few sales', async () => {
    const [none, thin] = await referencesForCards(
      db,
      [
        { query: 'zqxw nonexistent gizmo 9000' },
        // Depop's "champion reverse weave sd tech": of the eBay page's sold titles only one says
        // "tech" (read in the saved page: "Vintage 80s Virginia Tech VT Champion Reverse Weave
        // Paint Splatter Crewneck 2X", $177.77), fewer than the 3 sales a reference needs.
        {
          query: 'champion reverse weave sd tech',
          target: search.find((card) => /sd tech/.test(card.title)),
        },
      ],
      OPTIONS,
    );
    expect(none?.reference).toBeNull();
    expect(thin?.reference?.enough).toBe(false);
    expect(thin?.verdict).toBeUndefined();
  });

  it('reads the token index once for titles that share tokens, and still answers per card', async () => {
    const title = search[0]?.title ?? '';
    const cards = search.slice(0, 5).map((card) => ({ query: title, target: card }));
    const batch = await referencesForCards(db, cards, OPTIONS);
    expect(new Set(batch.map((result) => result.query))).toEqual(new Set([title]));
    expect(batch.map((result) => result.verdict?.amount)).toEqual(
      search.slice(0, 5).map((card) => card.price.amount),
    );
  });
});

describe('verdictResultsForCards: one reference per title and condition where a card cannot change it', () => {
  it('gives every card the verdict the popup gives it, titles shared or not', async () => {
    // Every Depop card under its own title, then every card under the first card's title (the
    // shared path), then eBay's sold cards (their own sale counts: computed one by one).
    const first = search[0]?.title ?? '';
    const cards = [
      ...search.map((card) => ({ query: card.title, target: card })),
      ...search.map((card) => ({ query: first, target: card })),
      ...sold.slice(0, 12).map((card) => ({ query: first, target: card })),
    ];
    const results = await verdictResultsForCards(db, cards, OPTIONS);
    expect(results).toHaveLength(cards.length);
    let shared = 0;
    for (const [index, card] of cards.entries()) {
      const popup = await referenceFor(db, card.query, { ...OPTIONS, target: card.target });
      const id = card.target.itemId;
      expect(cardVerdict(results[index]?.result as never, id), `${id} as "${card.query}"`).toEqual(
        cardVerdict(popup, id),
      );
      if (results[index]?.own === false) shared++;
    }
    // The 24 Depop cards under one title share one reference (all active, against eBay's sales).
    expect(shared).toBeGreaterThanOrEqual(23);
  });

  it('counts a listing the user chose to include though it lacks the words the verdict reads by', async () => {
    // "Vintage Champion YALE University Navy Blue Hoodie Sweatshirt" (sold, $29.74 on the saved
    // page) says no "reverse weave": the title below reads only the listings that do, but the
    // user's choice counts it, as in the popup.
    const title = 'vintage champion reverse weave crewneck';
    const card = search.find((listing) => listing.title.toLowerCase().includes(title)) as Listing;
    const yale = sold.find((listing) => listing.itemId === '406219196143') as Listing;
    expect(card).toBeDefined();
    expect(yale?.title).toMatch(/YALE/);
    await setChoice(db, queryKey(card.title), yale.site, yale.itemId, 'include');
    try {
      const [result] = await verdictResultsForCards(db, [{ query: card.title, target: card }], OPTIONS);
      const popup = await referenceFor(db, card.title, { ...OPTIONS, target: card });
      expect(popup.comps.map((comp) => comp.itemId)).toContain(yale.itemId);
      expect(result?.result.comps.map((comp) => comp.itemId)).toContain(yale.itemId);
      expect(cardVerdict(result?.result as never, card.itemId)).toEqual(cardVerdict(popup, card.itemId));
    } finally {
      await setChoice(db, queryKey(card.title), yale.site, yale.itemId, null);
    }
  });
});

describe('verdictResultsForCards: cards of one title and another grade', () => {
  it('judges a slab against slabs and a raw card against raw ones, as the popup does', async () => {
    const graded = 'Graded - PSA 10: Gem Mint';
    const soldAt = '2026-11-20T10:00:00Z';
    const sale = (title: string, amount: number, condition: string) =>
      makeListing({ title, condition, status: 'sold', soldAt, price: { amount, currency: 'USD' } });
    const cardsDb = openDatabase(freshDbName());
    try {
      await recordListings(
        cardsDb,
        [
          sale('Charizard Base Set 4/102 Holo', 9_850, graded),
          sale('Pokemon Charizard 4/102 Base Set Holo Rare', 10_400, graded),
          sale('1999 Charizard #4/102 Base Set Holo', 9_200, graded),
          sale('Charizard 4/102 Base Set Holo Rare Pokemon Card - LP', 420, 'Ungraded - Lightly Played'),
          sale('Charizard Holo Rare 4/102 Base Set NM', 465, 'Ungraded - Near Mint or Better'),
          sale('Pokemon Charizard Holo Base Set 4/102 Played', 380, 'Ungraded - Moderately Played'),
        ],
        soldAt,
      );
      // Two cards of one search, one title: the slab at $400 is far below, the raw card about typical.
      const title = 'Charizard 4/102 Base Set Holo Unlimited';
      const slab = makeListing({ title, condition: graded, price: { amount: 400, currency: 'USD' } });
      const raw = makeListing({ title, condition: 'Ungraded', price: { amount: 400, currency: 'USD' } });
      const cards = [slab, raw].map((card) => ({ query: title, target: card }));
      const results = await verdictResultsForCards(cardsDb, cards, OPTIONS);
      for (const [index, card] of [slab, raw].entries()) {
        const popup = await referenceFor(cardsDb, title, { ...OPTIONS, target: card });
        expect(cardVerdict(results[index]?.result as never, card.itemId)).toEqual(
          cardVerdict(popup, card.itemId),
        );
      }
      expect(results[0]?.result.reference?.median).toBe(9_850);
      expect(results[1]?.result.reference?.median).toBe(420);
    } finally {
      await cardsDb.delete();
    }
  });
});
