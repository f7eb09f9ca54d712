/**
 * Condition on one scale across sites and languages, and the listings that are the item's
 * packaging alone (empty boxes, manuals, cases) or several items (lots). Pure functions on normalised text
 * (see `normalize`: lower case, no diacritics, full-width folded, punctuation → spaces).
 */
import { hasHan } from './chinese';
import { foldedPhrase, patternCharFolds } from './folded';
import { normalize } from './text';

export type ConditionGrade = 'new' | 'like-new' | 'used' | 'for-parts';

interface Rule {
  grade: ConditionGrade;
  pattern: RegExp;
  /** Too ambiguous in a title ("New Nintendo 3DS", "Good Smile"): trusted in the condition field only. */
  fieldOnly?: boolean;
}

/*
 * Rules are tried in order and the first match wins, so the order encodes precedence:
 * for-parts beats everything ("新品 ジャンク" is junk), the like-new phrases come before the
 * new words they contain ("未使用に近い" ⊃ "未使用", "like new" ⊃ "new", "99新"), and new beats
 * used ("全新 闲置" is an unused idle item).
 * Decisions: "New (other)" / "new without tags" are new (unused); open box, "new with defects",
 * 新品同様, 新古品, 極美品, 99/98/95新 are like-new; certified / manufacturer refurbished is like-new,
 * any other refurbished is used; eBay's Very Good / Good / Acceptable and Mercari's
 * 目立った傷や汚れなし … 全体的に状態が悪い are used (they still work); 九成新 (90 %) and below is used.
 * Negations are only handled where they are common: 故障なし / 无故障 (no fault), ジャンクではない.
 */
const FOR_PARTS =
  /\bfor parts\b|\bnot working\b|\bparts ?(?:\/|or|and|&) ?repair\b|\bfor repair\b|\bakku defekt\b|不動|電源入らない|通電不可|\bspares? (?:or |and |& )?repairs?\b|\bparts only\b|\bdefekt\b|\bfur bastler\b|\bpour pieces\b|\bhors service\b|\bpara (?:piezas|repuestos)\b|(?<![0-9] )\bpiezas$|\bno funciona\b|\bper (?:parti|ricambi)\b|\bnon funzionante\b|ジャンク(?!では|じゃ)|部品取り|(?<!无|無|没有|没)故障(?!なし|無し|无|無)|零件机|报废/;

const RULES: Rule[] = [
  { grade: 'for-parts', pattern: FOR_PARTS },
  {
    grade: 'like-new',
    pattern:
      /\blike[ -]new\b|\bopen[ -]?box\b|\bnew with defects\b|\b(?:certified|manufacturer) refurbished\b|\bneuwertig\b|\bwie neu\b|\bcomme neuf\b|\betat neuf\b|\bcomo nuev[oa]\b|\bseminuev[oa]\b|\bcome nuov[oa]\b|未使用に近い|新品同様|新古品|極美品|展示品|(?<![0-9])(?:99|98|95)新|九五新|准新|几乎全新|近全新|幾乎全新|近乎全新/,
  },
  {
    grade: 'new',
    pattern:
      /\bbrand new\b|\bnew (?:with(?:out)? (?:tags?|box)|in box|sealed|other)\b|\bnwt\b|\bnwot\b|\bb?nib\b|\bbnwt\b|\b(?:factory )?sealed\b|\bneu\b|\bbrandneu\b|\b(?:neu )?(?:und|&) ovp\b|\boriginalverpackt\b|\bneuf\b|\bnuev[oa]\b|\bnuov[oa]\b|新品|未使用|未開封|全新|未拆封|未拆/,
  },
  { grade: 'new', pattern: /\bnew\b/, fieldOnly: true },
  {
    grade: 'used',
    pattern:
      /\bused\b|\bpre[ -]?owned\b|\brefurbished\b|\brenewed\b|\bremanufactured\b|\bgebraucht\b|\bgeneraluberholt\b|\boccasion\b|\b(?:tres )?bon etat\b|\betat (?:correct|satisfaisant)\b|\busad[oa]\b|\bbuen estado\b|\breacondicionad[oa]\b|\busat[oa]\b|\bricondizionat[oa]\b|中古|美品|傷や汚れ|状態が悪い|成新|(?<![0-9])[5-9][0-9]新|二手|闲置|閒置|拆机|福利品|福利机|整新机|翻新/,
  },
  {
    grade: 'used',
    pattern: /\b(?:very good|good|acceptable|fair|poor|sehr gut|gut|akzeptabel)\b/,
    fieldOnly: true,
  },
];

