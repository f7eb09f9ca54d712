/**
 * Data a page embeds for its own scripts: a JSON script element (`__NEXT_DATA__`, a Redux state)
 * or the Next.js App Router "flight" payload (`self.__next_f.push([1, "..."])`). Pure string and
 * DOM reading, no dependency: content scripts use it.
 */

/** The last text parsed, and what it gave: a page is read again on every change, its state seldom changes. */
let last: { text: string; value: unknown } = { text: '', value: undefined };

function parse(text: string): unknown {
  if (text === last.text) return last.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined; // a cut or broken state: no data, not an error
  }
  last = { text, value };
  return value;
}

/** The parsed JSON of the first script matching `selector`, or undefined. */
export function scriptJson(doc: Document, selector: string): unknown {
  const text = doc.querySelector(selector)?.textContent;
  return text ? parse(text) : undefined;
}

const FLIGHT_HEAD = /^\s*self\.__next_f\.push\(\[1,\s*"/;
const FLIGHT_TAIL = /"\s*\]\)\s*;?\s*$/;

/** The string literal of a `self.__next_f.push([1,"..."])` script (sliced, not matched: chunks are large). */
function flightLiteral(script: string): string | undefined {
  const head = FLIGHT_HEAD.exec(script);
  const tail = FLIGHT_TAIL.exec(script);
  if (!head || !tail) return undefined;
  return script.slice(head[0].length - 1, tail.index + 1);
}

/**
 * The Next.js flight payload of the page, its chunks joined (a row can be split across chunks).
 * Only the scripts that are exactly `self.__next_f.push([1,"..."])` are read.
 */
export function nextFlightPayload(doc: Document): string {
  let payload = '';
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('__next_f')) continue;
    const literal = flightLiteral(text);
    if (!literal) continue;
    try {
      payload += JSON.parse(literal) as string;
    } catch {
      // a chunk that is no JSON string: skip it
    }
  }
  return payload;
}

/** Index just past the JSON value (object or array) opening at `start`, or -1 if it never closes. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Every JSON object or array that follows `"key":` in a text (a flight payload, a script that is
 * not pure JSON), parsed; values that do not parse are left out. At most `max` are returned.
 */
export function jsonValuesAfter(text: string, key: string, max = 20): unknown[] {
  const values: unknown[] = [];
  const needle = `${JSON.stringify(key)}:`;
  for (let at = text.indexOf(needle); at >= 0 && values.length < max; at = text.indexOf(needle, at + 1)) {
    const start = at + needle.length;
    if (text[start] !== '[' && text[start] !== '{') continue;
    const end = valueEnd(text, start);
    if (end < 0) break;
    try {
      values.push(JSON.parse(text.slice(start, end)));
    } catch {
      // not JSON after all: look further
    }
  }
  return values;
}

export type Json = Record<string, unknown>;

export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `obj.a.b.c` for a path ['a', 'b', 'c'], or undefined when a step is missing. */
export function dig(value: unknown, path: string[]): unknown {
  let node = value;
  for (const step of path) {
    if (!isJson(node)) return undefined;
    node = node[step];
  }
  return node;
}

/** A list of objects at `path`, or []. */
export const objectsAt = (value: unknown, path: string[]): Json[] => {
  const found = dig(value, path);
  return Array.isArray(found) ? found.filter(isJson) : [];
};

/** A text value (strings and numbers), trimmed, or ''. */
export const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
