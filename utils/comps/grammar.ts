/**
 * Compatibility grammar: the parts of a title that name what an item fits, not what it is.
 * "Case for Nintendo Switch", "<game> - Nintendo Switch", "iPhone 15 用 フィルム", "Switch対応",
 * "適用 iPhone", "AirPods專用", "compatible with", "für", "pour", "para". A title that names the
 * query's item only inside such a clause is something made for it (reference: kinds.ts).
 *
 * Works on folded text (lexicon.ts `foldText`) and the terms found in it; returns spans.
 */
import { foldText, type TermHit } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

/**
 * Latin words that open a clause naming what the item fits (folded: "für" is "fur"). After "for"
 * the rest of the title is what it fits ("Case for PS5 Controller": a case); after "compatible"
 * a noun may follow that is the item itself ("Compatible Nintendo Switch Dock").
 */
const AFTER_LATIN =
  /(?:^|\s)(?:for|fits?|fit for|made for|designed for|works with|suitable for|fur|passend fur|geeignet fur|kompatibel mit|pour|compatible avec|para|compatible con|per|compatibile con|voor|geschikt voor)(?=\s|$)/g;
/** Words that say nothing of what an item is, before a leading "for". */
const EMPTY_HEAD_WORDS =
  /\b(?:new|brand|oem|genuine|original|authentic|replacement|premium|quality|high|top|hot|sale|free|shipping|us|uk|eu|seller|fast)\b/g;
const SAYS_SOMETHING = /[a-z0-9\u3040-\u30ff\u3400-\u9fff]/;
const COMPATIBLE = /(?:^|\s)compatible(?: with)?(?=\s|$)/g;
/** Chinese and Japanese markers written before what the item fits ("适用 iPhone", "適用於"). */
const AFTER_CJK = /适用于|适用於|适用|適用|适配|兼容/g;
/**
 * Markers written after it: "iPhone 15 用", "Switch対応", "AirPods专用", "PS5向け", and "α7III外し"
 * (a kit lens taken off the camera it came with). 用 after 使, 利, 费… is another word (使用 "used",
 * 费用 "cost", 通用 "universal"); 取り外し is "removable".
 */
const BEFORE_CJK =
  /(?<![使利费費採采信作引应応活常通试試兼公])用|対応|对应|対応品|専用|专用|向け|兼用|适合|適合|(?<!取り?)外し/g;

/**
 * Roles whose term ends a clause written before its noun ("适用 iPhone 15 钢化膜", "compatible
 * Switch dock"): the item's own noun is not part of what it fits. "本体" is part of it ("本体用").
 */
const ENDS_CLAUSE = new Set(['accessory', 'media', 'product']);
/** How far back a clause written before its marker reaches at most (characters). */
const MAX_BEFORE = 24;

function nextNounStart(hits: readonly TermHit[], from: number, limit: number): number {
  for (const hit of hits) {
    if (hit.start >= from && ENDS_CLAUSE.has(hit.term.role)) return Math.min(hit.start, limit);
  }
  return limit;
}

function previousNounEnd(hits: readonly TermHit[], before: number): number {
  let end = 0;
  for (const hit of hits) {
    if (hit.end <= before && ENDS_CLAUSE.has(hit.term.role)) end = hit.end;
  }
  return end;
}

/**
 * "<title> - Nintendo Switch": a title whose last part, after " - " or " | ", names only a
 * platform (with its maker) says what the item runs on. Read on the title as written, since
 * folding drops the dash.
 */
function platformSuffix(title: string, folded: string, hits: readonly TermHit[]): Span | undefined {
  const parts = title.normalize('NFKC').split(/\s[-–—|]\s|\s\|/);
  if (parts.length < 2) return undefined;
  const last = foldText(parts[parts.length - 1] ?? '');
  if (!last || !folded.endsWith(last)) return undefined;
  const start = folded.length - last.length;
  const inside = hits.filter((hit) => hit.start >= start);
  if (
    inside.length === 0 ||
    inside.some((hit) => hit.term.role !== 'platform' && hit.term.role !== 'brand')
  ) {
    return undefined;
  }
  // Nothing but those terms (and spaces) in the suffix.
  let covered = '';
  let at = start;
  for (const hit of inside) {
    covered += folded.slice(at, hit.start);
    at = hit.end;
  }
  covered += folded.slice(at);
  if (covered.trim() !== '') return undefined;
  return { start, end: folded.length };
}

/** The spans of a folded title that name what the item fits. */
export function compatClauses(title: string, folded: string, hits: readonly TermHit[]): Span[] {
  const spans: Span[] = [];
  AFTER_LATIN.lastIndex = 0;
  for (let m = AFTER_LATIN.exec(folded); m; m = AFTER_LATIN.exec(folded)) {
    // "NEW For BMW E28 … Trunk Seal": nothing before "for" says what the item is, so the title
    // names the car first and the part after it: no clause.
    if (!SAYS_SOMETHING.test(folded.slice(0, m.index).replace(EMPTY_HEAD_WORDS, ' '))) continue;
    spans.push({ start: m.index + m[0].length, end: folded.length });
  }
  COMPATIBLE.lastIndex = 0;
  for (let m = COMPATIBLE.exec(folded); m; m = COMPATIBLE.exec(folded)) {
    const start = m.index + m[0].length;
    spans.push({ start, end: nextNounStart(hits, start, folded.length) });
  }
  AFTER_CJK.lastIndex = 0;
  for (let m = AFTER_CJK.exec(folded); m; m = AFTER_CJK.exec(folded)) {
    const start = m.index + m[0].length;
    spans.push({ start, end: nextNounStart(hits, start, folded.length) });
  }
  BEFORE_CJK.lastIndex = 0;
  for (let m = BEFORE_CJK.exec(folded); m; m = BEFORE_CJK.exec(folded)) {
    const end = m.index;
    const start = Math.max(previousNounEnd(hits, end), end - MAX_BEFORE, 0);
    if (folded.slice(start, end).trim()) spans.push({ start, end });
  }
  const suffix = platformSuffix(title, folded, hits);
  if (suffix) spans.push(suffix);
  return spans.filter((span) => span.end > span.start);
}

export function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}
