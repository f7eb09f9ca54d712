/**
 * A streaming reader for one JSON object whose large members are arrays: the elements of those
 * arrays come out one by one, as they are read, so memory holds one element at a time, never the
 * file. Nothing Comps-specific in here.
 *
 * How: a small scanner finds where each element begins and ends (it follows strings, escapes and
 * nesting depth), and the element's text goes to the engine's own `JSON.parse`. The scanner checks
 * the structure between elements strictly (`{`, keys, `:`, `,`, `[`, `]`, `}`, whitespace) and
 * `JSON.parse` checks each element, so a file is accepted only when it is valid JSON as a whole.
 * Measured against @streamparser/json (a full tokenizer in JavaScript) on a 59 MB backup of
 * 100,000 listings in Node 20: this reader 0.5 s, @streamparser/json 6.4 s (see README,
 * "Export / import").
 *
 * Members of the top-level object are handled by name: `streamed` arrays give elements, `kept`
 * members are parsed whole (they must be small), any other member is skipped without being kept.
 */

export class JsonStreamError extends Error {
  constructor(
    message: string,
    /** The streamed array the problem is in, and the element's position in it (1-based). */
    readonly at?: { key: string; index: number },
  ) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

export interface JsonStreamHandlers {
  /** A kept member, parsed. */
  member?(key: string, value: unknown): void;
  /** A streamed array begins (its elements follow). */
  arrayStart?(key: string): void;
  /** One element of a streamed array, parsed; `index` is 1-based. */
  element(key: string, value: unknown, index: number): void;
}

export interface JsonStreamOptions {
  /** Names of the array members whose elements are handed out one by one. */
  streamed: readonly string[];
  /** Names of the members parsed whole. */
  kept: readonly string[];
  /** An element or kept member longer than this (in UTF-16 units) is refused. */
  maxValueChars?: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isSpace(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === TAB;
}

enum State {
  /** Before the top-level `{`. */
  Start,
  /** After `{`: a key or `}`. */
  FirstKey,
  /** After `,` between members: a key. */
  Key,
  /** Inside a key string. */
  KeyText,
  /** After a key: `:`. */
  Colon,
  /** After `:`: the member's value. */
  Value,
  /** After a member's value: `,` or `}`. */
  AfterValue,
  /** After the `[` of a streamed array: an element or `]`. */
  FirstElement,
  /** After `,` in a streamed array: an element. */
  Element,
  /** After an element: `,` or `]`. */
  AfterElement,
  /** After the closing `}`: only whitespace. */
  Done,
}

/** What the value being scanned is for. */
enum Target {
  Kept,
  Skipped,
  Element,
}

/**
 * Feed text with `push` (chunks cut anywhere), then call `end`. Handlers run synchronously
 * during `push`.
 */
export class JsonStreamReader {
  private state = State.Start;
  private key = '';
  private keyParts: string[] = [];
  /** The key text read so far ends inside an escape (`\` at a chunk's end). */
  private keyEscaped = false;
  private readonly seen = new Set<string>();
  private readonly streamed: Set<string>;
  private readonly kept: Set<string>;
  private readonly maxValueChars: number;
  private index = 0;

  // The value being scanned.
  private scanning = false;
  private target = Target.Skipped;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A number, true, false or null: it ends at the first delimiter. */
  private bare = false;
  private parts: string[] = [];
  private partsLength = 0;

  constructor(
    options: JsonStreamOptions,
    private readonly handlers: JsonStreamHandlers,
  ) {
    this.streamed = new Set(options.streamed);
    this.kept = new Set(options.kept);
    this.maxValueChars = options.maxValueChars ?? 64 * 1024 * 1024;
  }

  push(text: string): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (this.scanning) {
        i = this.scan(text, i);
        continue;
      }
      const code = text.charCodeAt(i);
      switch (this.state) {
        case State.KeyText: {
          const end = this.keyEnd(text, i);
          if (end === -1) {
            this.keyParts.push(text.slice(i));
            if (this.keyParts.reduce((sum, part) => sum + part.length, 0) > 10_000)
              throw new JsonStreamError('a key of the top-level object is too long');
            return;
          }
          this.keyParts.push(text.slice(i, end));
          this.key = this.parseKey(this.keyParts.join(''));
          this.keyParts = [];
          this.state = State.Colon;
          i = end + 1;
          continue;
        }
        case State.Done:
          if (!isSpace(code)) throw new JsonStreamError('text follows the end of the JSON object');
          i++;
          continue;
      }
      if (isSpace(code)) {
        i++;
        continue;
      }
      switch (this.state) {
        case State.Start:
          if (code !== OPEN_BRACE) throw new JsonStreamError('the file does not start with a JSON object');
          this.state = State.FirstKey;
          break;
        case State.FirstKey:
        case State.Key:
          if (code === CLOSE_BRACE && this.state === State.FirstKey) this.state = State.Done;
          else if (code === QUOTE) this.state = State.KeyText;
          else throw new JsonStreamError('expected a key in the top-level object');
          break;
        case State.Colon:
          if (code !== COLON) throw new JsonStreamError(`expected ":" after the key "${this.key}"`);
          this.state = State.Value;
          break;
        case State.Value:
          if (this.seen.has(this.key))
            throw new JsonStreamError(`the key "${this.key}" appears twice in the top-level object`);
          this.seen.add(this.key);
          if (this.streamed.has(this.key)) {
            if (code !== OPEN_BRACKET) throw new JsonStreamError(`"${this.key}" is not a list`);
            this.index = 0;
            this.handlers.arrayStart?.(this.key);
            this.state = State.FirstElement;
            break;
          }
          this.startValue(this.kept.has(this.key) ? Target.Kept : Target.Skipped, State.AfterValue);
          continue; // the value's first character is scanned as part of it
        case State.AfterValue:
          if (code === COMMA) this.state = State.Key;
          else if (code === CLOSE_BRACE) this.state = State.Done;
          else throw new JsonStreamError(`expected "," or "}" after the value of "${this.key}"`);
          break;
        case State.FirstElement:
        case State.Element:
          if (code === CLOSE_BRACKET && this.state === State.FirstElement) {
            this.state = State.AfterValue;
            break;
          }
          if (code === CLOSE_BRACKET || code === COMMA)
            throw new JsonStreamError(`a missing value in "${this.key}"`, {
              key: this.key,
              index: this.index + 1,
            });
          this.index++;
          this.startValue(Target.Element, State.AfterElement);
          continue;
        case State.AfterElement:
          if (code === COMMA) this.state = State.Element;
          else if (code === CLOSE_BRACKET) this.state = State.AfterValue;
          else
            throw new JsonStreamError(`expected "," or "]" after an element of "${this.key}"`, {
              key: this.key,
              index: this.index,
            });
          break;
      }
      i++;
    }
  }

