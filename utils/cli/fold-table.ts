/**
 * npm run fold-table: writes utils/comps/folded-table.json, the engine's fixed text folded ahead
 * (utils/comps/fold-table.ts says what and why). Run it after changing terms.ts, the condition
 * patterns or the stop phrases; test/comps/fold-table.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldTable } from '../comps/fold-table';

const file = join(dirname(fileURLToPath(import.meta.url)), '../comps/folded-table.json');
const table = foldTable();
writeFileSync(file, `${JSON.stringify(table)}\n`);
console.log(
  `${file}: ${table.same.length + table.changed.length} forms (${table.changed.length} changed), ${table.chinese.length} phrases`,
);