function gradeText(text: string, inField: boolean): ConditionGrade | undefined {
  const normalized = patternText(text);
  if (!normalized) return undefined;
  for (const rule of asWritten().rules) {
    if (rule.fieldOnly && !inField) continue;
    if (rule.pattern.test(normalized)) return rule.grade;
  }
  return undefined;
}

/**
 * The condition on one scale: the site's condition field when it says something we know,
 * otherwise the title. Undefined when neither says anything recognisable.
 */
export function gradeCondition(condition?: string, title?: string): ConditionGrade | undefined {
  // A seller who writes "not working" in the title means it, whatever the condition field says.
  if (title && asWritten().forParts.test(patternText(title))) return 'for-parts';
  return (
    (condition ? gradeText(condition, true) : undefined) ?? (title ? gradeText(title, false) : undefined)
  );
}

const BOX_ONLY =
  /\bempty box\b|\b(?:original |retail )?box only\b|\bonly (?:the )?box\b|\bleerkarton\b|\bnur (?:die )?(?:ovp|verpackung|karton)\b|\bboite (?:vide|seule|uniquement)\b|箱のみ|空箱|空き箱|空盒|(?:仅|只有|只)(?:包装)?盒|盒子单出/;
const MANUAL_ONLY =
  /\b(?:instruction |user |owners? )?manual only\b|\bonly (?:the )?manual\b|\binstructions only\b|\bnur (?:die )?(?:bedienungs)?anleitung\b|\b(?:notice|manuel) (?:seule?|uniquement)\b|(?:取扱説明書|取扱い説明書|取説|説明書|マニュアル)のみ|(?:仅|只有|只|单)说明书|说明书单出/;
const CASE_ONLY =
  /\b(?:case|cover|sleeve|jacket) only\b|\bonly (?:the )?case\b|\bempty (?:case|sleeve)\b|ジャケットのみ|\bnur (?:die )?hulle\b|\b(?:boitier|etui) (?:seul|vide|uniquement)\b|ケースのみ|空ケース|(?:仅|只有|只)外?壳/;
/**
 * Lots and bundles. "セット" alone is not a lot (it is often one product sold as a set), nor are
 * "3-pack" or "pack of 12 (12 x 85 g)"; "x10" counts only at the very end of a title.
 */
const LOT =
  /\b(?:lot|set) of \d+\b|\bjob ?lot\b|\bbundle\b|\bbox ?set\b|\bcoffret\b|ボックスセット|ボックス セット|\b(?:double|twin) pack\b|ダブルパック|\bbooster box\b|\b1 ?box\b|\bkonvolut\b|\blot de \d+\b|まとめ(?!買)|(?<![0-9])(?:[2-9]|[1-9][0-9]+) ?(?:点|本|個|枚|冊|体)セット|セット売り|打包|一起出|批量/;

/**
 * "x10" / "×10" at the very end of the title, matched on the NFKC title before lower-casing
 * ("×" is punctuation to `normalize`): a capital X is taken for a model ("Sony Xperia X10").
 */
const LOT_COUNT_SUFFIX = /(?:^|\s)[x×] ?(?:[2-9]|[1-9][0-9]{1,2})$/;

/**
 * Condition groups, what the reference keeps apart: new (sealed, unused), used (like new, used,
 * and condition not stated: on a second-hand market an unstated condition is a used item), and
 * for parts.
 */
export type ConditionGroup = 'new' | 'used' | 'for-parts';

export function conditionGroupOf(grade: ConditionGrade | undefined): ConditionGroup {
  return grade === 'new' ? 'new' : grade === 'for-parts' ? 'for-parts' : 'used';
}