  /** The text has ended: it must have been one whole JSON object. */
  end(): void {
    if (this.scanning || this.state !== State.Done)
      throw new JsonStreamError(
        'the JSON ends before it is complete (the file may be cut short)',
        this.state === State.FirstElement || this.state === State.Element || this.state === State.AfterElement
          ? { key: this.key, index: this.index }
          : undefined,
      );
  }

  private after = State.AfterValue;

  private startValue(target: Target, after: State): void {
    this.scanning = true;
    this.target = target;
    this.after = after;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.bare = false;
    this.parts = [];
    this.partsLength = 0;
  }

  /**
   * Scans the value from `start`; returns where scanning stopped (the end of the text, or just
   * after the value).
   */
  private scan(text: string, start: number): number {
    const length = text.length;
    let i = start;
    if (this.depth === 0 && !this.inString && !this.bare) {
      // The value's first character.
      const code = text.charCodeAt(i);
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        this.depth = 1;
        i++;
      } else if (code === QUOTE) {
        this.inString = true;
        i++;
      } else this.bare = true;
    }
    if (this.bare) {
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) {
          this.finish(text, start, i);
          return i;
        }
        i++;
      }
      this.keep(text, start, length);
      return length;
    }
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    while (i < length) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        // Jump to the next quote; it closes the string unless an odd run of backslashes precedes it.
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          escaped = trailingBackslashes(text, i, length) % 2 === 1;
          i = length;
          break;
        }
        if (trailingBackslashes(text, i, quote) % 2 === 1) {
          i = quote + 1;
          continue;
        }
        inString = false;
        i = quote + 1;
        if (depth === 0) {
          this.inString = false;
          this.finish(text, start, i);
          return i;
        }
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          this.depth = 0;
          this.finish(text, start, i + 1);
          return i + 1;
        }
      }
      i++;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.keep(text, start, length);
    return length;
  }

  /** Keeps the part of the value in this chunk (a skipped value keeps nothing). */
  private keep(text: string, start: number, end: number): void {
    if (this.target === Target.Skipped) return;
    this.partsLength += end - start;
    if (this.partsLength > this.maxValueChars)
      throw new JsonStreamError(
        `a value in "${this.key}" is larger than ${Math.round(this.maxValueChars / 1048576)} M characters`,
        this.target === Target.Element ? { key: this.key, index: this.index } : undefined,
      );
    this.parts.push(text.slice(start, end));
  }

  private finish(text: string, start: number, end: number): void {
    this.scanning = false;
    this.bare = false;
    this.state = this.after;
    if (this.target === Target.Skipped) return;
    this.keep(text, start, end);
    const source = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new JsonStreamError(
        error instanceof Error ? error.message : String(error),
        this.target === Target.Element ? { key: this.key, index: this.index } : undefined,
      );
    }
    if (this.target === Target.Element) this.handlers.element(this.key, value, this.index);
    else this.handlers.member?.(this.key, value);
  }

  /** The index of the quote that closes the key string, or -1 when it is in a later chunk. */
  private keyEnd(text: string, from: number): number {
    let escaped = this.keyEscaped;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (escaped) escaped = false;
      else if (code === BACKSLASH) escaped = true;
      else if (code === QUOTE) {
        this.keyEscaped = false;
        return i;
      }
    }
    this.keyEscaped = escaped;
    return -1;
  }

  private parseKey(inner: string): string {
    try {
      return JSON.parse(`"${inner}"`) as string;
    } catch {
      throw new JsonStreamError('a key of the top-level object is not a valid JSON string');
    }
  }
}

/** How many backslashes come right before `end` (not before `from`). */
function trailingBackslashes(text: string, from: number, end: number): number {
  let count = 0;
  for (let i = end - 1; i >= from && text.charCodeAt(i) === BACKSLASH; i--) count++;
  return count;
}
