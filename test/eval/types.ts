/** The shape of the labelled evaluation set (test/eval/set.ts) and of what the runner reports. */

/** What an entry tests; the runner prints the figures per tag. */
export type Tag =
  | 'model' // a clean model query
  | 'accessory' // the query asks for an accessory / part of a model ("<model> ear pads", "<console> dock")
  | 'platform' // a console / phone name over pages of things made for it
  | 'media' // a game / disc / book among merchandise and other editions
  | 'compatibility' // the pages hold "for X", "X用", "X対応", "適用", "專用", "für", "pour", "para", "- Platform"
  | 'cross-ja' // query and listings in English and Japanese
  | 'cross-zh-tw' // … in English and traditional Chinese
  | 'cross-zh-cn' // … in English and simplified Chinese
  | 'cross-eu' // … in English and German / French / Spanish
  | 'condition' // new / sealed vs used vs for parts decides
  | 'colour' // a colour in the query
  | 'storage' // a size / storage / capacity in the query
  | 'katakana-brand' // the brand written in katakana only ("シャネル…")
  | 'brand-number' // the brand glued to a number ("CHANEL22", "iPhone15")
  | 'card' // a trading card: its number in the set ("4/102") and its grading slab ("PSA 10") decide
  | 'lot-box-parts' // lots, bundles, box / manual / case only, for-parts units among the candidates
  | 'other-model' // other models of the same family among the candidates
  | 'not-enough' // the honest answer is "not enough"
  | 'time' // the period decides
  | 'fake' // replicas, lookalikes, proxies, knockoffs "compatible with" among the candidates
  | 'merch'; // merchandise around the name (posters, plush, figures, shirts, guides) among the candidates

/** A saved page from test/fixtures (its URL comes from test/fixtures/pages.json) or a hand-written snippet. */
export type EvalPage =
  | { fixture: string } // e.g. 'ebay/ebay-com-sold-search-champion-2025-s-card.html' (stored .gz)
  | { snippet: string; url: string }; // a file, path relative to test/eval/snippets/

/** Days back from `now`; 'all' = every recorded date; 'default' = what the popup uses when nobody chose. */
export type Period = number | 'all' | 'default';

/** "site:itemId", itemId as the adapter records it (eBay listing id, Mercari m-id, the id in the item URL). */
export type Ref = `${string}:${string}`;

export type Expected =
  | 'not-enough'
  | {
      /** The reference's median must land in [low, high], in the entry's display currency. */
      range: [number, number];
      /** The reference's basis, where it matters. */
      basis?: 'sold' | 'asking';
    };

export interface EvalEntry {
  id: string;
  query: string;
  tags: Tag[];
  pages: EvalPage[];
  /** ISO date the pages are recorded at and the reference is asked at. */
  now: string;
  period: Period;
  /** Display currency (ISO 4217). */
  currency: string;
  /** The comps a careful person picks: sold and asking listings of the thing asked for, in the period. */
  comps: Ref[];
  /** Listings a careful person could put either side: counted neither as a miss nor as a wrong pick. */
  unsure?: Ref[];
  expected: Expected;
  /** One line per non-obvious label decision (itemId or subject → reason). */
  why?: string[];
  /** Every page of the entry is a hand-written snippet. */
  snippet?: boolean;
  /**
   * The adapter that does not read these pages fully yet (another helper is fixing it): the entry is
   * reported apart and left out of the overall figures until it lands.
   */
  waitsFor?: string;
}

/** The engine's answer, in the few terms the evaluation needs (see engine.ts). */
export interface EngineReading {
  /** Listings the engine counts for the reference or shows as outliers of it (sold and asking). */
  chosen: Ref[];
  /** null when the engine says there is not enough. */
  reference: { median: number; basis: 'sold' | 'asking' } | null;
  /** Where the engine put each listing it considered, in a few words (for --verbose). */
  why: Map<Ref, string>;
}
