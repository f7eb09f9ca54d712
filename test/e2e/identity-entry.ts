/**
 * Bundled by test/e2e/identity.mjs into one script for headless Chromium: the adapters read the
 * document Chromium built from the saved page, by the same path as `npm run extract`
 * (utils/cli/pages.ts `extractSavedPage`), so the two outputs can be compared field by field.
 */
import { extractPage } from '../../utils/extract-page';
import type { Extraction } from '../../utils/listing';
import { adapterFor } from '../../utils/sites';

export function extractDocument(pageUrl: string): Extraction | { site: null; pageKind: null; listings: [] } {
  const url = new URL(pageUrl);
  const adapter = adapterFor(url);
  if (!adapter) return { site: null, pageKind: null, listings: [] };
  return extractPage(adapter, document, url);
}
