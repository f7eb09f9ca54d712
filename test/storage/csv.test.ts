import { describe, expect, it } from 'vitest';
import {
  CsvReader,
  CsvSyntaxError,
  csvField,
  csvRecord,
  formatDecimal,
  neutralizeFormula,
  parseCsv,
  restoreFormula,
} from '../../storage/csv';

describe('csvField', () => {
  it('leaves plain text alone and quotes commas, quotes, CR and LF', () => {
    expect(csvField('Sony WH-1000XM4')).toBe('Sony WH-1000XM4');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('ニンテンドースイッチ 本体')).toBe('ニンテンドースイッチ 本体');
    expect(csvField('')).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP)', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    // Not formulas: a quote or a sign later in the text.
    expect(csvField("'hello")).toBe("'hello");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('makes neutralisation reversible, also for text that already starts with quotes', () => {
    expect(neutralizeFormula("'=x")).toBe("''=x");
    expect(neutralizeFormula("''=x")).toBe("'''=x");
    for (const text of ['=x', "'=x", "''=x", "'hello", 'hello', "'", '', '-', "'-5", '@', 'a=b', "'\tq"]) {
      expect(restoreFormula(neutralizeFormula(text))).toBe(text);
    }
    expect(restoreFormula("'plain")).toBe("'plain");
  });

  it('writes numbers as plain decimals', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(formatDecimal(1e21)).toBe('1000000000000000000000');
    expect(formatDecimal(123456789.5)).toBe('123456789.5');
    expect(formatDecimal(1701)).toBe('1701');
    expect(formatDecimal(12.3456789)).toBe('12.345679');
    expect(formatDecimal(0.0000001)).toBe('0');
    expect(formatDecimal(-0)).toBe('0');
    expect(formatDecimal(0)).toBe('0');
    expect(formatDecimal(1e-5)).toBe('0.00001');
    expect(formatDecimal(Number.NaN)).toBe('');
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe('');
    expect(formatDecimal(19.99)).toBe('19.99');
  });

  it('ends a record with CRLF', () => {
    expect(csvRecord(['a', 1.5, undefined, 'b,c'])).toBe('a,1.5,,"b,c"\r\n');
  });
});

describe('CsvReader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const text = 'h1,h2\r\n"a,b","say ""hi"""\r\n"one\r\ntwo",x\r\nlast,"z"\r\n';
    expect(parseCsv(text)).toEqual([
      { fields: ['h1', 'h2'], line: 1 },
      { fields: ['a,b', 'say "hi"'], line: 2 },
      { fields: ['one\r\ntwo', 'x'], line: 3 },
      { fields: ['last', 'z'], line: 5 },
    ]);
  });

  it('accepts LF and lone CR line ends, a BOM, blank lines and a missing final line end', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\r\re,f\n\ng,')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['c', 'd'], line: 2 },
      { fields: ['e', 'f'], line: 4 },
      { fields: ['g', ''], line: 6 },
    ]);
  });

  it('keeps empty fields and an empty quoted field', () => {
    expect(parseCsv(',,\r\n""\r\n').map((record) => record.fields)).toEqual([['', '', ''], ['']]);
  });

  it('gives the same records wherever the text is cut into chunks', () => {
    const text = '\uFEFFsite,title\r\nebay,"a ""b"", c\r\nd"\r\nmercari-jp,ニンテンドー\r\n"x",\r\n';
    const whole = parseCsv(text);
    expect(whole).toHaveLength(4);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 2)]) {
        const records: { fields: string[]; line: number }[] = [];
        const reader = new CsvReader((fields, line) => records.push({ fields, line }));
        reader.push(text.slice(0, cut));
        reader.push(text.slice(cut, second));
        reader.push(text.slice(second));
        reader.end();
        expect(records, `cut at ${cut}/${second}`).toEqual(whole);
      }
    }
  });

  it('round-trips what the writer writes', () => {
    const values = [
      '=cmd|"/c calc"!A1',
      'a,b',
      'quote " in',
      'line\r\nbreak',
      "'",
      '',
      '+',
      '  spaced  ',
      '中文,標題',
    ];
    const [record] = parseCsv(csvRecord(values));
    expect(record?.fields.map(restoreFormula)).toEqual(values);
  });

  it('stops at a quoted field that is never closed, naming the line it starts on', () => {
    expect(() => parseCsv('a,b\r\nc,"open\r\nmore')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\r\nc,"open\r\nmore');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
      expect((error as CsvSyntaxError).message).toMatch(/not closed/);
    }
  });

  it('refuses text after a closing quote and a quote inside an unquoted field', () => {
    expect(() => parseCsv('a,b\r\n"x"y,z\r\n')).toThrow(/follows the closing quote/);
    expect(() => parseCsv('a,b\r\nx"y,z\r\n')).toThrow(/double quote in the middle/);
  });
});
