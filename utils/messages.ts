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
