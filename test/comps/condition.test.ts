import { describe, expect, it } from 'vitest';
import { exclusionReason, gradeCondition } from '../../utils/comps/condition';

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

  it('prefers the condition field over the title', () => {
    expect(gradeCondition('目立った傷や汚れなし', '新品 Nintendo Switch')).toBe('used');
    expect(gradeCondition('Item specifics', '新品 Nintendo Switch')).toBe('new');
  });
});

describe('exclusionReason', () => {
  it.each([
    // accessories: head noun last, "for <product>", or a Japanese / Chinese accessory noun
    ['Case for Nintendo Switch', 'accessory'],
    ['Nintendo Switch case', 'accessory'],
    ['Carrying Case for Nintendo Switch OLED - Black', 'accessory'],
    ['iPhone 13 Pro Max Silicone Case', 'accessory'],
    ['Hülle für iPhone 13', 'accessory'],
    ['Coque iPhone 13', 'accessory'],
    ['Replacement parts for iPhone 12', 'accessory'],
    ['Switch ジョイコンカバー 肉球柄 桃白 2個セット スティック スイッチ', 'accessory'],
    ['ホワイト キックスタンド 任天堂 Switch 交換用パーツ自立', 'accessory'],
    ['△新品 DSL DS Lite NDS 充電器 USB ケーブル', 'accessory'],
    ['任天堂 Nintendo Switch 2 ACアダプター BEEAASSKA', 'accessory'],
    ['乳白亚克力外壳 60%键盘外壳 poker外壳无加强筋底壳透光外壳', 'accessory'],
    // the item's own packaging without the item
    [
      'Switch Nintendo マリオカート Minecraft マリオパーティ　マイクラ ソフト　ケースのみ　 スイッチ　まとめ',
      'case-only',
    ],
    ['Mario Kart 8 Deluxe case only', 'case-only'],
    ['Nintendo Switch 有機ELモデル 空箱', 'box-only'],
    ['iPhone 15 Pro empty box', 'box-only'],
    ['PS5 空盒', 'box-only'],
    ['スーパーマリオ64 取扱説明書のみ', 'manual-only'],
    ['Game Boy manual only', 'manual-only'],
    // lots
    ['LOT OF 10 POKEMON CARDS FULL ARTS ASCENDED HEROES AND MORE NM NEAR MINT', 'lot'],
    ['Pokemon FOIL Holo Japanese Cards 2023 2025 Lot Of 35', 'lot'],
    ['POKÉMON MINCCINO - MAGEARNA - REMORAID - HOP’S CRAMORANT (SET of 4)', 'lot'],
    [
      'GBA ソフト 8本セット マリオカート4 ドンキーコング ナルト テーブルゲームコレクション ゲームソフト 当時物 他 u9763',
      'lot',
    ],
    [
      'Nintendo 任天堂 SWITCH スイッチ ゲームソフトまとめ 8本 ハントダウン/カップヘッド/エピックミッキー',
      'lot',
    ],
    ['Pokemon card x10', 'lot'],
    ['ポケモンカード ×10', 'lot'],
    ['Konvolut Nintendo Spiele', 'lot'],
    ['游戏卡带 打包出', 'lot'],
    // not working / for parts
    ['iPhone 12 for parts not working', 'for-parts'],
    ['iPhone 12 spares or repair', 'for-parts'],
    ['iPhone 11 Defekt', 'for-parts'],
    ['iPhone 11 pour pièces', 'for-parts'],
    ['Nintendo Switch 本体 ジャンク', 'for-parts'],
    ['ニンテンドー3DS 部品取り', 'for-parts'],
  ] as const)('%s → %s', (title, reason) => {
    expect(exclusionReason(title)).toBe(reason);
  });

  it('takes for-parts from the condition field too', () => {
    expect(exclusionReason('Apple iPhone 12 64GB Black', 'For parts or not working')).toBe('for-parts');
    expect(exclusionReason('Apple iPhone 12 64GB Black', 'Used')).toBeUndefined();
  });

  it.each([
    'Nintendo Switch with case',
    'Nintendo Switch OLED Console with Carrying Case for Travel',
    'Skullcandy Crusher ANC 2 Wireless Over-Ear Bluetooth Headphones with Extra USB-C Charging Cable, Multi-Sensory Bass',
    'Pikachu GX SM232 Holo Mint Pokemon Card MINT CONDITION 2019 W PLASTIC COVER',
    '任天堂 Nintendo Switch(有機ELモデル) Joy-Con(L)/(R) ホワイト HEGSKAAAA',
    '④ スーパーマリオ オデッセイ Nintendo Switch ソフトのみ',
    'Switch 本体 ケース付き',
    'マリオカート8 デラックス ケース 説明書あり',
    'LOUIS VUITTON キーケース',
    'LOUIS VUITTON Pencil Case',
    'switch主机 送保护壳',
    'D3903 Switchソフト ARMS マリオパーティ マリオラビッツ セット',
    'Pokémon TCG First Partner Illustration Collection Series 2 Promo Booster 3-Pack',
    'Classic Cat Food Chicken and Salmon Pack of 12 (12 x 280 g)',
    'Sony Xperia X10',
    'まとめ買い割引 スーパーマリオ',
  ])('keeps %s', (title) => {
    expect(exclusionReason(title)).toBeUndefined();
  });
});
