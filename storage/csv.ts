/**
 * RFC 4180 CSV: a writer and a streaming reader, with nothing Comps-specific in them.
 *
 * Writer: fields are separated by commas and records end with CRLF; a field holding a comma, a
 * double quote, CR or LF is wrapped in double quotes, its quotes doubled. Text that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR, OWASP "CSV injection") gets a leading
 * single quote; the reader takes it off again, so the round trip is exact (see `neutralizeFormula`).
 *
 * Reader: accepts CRLF, LF or a lone CR between records (spreadsheets save all three), an optional
 * UTF-8 byte order mark, and chunks cut anywhere (in a field, between CR and LF, in a quoted
 * field). It reports the line a record starts on, so errors can name it.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula gets a leading `'`. To make that reversible, text
 * that already starts with quotes followed by such a character gets one more quote too:
 * `=1+1` → `'=1+1`, `'=x` → `''=x`; `'hello` is left alone.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `neutralizeFormula`. */
export function restoreFormula(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: text is neutralised against formulas, then quoted if it has to be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(',') + CSV_EOL;
}

/**
 * A number as a plain decimal: '.' as the separator, no grouping, never an exponent, at most
 * `maxDecimals` decimals and no trailing zeros (0.1 + 0.2 → "0.3", 1e21 → "1000000000000000000000").
 * Non-finite numbers give an empty field.
 */
export function formatDecimal(value: number, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  if (abs >= 1e21) {
    // toFixed switches to exponent notation here; integers this large have no decimals anyway.
    return (value < 0 ? '-' : '') + BigInt(Math.round(abs)).toString();
  }
  let text = abs.toFixed(maxDecimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (text === '0') return '0';
  return value < 0 ? `-${text}` : text;
}

/** Reading stops with this when the text is not valid RFC 4180. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export type CsvRecordHandler = (fields: string[], line: number) => void;

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Read a quote inside a quoted field: the closing quote, or the first half of "". */
const QUOTE_IN_QUOTED = 3;
/** After a closing quote: only a comma or a line end may follow. */
const AFTER_CLOSE = 4;

/**
 * A push parser: feed it text in chunks of any size with `push`, then call `end`. Each complete
 * record goes to the handler with the (1-based) line it starts on. Blank lines are skipped.
 */
export class CsvReader {
  private fields: string[] = [];
  private field = '';
  private state = FIELD_START;
  private started = false;
  /** The previous character (across chunks), to count CRLF as one line break. */
  private previous = -1;
  /** The last record ended with a CR: an LF right after it is the rest of that CRLF. */
  private skipLF = false;
  private line = 1;
  private recordLine = 1;

  constructor(private readonly onRecord: CsvRecordHandler) {}

  /** The physical line the reader has reached (1-based). */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: string): void {
    let text = chunk;
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const length = text.length;
    let run = 0; // start of the run of field characters not yet added to this.field
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const previous = this.previous;
      this.previous = code;
      if (code === CR || (code === LF && previous !== CR)) this.line++;
      if (this.skipLF) {
        this.skipLF = false;
        if (code === LF) continue;
      }
      const state = this.state;
      if (state === QUOTED) {
        if (code === QUOTE) {
          this.field += text.slice(run, i);
          this.state = QUOTE_IN_QUOTED;
        }
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        if (code === QUOTE) {
          // "" in a quoted field: this second quote starts the next run, so one quote is kept.
          this.state = QUOTED;
          run = i;
          continue;
        }
        this.state = AFTER_CLOSE;
      }
      if (code === COMMA) {
        if (this.state === UNQUOTED) this.field += text.slice(run, i);
        this.endField();
        continue;
      }
      if (code === CR || code === LF) {
        if (this.state === UNQUOTED) this.field += text.slice(run, i);
        this.endRecord();
        this.recordLine = this.line;
        this.skipLF = code === CR;
        continue;
      }
      if (this.state === AFTER_CLOSE)
        throw new CsvSyntaxError('a character follows the closing quote of a field', this.line);
      if (this.state === FIELD_START) {
        if (code === QUOTE) {
          this.state = QUOTED;
          run = i + 1;
        } else {
          this.state = UNQUOTED;
          run = i;
        }
        continue;
      }
      if (code === QUOTE)
        throw new CsvSyntaxError(
          'a double quote in the middle of a field that does not start with one',
          this.line,
        );
    }
    if (this.state === UNQUOTED || this.state === QUOTED) this.field += text.slice(run);
  }

  /** Ends the text: the last record may lack its line end; an open quoted field is an error. */
  end(): void {
    if (this.state === QUOTED)
      throw new CsvSyntaxError(
        'a quoted field is not closed before the end of the file (the file may be cut short)',
        this.recordLine,
      );
    if (this.state !== FIELD_START || this.fields.length > 0) this.endRecord();
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = FIELD_START;
  }

  private endRecord(): void {
    const blank = this.fields.length === 0 && this.state === FIELD_START;
    this.endField();
    const record = this.fields;
    this.fields = [];
    if (!blank) this.onRecord(record, this.recordLine);
  }
}

/** Parses a whole text at once (small files and tests). */
export function parseCsv(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  const reader = new CsvReader((fields, line) => records.push({ fields, line }));
  reader.push(text);
  reader.end();
  return records;
}
