/**
 * npm run price-score [-- <price module>]: parsePrice's score on test/fixtures/prices.tsv, with every
 * miss and error listed. Another module with the same exports can be scored, e.g. an older
 * utils/price.ts saved elsewhere, to compare before and after a change.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeScore, loadPriceTable, scorePriceTable } from './helpers/price-table';

const modulePath = resolve(process.argv[2] ?? 'utils/price.ts');
const { parsePrice, currencyForHost } = await import(pathToFileURL(modulePath).href);
console.log(describeScore(scorePriceTable(loadPriceTable(), parsePrice, currencyForHost)));