/** The item's own packaging sold without it: an empty box, the manual, a game's case. */
export function packagingOf(title: string): 'box' | 'manual' | 'case' | undefined {
  const normalized = patternText(title);
  const { boxOnly, manualOnly, caseOnly } = asWritten();
  if (boxOnly.test(normalized)) return 'box';
  if (manualOnly.test(normalized)) return 'manual';
  if (caseOnly.test(normalized)) return 'case';
  return undefined;
}

/** A lot or bundle of several items. */
export function isLot(title: string): boolean {
  return asWritten().lot.test(patternText(title)) || LOT_COUNT_SUFFIX.test(title.normalize('NFKC').trim());
}

let charFold: { pattern: RegExp; folds: ReadonlyMap<string, string> } | undefined;

/**
 * Titles and condition fields are read as written, and the patterns keep their Chinese phrases in
 * one script (Simplified, as the folded text the rest of the engine reads): both are read here
 * with the patterns' Traditional characters folded (機 → 机), so a Taiwanese "零件機" (for parts)
 * or "報廢" (scrapped) says what "零件机" says, and "無故障" (no fault) negates as "无故障" does.
 * A character at a time from a small table (folded-table.json), not OpenCC: the patterns need
 * only their own characters, and this runs on every listing a query reads.
 */
function foldPatternChars(text: string): string {
  if (!hasHan(text)) return text;
  if (!charFold) {
    const folds = patternCharFolds();
    charFold = { folds, pattern: new RegExp(`[${[...folds.keys()].join('')}]`, 'gu') };
  }
  const { pattern, folds } = charFold;
  return text.replace(pattern, (char) => folds.get(char) ?? char);
}

let lastRead: { text: string; read: string } | undefined;
/**
 * The text as the patterns read it: normalised, the patterns' Traditional characters folded.
 * The last one is kept: a title's analysis asks for its condition, packaging and lot in a row.
 */
function patternText(text: string): string {
  if (lastRead?.text !== text) lastRead = { text, read: foldPatternChars(normalize(text)) };
  return lastRead.read;
}

let written:
  | {
      rules: Rule[];
      forParts: RegExp;
      boxOnly: RegExp;
      manualOnly: RegExp;
      caseOnly: RegExp;
      lot: RegExp;
    }
  | undefined;

function foldPattern(pattern: RegExp): RegExp {
  return new RegExp(foldPatternChars(pattern.source), pattern.flags);
}

/** The patterns with their characters folded as `patternText` folds titles (built on first use). */
function asWritten() {
  written ??= {
    rules: RULES.map((rule) => ({ ...rule, pattern: foldPattern(rule.pattern) })),
    forParts: foldPattern(FOR_PARTS),
    boxOnly: foldPattern(BOX_ONLY),
    manualOnly: foldPattern(MANUAL_ONLY),
    caseOnly: foldPattern(CASE_ONLY),
    lot: foldPattern(LOT),
  };
  return written;
}

/** Every phrase that says a condition, the packaging alone or a lot: not words of what the item is. */
export const KIND_AND_CONDITION_PATTERNS: readonly RegExp[] = [
  FOR_PARTS,
  BOX_ONLY,
  MANUAL_ONLY,
  CASE_ONLY,
  LOT,
  ...RULES.filter((rule) => !rule.fieldOnly).map((rule) => rule.pattern),
];

const KIND_AND_CONDITION_PHRASES = KIND_AND_CONDITION_PATTERNS.map(
  // The engine reads folded text (Traditional Chinese as Simplified): 未開封 is 未开封 there.
  (pattern) => new RegExp(`${pattern.source}|${foldedPhrase(pattern.source)}`, 'g'),
);

/**
 * The normalised text with condition, packaging and lot phrases blanked out, at the same length
 * (offsets stay valid): "Nintendo Switch 箱のみ" and "Nintendo Switch Console Box Only" share
 * their words only where they name the item.
 */
export function blankKindPhrases(normalized: string): string {
  let out = normalized;
  for (const pattern of KIND_AND_CONDITION_PHRASES)
    out = out.replace(pattern, (match) => ' '.repeat(match.length));
  return out;
}
