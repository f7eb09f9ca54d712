import { readFileSync } from 'node:fs';
import { extractPage } from '../extract-page';
import type { Extraction } from '../listing';
import { adapterFor } from '../sites';
import { decodeSavedPage, documentFromHtml } from './html';

export interface PageArgument {
  file: string;
  url: string;
}

/** `a.html --url A b.html --url B` → [{file: a.html, url: A}, ...]; throws a usage message otherwise. */
export function parsePageArguments(args: string[]): PageArgument[] {
  const pages: PageArgument[] = [];
  for (let i = 0; i < args.length; i++) {
    const file = args[i];
    const flag = args[i + 1];
    const url = args[i + 2];
    if (!file || file.startsWith('--') || flag !== '--url' || !url) {
      throw new Error(
        'usage: npm run extract -- <saved-page.html> --url <original url> [<page> --url <url> ...]',
      );
    }
    pages.push({ file, url });
    i += 2;
  }
  if (pages.length === 0) throw new Error('usage: npm run extract -- <saved-page.html> --url <original url>');
  return pages;
}

/** What the content script would record from a saved page, as if it were open at `page.url`. */
export function extractSavedPage(
  page: PageArgument,
): Extraction | { site: null; pageKind: null; listings: [] } {
  const url = new URL(page.url);
  const adapter = adapterFor(url);
  if (!adapter) return { site: null, pageKind: null, listings: [] };
  const doc = documentFromHtml(decodeSavedPage(readFileSync(page.file)), url.href);
  return extractPage(adapter, doc, url);
}
