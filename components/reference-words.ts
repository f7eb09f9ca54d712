/**
 * The words for what the engine decided (utils/comps): kinds, conditions, periods and reasons,
 * in the UI language. One place, so the card, the groups and the lists say the same thing.
 */
import type { ConditionGroup } from '../utils/comps/condition';
import type { Kind } from '../utils/comps/kinds';
import { termLabel } from '../utils/comps/lexicon';
import type { SetAside } from '../utils/comps/reference';
import { enumKey, type MessageKey, t, tn, uiLocale } from '../utils/i18n';

function uiLanguage(): 'en' | 'ja' | 'zh_TW' | 'zh_CN' {
  const locale = uiLocale().toLowerCase();
  if (locale.startsWith('ja')) return 'ja';
  if (locale.startsWith('zh')) return /tw|hk|hant/.test(locale) ? 'zh_TW' : 'zh_CN';
  return 'en';
}

export function kindLabel(kind: Kind): string {
  if (kind.id === 'accessory') return t('kind_accessory', termLabel(kind.type ?? '', uiLanguage()));
  if (kind.id === 'packaging') return t(`kind_packaging_${kind.type ?? 'box'}` as MessageKey);
  if (kind.id === 'merch') return t('kind_merch', termLabel(kind.type ?? '', uiLanguage()));
  // A game for a console is "games and media for it"; a CD for a vinyl query, a game's DLC code
  // or its strategy guide are named: "other media: download code".
  if (kind.id === 'media' && kind.type && kind.type !== 'game')
    return t('kind_media_type', termLabel(kind.type, uiLanguage()));
  if (kind.id === 'other-model' && kind.type) return t('kind_other_grade', gradeLabel(kind.type));
  return t(enumKey('kind', kind.id));
}

/** A card's grading as sellers write it: "PSA 9", "BGS 9.5", or raw / graded in words. */
export function gradeLabel(grade: string): string {
  if (grade === 'raw') return t('grade_raw');
  if (grade === 'graded') return t('grade_graded');
  return grade.toUpperCase();
}

export function conditionLabel(condition: ConditionGroup): string {
  return t(enumKey('condition', condition));
}

/** "the last 3 months", "all time", or "the last 45 days" for a period the options set. */
export function periodLabel(days: number | null): string {
  if (days === null) return t('period_all');
  if (days === 30 || days === 90 || days === 365) return t(enumKey('period', String(days)));
  return tn('periodDays', days);
}

/** Why a listing is not counted, in a few words. */
export function reasonLabel(item: SetAside): string {
  if (item.reason === 'other-kind' && item.kind) return t('reason_other_kind', kindLabel(item.kind));
  if (item.reason === 'other-condition' && item.condition) {
    return t('reason_other_condition', conditionLabel(item.condition));
  }
  return t(enumKey('reason', item.reason));
}
