// The options page's export and import, as a user does them: export the whole history as JSON
// and as CSV (the files the browser saves are read back from disk: their names, the CSV's end
// line), then, in a fresh profile, import the CSV cut at a line end (refused, with a message that
// says so) and the JSON file through the page's file input, and find the same listings there.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoredListings } from './checks.mjs';
import { pages, shop, shopVisual } from './pages.mjs';
import { sleep } from './reference.mjs';

const EXPORT = 'section[aria-labelledby="export-title"]';
const IMPORT = 'section[aria-labelledby="import-title"]';

// ---------------------------------------------------------------------------------------------
// Evaluated in extension pages

/** Number of price observations in the extension's database. */
export function countHistory() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('comps');
    open.onerror = () => reject(new Error(`cannot open the comps database: ${open.error}`));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('history')) {
        db.close();
        resolve(0);
        return;
      }
      const request = db.transaction('history', 'readonly').objectStore('history').count();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(new Error(`cannot count history: ${request.error}`));
    };
  });
}

/** The options page's controls, as a person sees them (labels and button texts). */
function readOptions({ exportSel, importSel }) {
  const main = document.querySelector('#app main.options');
  if (!main || main.getAttribute('aria-busy') === 'true') return null;
  const text = (element) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const exp = main.querySelector(exportSel);
  const imp = main.querySelector(importSel);
  const labelOf = (input) =>
    text(input?.closest('label')) ??
    text(input?.id ? document.querySelector(`label[for="${input.id}"]`) : null);
  return {
    exportHeading: text(exp?.querySelector('h2')),
    exportButton: text(exp?.querySelector('.row > button')),
    exportBusy: Boolean(exp?.querySelector('progress')),
    formats: [...(exp?.querySelectorAll('input[type=radio]') ?? [])].map((input) => ({
      value: input.value,
      checked: input.checked,
      label: labelOf(input),
    })),
    site: exp?.querySelector('select')?.value ?? null,
    exportStatus: text(exp?.querySelector('[role=status]')),
    exportAlert: text(exp?.querySelector('[role=alert]')),
    importHeading: text(imp?.querySelector('h2')),
    fileLabel: labelOf(imp?.querySelector('input[type=file]')),
    importButton: text(imp?.querySelector('.row > button')),
    importStatus: text(imp?.querySelector('[role=status]')),
    importAlert: text(imp?.querySelector('[role=alert]')),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the files

/** RFC 4180 records of a CSV text (quoted fields with commas, quotes and line breaks). */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A file name as the exports make them: what it holds, then the local date of the export. */
function exportName(what, extension) {
  const pad = (value) => String(value).padStart(2, '0');
  const now = new Date();
  return `comps-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

/** Listings whose page-read price and currency the exports must carry, by item id. */
function knownPrices() {
  const known = new Map();
  for (const page of [...pages, shop, shopVisual])
    for (const item of page.expect?.items ?? [])
      known.set(item.id, { amount: item.price[0], currency: item.price[1] });
  return known;
}

/** Every listing id the saved pages showed (carousels aside), the shop's if it was recorded. */
function capturedIds(shopRecorded) {
  return new Set([...pages, ...(shopRecorded ? [shop] : [])].flatMap((page) => page.expect?.ids ?? []));
}

async function waitOptions(page, ready, timeoutMs = 8000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(readOptions, { exportSel: EXPORT, importSel: IMPORT })
      .catch(() => null);
    if ((state && ready(state)) || Date.now() > end) return state;
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// The checks

export async function runBackupChecks(driver, report, { extraIds = [], shopRecorded = false } = {}) {
  const expectedIds = capturedIds(shopRecorded);
  for (const id of extraIds) expectedIds.add(id);
  const known = knownPrices();
  let options = null;
  let jsonPath = null;
  let cutCsvPath = null;
  let stored = [];
  let recent = null;

  const opened = await report.check('options page: opens with Export and Import sections', async () => {
    options = await driver.openOptions();
    const state = await waitOptions(options, (s) => s.exportButton && s.importButton);
    const problems = [];
    if (!state) return ['options page did not render'];
    if (state.exportHeading !== 'Export' || state.exportButton !== 'Export')
      problems.push(`export section "${state.exportHeading}" / button "${state.exportButton}"`);
    if (
      state.importHeading !== 'Import' ||
      state.importButton !== 'Import' ||
      state.fileLabel !== 'File to import'
    )
      problems.push(
        `import section "${state.importHeading}" / "${state.fileLabel}" / "${state.importButton}"`,
      );
    if (state.site !== '') problems.push(`export scope is "${state.site}", expected all sites`);
    // the radios the checks pick by value say what they are
    const labels = state.formats.map((f) => `${f.value}:${f.label}`).join(', ');
    const offered = (value, label) =>
      state.formats.some((f) => f.value === value && f.label?.startsWith(label));
    if (!offered('csv', 'CSV') || !offered('json', 'JSON')) problems.push(`formats offered: ${labels}`);
    return problems;
  });
  if (!opened) return;

  /** Picks a format by its radio, clicks Export, and resolves to the file the browser saved. */
  const exportAs = async (format) => {
    await options.click(`${EXPORT} input[type=radio][value=${format}]`);
    const picked = await waitOptions(options, (s) => s.formats.some((f) => f.value === format && f.checked));
    if (!picked?.formats.some((f) => f.value === format && f.checked))
      throw new Error(`could not pick ${format}`);
    const file = await options.download(`${EXPORT} .row > button`);
    const done = await waitOptions(options, (s) => s.exportStatus || s.exportAlert);
    if (done?.exportAlert) throw new Error(`export failed: ${done.exportAlert}`);
    return { ...file, status: done?.exportStatus ?? '' };
  };

  await report.check(
    'options page: Export as JSON saves the whole history, read back from the saved file',
    async () => {
      stored = await driver.popupEvaluate(readStoredListings);
      const historyCount = await driver.popupEvaluate(countHistory);
      recent = await driver.loadPopup('');
      const file = await exportAs('json');
      const problems = [];
      // Named after what it holds (everything), with today's date; the page says so.
      if (file.name !== exportName('all', 'json')) problems.push(`file name ${file.name}`);
      const said = /^Exported ([\d,]+) listings with ([\d,]+) price observations \(.+\) as “(.+)”\./.exec(
        file.status,
      );
      if (!said) problems.push(`export status "${file.status}"`);
      else if (Number(said[1].replace(/,/g, '')) !== stored.length || said[3] !== file.name)
        problems.push(
          `export status "${file.status}": ${stored.length} listings in the database, saved as ${file.name}`,
        );
      let backup;
      try {
        backup = JSON.parse(file.bytes.toString('utf8'));
      } catch (error) {
        return [...problems, `not JSON: ${error.message}`];
      }
      jsonPath = join(tmpdir(), `comps-e2e-export-${driver.name}.json`);
      writeFileSync(jsonPath, file.bytes);
      const listings = backup.listings ?? [];
      if (listings.length !== stored.length)
        problems.push(`${listings.length} listings in the file, ${stored.length} in the database`);
      const observations = listings.reduce((sum, listing) => sum + (listing.history?.length ?? 0), 0);
      if (observations !== historyCount)
        problems.push(`${observations} observations in the file, ${historyCount} in the database`);
      const ids = new Set(listings.map((listing) => listing.itemId));
      const missing = [...expectedIds].filter((id) => !ids.has(id));
      if (missing.length)
        problems.push(`listings of the saved pages missing: ${missing.slice(0, 5).join(', ')}`);
      for (const [id, price] of known) {
        const listing = listings.find((l) => l.itemId === id);
        if (listing && (listing.price?.amount !== price.amount || listing.price?.currency !== price.currency))
          problems.push(
            `${id}: ${JSON.stringify(listing.price)} in the file, the page shows ${price.amount} ${price.currency}`,
          );
      }
      return problems;
    },
  );

  await report.check(
    'options page: Export as CSV has the BOM, the header, and one row per observation of the captured listings',
    async () => {
      const historyCount = await driver.popupEvaluate(countHistory);
      const file = await exportAs('csv');
      const problems = [];
      if (file.name !== exportName('all', 'csv')) problems.push(`file name ${file.name}`);
      const bom = file.bytes.subarray(0, 3).toString('hex');
      if (bom !== 'efbbbf') problems.push(`starts with ${bom}, not the UTF-8 BOM`);
      const records = parseCsv(file.bytes.toString('utf8').replace(/^\uFEFF/, ''));
      const header = records[0] ?? [];
      const column = Object.fromEntries(header.map((name, index) => [name, index]));
      for (const name of ['site', 'itemId', 'title', 'observedAt', 'status', 'amount', 'currency'])
        if (!(name in column)) problems.push(`no "${name}" column in the header (${header.join(',')})`);
      if (problems.length) return problems;
      // The last line is the end line, counting the rows before it.
      const end = records[records.length - 1] ?? [];
      const rows = records.slice(1, -1).filter((row) => row.length > 1 || row[0] !== '');
      if (end.join(',') !== `#comps-end,version=2,rows=${rows.length}`)
        problems.push(`last line "${end.join(',')}", expected the end line of ${rows.length} rows`);
      // The file cut at the line end before its last row, for the import check.
      const text = file.bytes.toString('utf8');
      const lastRows = text.lastIndexOf('\r\n', text.lastIndexOf('\r\n', text.length - 3) - 1);
      cutCsvPath = join(tmpdir(), `comps-e2e-cut-${driver.name}.csv`);
      writeFileSync(cutCsvPath, text.slice(0, lastRows + 2));
      const ragged = rows.filter((row) => row.length !== header.length);
      if (ragged.length) problems.push(`${ragged.length} rows without ${header.length} fields`);
      // Rows with an observedAt are observations; a listing may add one row of its current state.
      const observed = rows.filter((row) => row[column.observedAt] !== '');
      if (observed.length !== historyCount)
        problems.push(`${observed.length} observation rows, ${historyCount} observations in the database`);
      const key = (site, id) => `${site}\u0000${id}`;
      const inFile = new Set(rows.map((row) => key(row[column.site], row[column.itemId])));
      const inDb = new Set(stored.map((row) => key(row.site, row.itemId)));
      if (inFile.size !== inDb.size || [...inDb].some((k) => !inFile.has(k)))
        problems.push(`${inFile.size} listings in the file, ${inDb.size} in the database`);
      const observedIds = new Set(observed.map((row) => row[column.itemId]));
      const missing = [...expectedIds].filter((id) => !observedIds.has(id));
      if (missing.length) problems.push(`no observation row for ${missing.slice(0, 5).join(', ')}`);
      for (const [id, price] of known) {
        const row = observed.find((r) => r[column.itemId] === id);
        if (row && (Number(row[column.amount]) !== price.amount || row[column.currency] !== price.currency))
          problems.push(
            `${id}: ${row[column.amount]} ${row[column.currency]} in the file, the page shows ${price.amount} ${price.currency}`,
          );
      }
      return problems;
    },
  );

  await options.close().catch(() => {});
  if (!jsonPath) return;

  let fresh = null;
  try {
    if (cutCsvPath)
      await report.check(
        'a fresh profile refuses the CSV cut at a line end, saying it is cut short, and stores nothing',
        async () => {
          fresh = await driver.launchFresh();
          const empty = await fresh.loadPopup('');
          if (empty?.rows.length !== 0)
            return [`the fresh profile already lists ${empty?.rows.length} listings`];
          const page = await fresh.openOptions();
          await waitOptions(page, (s) => s.importButton);
          await page.setFiles(`${IMPORT} input[type=file]`, cutCsvPath);
          await page.click(`${IMPORT} .row > button`);
          const done = await waitOptions(page, (s) => s.importStatus || s.importAlert, 20000);
          const problems = [];
          if (done?.importStatus) problems.push(`imported: "${done.importStatus}"`);
          else if (
            !/^Nothing was imported\. The CSV is cut short: its last line, the end line Comps writes, is missing/.test(
              done?.importAlert ?? '',
            )
          )
            problems.push(`import says "${done?.importAlert ?? 'nothing'}"`);
          const stored = await fresh.popupEvaluate(readStoredListings).catch(() => []);
          if (stored.length) problems.push(`${stored.length} listings stored`);
          await page.close().catch(() => {});
          return problems;
        },
        40000,
      );
    await report.check(
      'a fresh profile imports the JSON file through the options page and its popup shows the same recent listings',
      async () => {
        fresh ??= await driver.launchFresh();
        const empty = await fresh.loadPopup('');
        const problems = [];
        if (empty?.rows.length !== 0)
          return [`the fresh profile already lists ${empty?.rows.length} listings`];
        const page = await fresh.openOptions();
        await waitOptions(page, (s) => s.importButton);
        await page.setFiles(`${IMPORT} input[type=file]`, jsonPath);
        await page.click(`${IMPORT} .row > button`);
        const done = await waitOptions(page, (s) => s.importStatus || s.importAlert, 20000);
        if (!done?.importStatus) return [`import: ${done?.importAlert ?? 'no result shown'}`];
        const summary =
          /Imported: ([\d,]+) new listings, ([\d,]+) updated, ([\d,]+) already up to date; ([\d,]+) price observations added/.exec(
            done.importStatus,
          );
        const history = await driver.popupEvaluate(countHistory);
        const count = (text) => Number(text.replace(/,/g, ''));
        if (!summary) problems.push(`import says "${done.importStatus}"`);
        else if (count(summary[1]) !== stored.length || count(summary[4]) !== history)
          problems.push(
            `import says "${done.importStatus}", expected ${stored.length} new listings and ${history} observations`,
          );
        const after = await fresh.popupEvaluate(readStoredListings);
        const was = new Map(stored.map((row) => [`${row.site}\u0000${row.itemId}`, row.lastSeenAt]));
        const differ = after.filter((row) => was.get(`${row.site}\u0000${row.itemId}`) !== row.lastSeenAt);
        if (after.length !== stored.length || differ.length)
          problems.push(
            `fresh database: ${after.length} listings (${differ.length} unknown or with another lastSeenAt), expected ${stored.length}`,
          );
        const shown = await fresh.loadPopup('');
        const line = (row) => `${row.site}:${row.id} ${row.title} ${row.price}`;
        const want = (recent?.rows ?? []).map(line);
        const got = (shown?.rows ?? []).map(line);
        if (shown?.heading !== 'Recently seen listings')
          problems.push(`fresh popup heading "${shown?.heading}"`);
        if (got.length !== want.length || got.some((row, i) => row !== want[i])) {
          const first = got.findIndex((row, i) => row !== want[i]);
          problems.push(
            `fresh popup lists ${got.length} rows, the original ${want.length}; first difference at ${first}: "${got[first]}" vs "${want[first]}"`,
          );
        }
        return problems;
      },
      40000,
    );
  } finally {
    await fresh?.close().catch(() => {});
  }
}
