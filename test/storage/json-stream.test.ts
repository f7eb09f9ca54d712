import { describe, expect, it } from 'vitest';
import { JsonStreamError, JsonStreamReader } from '../../storage/json-stream';

interface Read {
  members: Record<string, unknown>;
  elements: Record<string, unknown[]>;
}

/** Reads `text` cut into the given chunks; returns what the handlers got. */
function read(chunks: string[], maxValueChars?: number): Read {
  const members: Record<string, unknown> = {};
  const elements: Record<string, unknown[]> = {};
  const reader = new JsonStreamReader(
    { streamed: ['listings', 'choices'], kept: ['format', 'scope'], maxValueChars },
    {
      member: (key, value) => {
        members[key] = value;
      },
      arrayStart: (key) => {
        elements[key] = [];
      },
      element: (key, value, index) => {
        const list = elements[key] as unknown[];
        expect(index).toBe(list.length + 1);
        list.push(value);
      },
    },
  );
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return { members, elements };
}

/** The same, split into pieces of `size` characters. */
function readIn(text: string, size: number): Read {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return read(chunks);
}

/** What JSON.parse says the reader should give. */
function expected(text: string): Read {
  const whole = JSON.parse(text) as Record<string, unknown>;
  const members: Record<string, unknown> = {};
  const elements: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(whole)) {
    if (key === 'listings' || key === 'choices') elements[key] = value as unknown[];
    else if (key === 'format' || key === 'scope') members[key] = value;
  }
  return { members, elements };
}

function failure(chunks: string[]): JsonStreamError {
  try {
    read(chunks);
  } catch (error) {
    if (error instanceof JsonStreamError) return error;
    throw error;
  }
  throw new Error(`accepted: ${chunks.join('')}`);
}

/** Strings that are hard to scan: quotes, escaped quotes, backslashes, brackets, unicode escapes. */
const TRICKY = [
  'plain',
  'a "quoted" word',
  'ends with a backslash \\',
  '\\"',
  '\\\\"',
  '{[}]',
  '","listings":[',
  'tab\tnew\nline\r\u0000nul \u2028 \u202e rtl 🎧',
  '\ud800 lone surrogate',
  '',
];

const DOC = {
  format: 'comps-backup',
  schemaVersion: 2,
  scope: { site: 'ebay', note: '} ] " \\' },
  unknown: { deep: [1, { listings: ['not', 'these'] }], text: TRICKY },
  listings: [
    { title: TRICKY[1], history: [{ a: 1e21 }, { b: -0.5 }], n: null, t: true, f: false },
    ...TRICKY.map((title, index) => ({ title, index, nested: [[[]], {}] })),
    'a string element',
    12.5e-3,
    null,
    [],
  ],
  choices: [],
  tail: 'after the lists',
};

describe('JsonStreamReader', () => {
  it('hands out the elements of the streamed lists and the kept members, as JSON.parse reads them', () => {
    const text = JSON.stringify(DOC);
    const got = read([text]);
    expect(got).toEqual(expected(text));
    // Members neither streamed nor kept are skipped, not kept.
    expect(got.members).not.toHaveProperty('unknown');
    expect(got.members).not.toHaveProperty('tail');
  });

  it('gives the same wherever the text is cut into chunks', () => {
    for (const text of [JSON.stringify(DOC), JSON.stringify(DOC, null, 2), JSON.stringify(DOC, null, '\t')]) {
      const want = expected(text);
      for (const size of [1, 2, 3, 7, 64, 1000]) expect(readIn(text, size)).toEqual(want);
    }
  });

  it('reads whitespace of every kind between the parts, and empty lists and objects', () => {
    expect(read([' \r\n\t{ "listings" :\n[ ] , "format"\t:\r"x" }\n\n'])).toEqual({
      members: { format: 'x' },
      elements: { listings: [] },
    });
    expect(read(['{}'])).toEqual({ members: {}, elements: {} });
  });

  it('reads keys with escapes, even cut inside an escape', () => {
    const text = '{"\\u006cistings":[1],"for\\"mat":2,"form\\u0061t":3}';
    for (const size of [1, 2, 5]) {
      expect(readIn(text, size)).toEqual({ members: { format: 3 }, elements: { listings: [1] } });
    }
  });

  it('refuses every cut of a document: a file cut short never reads as complete', () => {
    const text = JSON.stringify({ format: 'f', listings: [{ a: '"x"' }, 2], choices: [] });
    for (let end = 0; end < text.length; end++) {
      expect(() => read([text.slice(0, end)]), `cut at ${end}: ${text.slice(0, end)}`).toThrow(
        JsonStreamError,
      );
    }
  });

  it('refuses what is not one JSON object, naming the element at fault', () => {
    expect(failure(['[1,2]']).message).toMatch(/does not start with a JSON object/);
    expect(failure(['{"listings":[1,2,]}']).at).toEqual({ key: 'listings', index: 3 });
    expect(failure(['{"listings":[1 2]}']).at).toEqual({ key: 'listings', index: 1 });
    expect(failure(['{"listings":[{"a":1,}]}']).at).toEqual({ key: 'listings', index: 1 });
    expect(failure(['{"listings":[{"a":01}]}']).at).toEqual({ key: 'listings', index: 1 });
    expect(failure(['{"listings":[{"a":"\u0001"}]}']).at).toEqual({ key: 'listings', index: 1 });
    expect(failure(['{"listings":[,1]}']).message).toMatch(/missing value/);
    expect(failure(['{"listings":{}}']).message).toMatch(/not a list/);
    expect(failure(['{"format":1,}']).message).toMatch(/expected a key/);
    expect(failure(['{"format":1 "scope":2}']).message).toMatch(/expected "," or "}"/);
    expect(failure(['{"format" 1}']).message).toMatch(/expected ":"/);
    expect(failure(['{"format":1}{}']).message).toMatch(/follows the end/);
    expect(failure(['{"format":1,"format":2}']).message).toMatch(/appears twice/);
    expect(failure(['{"format":tru}']).message).toMatch(/JSON/);
    expect(failure(['{"unknown":[}']).message).toMatch(/ends before it is complete/);
  });

  it('refuses an element larger than the limit, without keeping it', () => {
    const big = JSON.stringify({ listings: [{ title: 'x'.repeat(5000) }] });
    expect(() => read([big], 4000)).toThrow(/larger than/);
    // A skipped member may be any size: it is not kept.
    expect(read([JSON.stringify({ other: 'x'.repeat(5000) })], 4000)).toEqual({ members: {}, elements: {} });
  });

  it('accepts only what JSON.parse accepts, and then reads the same (mutated documents)', () => {
    const text = JSON.stringify({ format: 'f', listings: [{ a: 'x\\"y', b: [1, 2] }, 'z'], choices: [{}] });
    const alphabet = ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '1', 'a', 'n'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const at = random(text.length);
      const mutated =
        text.slice(0, at) + (alphabet[random(alphabet.length)] as string) + text.slice(at + random(2));
      let got: Read | null = null;
      try {
        got = readIn(mutated, 1 + random(9));
      } catch (error) {
        expect(error).toBeInstanceOf(JsonStreamError);
      }
      if (!got) continue;
      accepted++;
      expect(got, mutated).toEqual(expected(mutated));
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
