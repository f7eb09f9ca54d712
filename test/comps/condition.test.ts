import { describe, expect, it } from 'vitest';
import { gradeCondition, packagingOf } from '../../utils/comps/condition';

describe('gradeCondition from the site condition field', () => {
  it.each([
    // eBay
    ['New', 'new'],
    ['Brand New', 'new'],
    ['New with tags', 'new'],
    ['New (other)', 'new'],
    ['Open box', 'like-new'],
    ['Like New', 'like-new'],
    ['Pre-Owned', 'used'],
    ['Used', 'used'],
    ['Very Good', 'used'],
    ['Good', 'used'],
    ['Acceptable', 'used'],
    ['Certified - Refurbished', 'like-new'],
    ['Seller refurbished', 'used'],
    ['For parts or not working', 'for-parts'],
    // German
    ['Neu', 'new'],
    ['Neuwertig', 'like-new'],
    ['Gebraucht', 'used'],
    ['Defekt', 'for-parts'],
    // French
    ['Neuf', 'new'],
    ['Comme neuf', 'like-new'],
    ['Occasion', 'used'],
    ['Très bon état', 'used'],
    ['Pour pièces', 'for-parts'],
    // Spanish / Italian
    ['Nuevo', 'new'],
    ['Como nuevo', 'like-new'],
    ['Usado', 'used'],
    ['Nuovo', 'new'],
    ['Come nuovo', 'like-new'],
    ['Usato', 'used'],
    ['Non funzionante', 'for-parts'],
  ] as const)('%s → %s', (condition, grade) => {
    expect(gradeCondition(condition)).toBe(grade);
  });

  it.each([
    // Mercari JP's six labels, exactly as the site writes them
    ['新品、未使用', 'new'],
    ['未使用に近い', 'like-new'],
    ['目立った傷や汚れなし', 'used'],
    ['やや傷や汚れあり', 'used'],
    ['傷や汚れあり', 'used'],
    ['全体的に状態が悪い', 'used'],
    ['未開封', 'new'],
    ['中古', 'used'],
    ['ジャンク', 'for-parts'],
  ] as const)('Japanese %s → %s', (condition, grade) => {
    expect(gradeCondition(condition)).toBe(grade);
  });

  it.each([
    ['全新', 'new'],
    ['99新', 'like-new'],
    ['95新', 'like-new'],
    ['九成新', 'used'],
    ['八成新', 'used'],
    ['二手', 'used'],
    ['闲置', 'used'],
    ['全新闲置', 'new'],
    ['零件机', 'for-parts'],
  ] as const)('Chinese %s → %s', (condition, grade) => {
    expect(gradeCondition(condition)).toBe(grade);
  });

  it('is undefined for what it does not know', () => {
    expect(gradeCondition('See description')).toBeUndefined();
    expect(gradeCondition('')).toBeUndefined();
    expect(gradeCondition()).toBeUndefined();
  });
});

describe('gradeCondition from the title', () => {
  it('reads condition words in real titles', () => {
    expect(gradeCondition(undefined, '★未開封・美品★【DS】マリオvs.ドンキーコング 突撃!ミニランド')).toBe(
      'new',
    );
    expect(gradeCondition(undefined, '【中古】　「Switch」スーパーマリオブラザーズ ワンダー')).toBe('used');
    expect(gradeCondition(undefined, 'LOUIS VUITTON オンザゴー MM 【限定色】極美品')).toBe('like-new');
    expect(
      gradeCondition(undefined, '(新品、お値下げ可)ルイヴィトン ダミエ LVリバーサイド N40050 バッグ'),
    ).toBe('new');
    expect(gradeCondition(undefined, 'マツダ　デミオ　DY3W　後期　エアコンパネル（ジャンク）')).toBe(
      'for-parts',
    );
    expect(
      gradeCondition(undefined, '2025 Pokémon TCG: Azure Legends Tin featuring Kyogre EX New Factory Sealed'),
    ).toBe('new');
  });

  it('does not read product names as conditions', () => {
    // "New" is part of the product name: trusted in the condition field only.
    expect(gradeCondition(undefined, '【動作確認済み】NEW ニンテンドー3DS LL限定カラー')).toBeUndefined();
    expect(gradeCondition(undefined, 'New Balance 990v5')).toBeUndefined();
    expect(gradeCondition(undefined, 'Good Smile Company figure')).toBeUndefined();
    // "no fault" is not a fault
    expect(gradeCondition(undefined, 'ニンテンドー3DS 動作良好 故障なし')).toBeUndefined();
    expect(gradeCondition(undefined, 'switch 无故障 二手')).toBe('used');
  });

  it('reads Traditional Chinese as the Simplified phrases say, negations included', () => {
    // From the held-out Carousell snippets: a Taiwanese seller's "parts machine".
    expect(gradeCondition(undefined, 'S24 Ultra 螢幕破裂 零件機 可開機')).toBe('for-parts');
    expect(gradeCondition(undefined, 'iPhone 12 報廢')).toBe('for-parts');
    expect(gradeCondition(undefined, 'iPhone 12 故障')).toBe('for-parts');
    expect(gradeCondition(undefined, 'iPhone 12 無故障')).toBeUndefined();
    expect(gradeCondition(undefined, '拆機 鏡頭')).toBe('used');
    expect(gradeCondition(undefined, '幾乎全新 iPad')).toBe('like-new');
    expect(gradeCondition('閒置')).toBe('used');
    expect(packagingOf('Switch 僅盒')).toBe('box');
    expect(packagingOf('說明書單出')).toBe('manual');
    // Japanese kanji that are also Traditional forms still read as before.
    expect(gradeCondition(undefined, 'ニンテンドー3DS 動作良好 故障なし')).toBeUndefined();
    expect(packagingOf('Switch 取扱説明書のみ')).toBe('manual');
  });

  it('prefers the condition field over the title', () => {
    expect(gradeCondition('目立った傷や汚れなし', '新品 Nintendo Switch')).toBe('used');
    expect(gradeCondition('Item specifics', '新品 Nintendo Switch')).toBe('new');
  });
});
