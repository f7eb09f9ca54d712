/**
 * Bundled by test/generic-eval/harness.mjs into one script that runs in a page of headless
 * Chromium: the saved page is laid out there (the reader needs layout), its structured price data
 * stripped, then read by the generic reader exactly as the content script would.
 */
import { extractPage } from '../../utils/extract-page';
import { generic } from '../../utils/sites/generic';
import { stripStructuredData } from './strip';

export function read(pageUrl: string, strip: boolean) {
  const removed = strip ? stripStructuredData(document) : null;
  const started = performance.now();
  const { listings } = extractPage(generic, document, new URL(pageUrl));
  const ms = performance.now() - started;
  return { listings, removed, ms };
}
