/**
 * npm run extract -- <saved-page.html> --url <original url> [<page> --url <url> ...]
 *
 * Prints what the content script would record from each saved page, as one JSON object per
 * page per line (JSON Lines), in the order given. The format is documented in README.md.
 */
import { extractSavedPage, type PageArgument, parsePageArguments } from './pages';

function main(): void {
  let pages: PageArgument[];
  try {
    pages = parsePageArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  for (const page of pages) {
    try {
      process.stdout.write(`${JSON.stringify(extractSavedPage(page))}\n`);
    } catch (error) {
      console.error(`${page.file}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}

main();
