import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSavedPage, documentFromHtml } from '../../utils/cli/html';

// A string path: under the happy-dom environment the global URL is not Node's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

/** Saved pages are committed gzipped under test/fixtures/<site>/<name>.html.gz. */
export function loadFixture(relativePath: string): string {
  const path = relativePath.endsWith('.gz') ? relativePath : `${relativePath}.gz`;
  return decodeSavedPage(readFileSync(FIXTURES + path));
}

/** The saved page as a Document, located at the page's original URL. */
export function fixtureDocument(relativePath: string, url: string): Document {
  return documentFromHtml(loadFixture(relativePath), url);
}
