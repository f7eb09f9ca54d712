import type { Extraction, Listing, PageKind } from './listing';

/**
 * The one protocol between the parts of the extension. Types only: the zod schemas that check
 * these at runtime live in storage/schema.ts, which only the background imports.
 */
export interface CaptureMessage {
  type: 'capture';
  site: string;
  pageKind: PageKind | null;
  pageUrl: string;
  listings: Listing[];
}

export interface CaptureReply {
  ok: boolean;
  added?: number;
  updated?: number;
  unchanged?: number;
  rejected?: number;
  /** Capture is paused (by the user, for this site, or because the disk is full). */
  paused?: boolean;
  error?: string;
}

/** Popup → content script of the open tab: what did this page show? */
export interface PageInfoMessage {
  type: 'page-info';
}

export interface PageInfoReply extends Extraction {
  pageUrl: string;
  /** The search words on a search page, the item's title on an item page. */
  query?: string;
  /** Keys of every listing this page sent, in page order. */
  keys: [string, string][];
}

export type BackgroundMessage = CaptureMessage;

/** Longest title kept: real titles are < 300 chars; anything longer is cut, not rejected. */
export const MAX_TITLE_LENGTH = 500;
/** Most listings one message may carry; the content script sends bigger pages in chunks. */
export const MAX_BATCH = 500;

/**
 * Content script → background, once per page scan: the verdict of every card the scan read that
 * has none yet (one request for all of them, not one per card). On an item page the first card is
 * the page's own listing: it gets the panel and the toolbar badge, and `pageKeys` lists the page's
 * listings as the popup passes them. A page that shows nothing (in-page display off) still sends
 * an empty request so the background clears the tab's badge.
 */
export interface VerdictsMessage {
  type: 'verdicts';
  site: string;
  pageKind: PageKind | null;
  pageUrl: string;
  cards: Listing[];
  pageKeys?: [string, string][];
}

/** What a chip or the panel says: the position of the card's price against its comps. */
export type VerdictWord = 'below' | 'typical' | 'above' | 'unknown';

export interface CardVerdict {
  itemId: string;
  verdict: VerdictWord;
  /** Signed percent from the median, rounded; with a verdict other than unknown. */
  percent?: number;
  /** The card's price in the reply's currency (plus shipping when the settings say so). */
  amount?: number;
  basis?: 'sold' | 'asking';
  /** The reference in the reply's currency: only when there are enough comps (never a guess). */
  median?: number;
  p25?: number;
  p75?: number;
  /** Comps the reference counts (with too few: how many were found, sold or asking). */
  n: number;
  /** The condition the comps were chosen in (the card's own, else the title's, else used). */
  condition: 'new' | 'used' | 'for-parts';
  /** Why there is no verdict: too few comps, their prices too far apart, or the card's price does not convert. */
  reason?: 'few' | 'scattered' | 'no-rate';
}

/** The item page's panel: the sold (or asking) comps over time for its sparkline. */
export interface PanelDetail {
  itemId: string;
  /** [time (ms), amount] of the counted comps, oldest first, at most 40. */
  points: [number, number][];
  /** The period the reference covers, in days; null = all time. */
  days: number | null;
}

export interface VerdictsReply {
  ok: boolean;
  /** Nothing is to be shown on this page (turned off, paused, or chips off on a search page). */
  off?: boolean;
  error?: string;
  currency?: string;
  verdicts?: CardVerdict[];
  panel?: PanelDetail;
}

/** In-page panel → background: open the full view (side panel, else the popup's view in a tab). */
export interface OpenViewMessage {
  type: 'open-view';
}
