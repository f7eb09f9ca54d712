/**
 * How the term table's words are found in a title (utils/comps/lexicon.ts): folding, longest
 * match, `not` phrases, plurals, brands glued to numbers, CJK runs without spaces, implications.
 * The last block holds the engine bugs found while building the table (first written as
 * `it.fails`), now fixed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../utils/comps/analysis';
import { kindOf } from '../../utils/comps/kinds';
import { findTerms, foldText, termById, withImplied } from '../../utils/comps/lexicon';
import { buildQuery, matchCandidate } from '../../utils/comps/match';

const ids = (title: string): string[] => findTerms(foldText(title)).map((hit) => hit.term.id);

describe('foldText', () => {
  it('normalises width and case and folds Traditional Chinese to Simplified', () => {
    expect(foldText('ＳＯＮＹ 無線降噪耳機')).toBe('sony 无线降噪耳机');
    expect(foldText('蘋果 保護殼')).toBe('苹果 保护壳');
  });

  it('folds the Traditional and the Simplified form of a word to one text', () => {
    for (const [traditional, simplified] of [
      ['香奈兒', '香奈儿'],
      ['寶可夢', '宝可梦'],
      ['鋼化膜', '钢化膜'],
      ['行動電源', '行动电源'],
      ['錶帶', '表带'],
    ]) {
      expect(foldText(traditional as string)).toBe(foldText(simplified as string));
    }
  });

  it('turns half-width katakana into full-width and ・ into a space', () => {
    expect(foldText('ｼｬﾈﾙ')).toBe('シャネル');
    expect(foldText('ルイ・ヴィトン')).toBe('ルイ ヴィトン');
  });
});

describe('findTerms', () => {
  it('returns hits in order, without overlaps, with offsets into the folded text', () => {
    const folded = foldText('Sony WH-1000XM4 Headphones Black');
    const hits = findTerms(folded);
    expect(hits.map((hit) => hit.term.id)).toEqual(['sony', 'headphones', 'black']);
    expect(hits.map((hit) => folded.slice(hit.start, hit.end))).toEqual(['sony', 'headphones', 'black']);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]?.start).toBeGreaterThanOrEqual(hits[i - 1]?.end ?? 0);
  });

  it('takes the longest form: "Nintendo Switch 2" is the Switch 2, not the Switch and a number', () => {
    expect(ids('Nintendo Switch 2 本体')).toEqual(['switch-2', 'main-unit']);
    expect(ids('ニンテンドースイッチ2')).toEqual(['switch-2']);
    expect(ids('Game Boy Advance')).toEqual(['game-boy-advance']);
    expect(ids('ブルーレイレコーダー')).toEqual(['disc-recorder']);
  });

  it('hides a term inside a longer `not` phrase, and only there', () => {
    expect(ids('pencil case')).toEqual([]);
    expect(ids('スーツケース')).toEqual(['suitcase']);
    expect(ids('ペンケース')).toEqual([]);
    expect(ids('ケース')).toEqual(['case']);
    expect(ids('light switch')).toEqual([]);
    expect(ids('switch')).toEqual(['nintendo-switch']);
  });

  it('matches Latin forms as whole words, and an English plural of the last word', () => {
    expect(ids('cases')).toEqual(['case']);
    expect(ids('ear pads')).toEqual(['ear-pads']);
    expect(ids('lenses')).toEqual(['lens']);
    expect(ids('switchbot')).toEqual([]);
    expect(ids('baggage')).toEqual([]);
    expect(ids('casework')).toEqual([]);
  });

  it('does not take a plural of a word that is not the last of its form', () => {
    // "hard case" is a form; "hards case" is not.
    expect(ids('hards case')).toEqual(['case']);
    expect(findTerms(foldText('hards case'))[0]?.start).toBe(6);
  });

  it('joins the words of a form across hyphens, slashes and spaces', () => {
    expect(ids('Joy-Con')).toEqual(['joy-con']);
    expect(ids('JoyCon')).toEqual(['joy-con']);
    expect(ids('Audio-Technica')).toEqual(['audio-technica']);
    expect(ids('noise-cancelling')).toEqual(['noise-cancelling']);
  });

  it('finds Japanese and Chinese forms inside runs without spaces', () => {
    expect(ids('任天堂スイッチ本体ネオンブルー')).toEqual([
      'nintendo',
      'nintendo-switch',
      'main-unit',
      'blue',
    ]);
    expect(ids('索尼无线降噪耳机黑色')).toEqual([
      'sony',
      'wireless',
      'noise-cancelling',
      'headphones',
      'black',
    ]);
  });

  it('reads a Japanese form across a space a seller put inside it', () => {
    // From the held-out Mercari snippets: the game written with and without its space.
    expect(ids('あつまれ どうぶつの森 Switch')).toEqual(ids('あつまれどうぶつの森 Switch'));
    expect(analyzeTitle('あつまれ どうぶつの森').tokens).toEqual(analyzeTitle('あつまれどうぶつの森').tokens);
    // A set's name is no colour, spaced or not (the `not` phrase of purple).
    expect(ids('ポケモンカード スカーレット バイオレット')).not.toContain('purple');
  });

  it('finds Latin and CJK side by side without a space between them', () => {
    expect(ids('Switch本体')).toEqual(['nintendo-switch', 'main-unit']);
    expect(ids('ps5光驱版')).toEqual(['playstation-5', 'disc-edition']);
    expect(ids('SIMフリー')).toEqual(['sim-free']);
  });

  it('ends a form that ends in a Latin letter at the end of the word', () => {
    expect(ids('ニンテンドーDS')).toEqual(['nintendo-ds']);
    expect(ids('ニンテンドーDSi')).toEqual(['nintendo-dsi']);
  });

  it('finds a brand or platform glued to a number, and marks it glued', () => {
    const hits = findTerms(foldText('CHANEL22 ハンドバッグ'));
    expect(hits.map((hit) => [hit.term.id, hit.glued ?? false])).toEqual([
      ['chanel', true],
      ['bag', false],
    ]);
    expect(ids('iPhone15 ケース')).toEqual(['iphone', 'case']);
    expect(ids('ROLEX116610')).toEqual(['rolex']);
  });

  it('glues only brands and platforms, and only to a number', () => {
    expect(ids('case2')).toEqual([]);
    expect(ids('chanelbag')).toEqual([]);
  });

  it('reads full-width and half-width text the same', () => {
    expect(ids('ＰＳ５ 本体')).toEqual(ids('PS5 本体'));
    expect(ids('ﾌﾟﾚｽﾃ5')).toEqual(['playstation-5']);
  });

  it('finds nothing in a title with no known word, and in an empty one', () => {
    expect(ids('qwerty zxcv 12345')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('termById and withImplied', () => {
  it('looks terms up by id', () => {
    expect(termById('chanel')?.role).toBe('brand');
    expect(termById('no-such-term')).toBeUndefined();
  });

  it('follows implications transitively', () => {
    expect([...withImplied(['new-3ds'])].sort()).toEqual([
      'new-3ds',
      'nintendo',
      'nintendo-3ds',
      'nintendo-ds',
    ]);
    expect([...withImplied(['hoodie'])].sort()).toEqual(['hoodie', 'sweatshirt']);
    expect([...withImplied(['shoulder-bag', 'sneakers'])].sort()).toEqual([
      'bag',
      'shoes',
      'shoulder-bag',
      'sneakers',
    ]);
  });
});

describe('engine bugs found while building the table, fixed', () => {
  // lexicon.ts GLUED needs a letter run of 3+ followed by a digit: a platform glued to a model
  // code that starts with a letter is not found ("GalaxyS23", "XperiaZ5", "iPhoneSE3").
  it('finds a platform glued to a letter-led model code: GalaxyS23', () => {
    expect(ids('GalaxyS23 Ultra 256GB')).toContain('galaxy');
  });

  // A two-letter platform form glued to a variant ("PS4Pro", "PS5Pro", common in Japanese titles)
  // finds nothing at all: not the platform, not the variant.
  it('finds the platform in PS4Pro', () => {
    expect(ids('PS4Pro 本体')).toContain('playstation-4');
  });

  // A glued code keeps its variant inside the word: "iPhone15Pro" has no `pro` variant, so it is
  // "another model" of an "iPhone 15 Pro" query (kinds.ts compares variants).
  it('reads the same variants in iPhone15Pro and iPhone 15 Pro', () => {
    expect(analyzeTitle('iPhone15Pro 256GB').facts.variants).toEqual(
      analyzeTitle('iPhone 15 Pro 256GB').facts.variants,
    );
  });

  // Latin forms match the parts of a hyphenated model code: "DS-1" (a BOSS pedal) is read as
  // the Nintendo DS, "SE-215" (Shure earphones) as the SE variant.
  it('does not read a platform inside the model code DS-1', () => {
    expect(ids('BOSS DS-1 Distortion Pedal')).not.toContain('nintendo-ds');
  });

  // analysis.ts: "console" ends the "for …" clause, so the main-unit word lands in the head and
  // the case is taken for "comes with the console": the listing loses its accessory type.
  it('keeps a case for a console an accessory: "Case for Nintendo Switch Console"', () => {
    expect(analyzeTitle('Hard Carrying Case for Nintendo Switch Console').facts.accessories).toEqual([
      'case',
    ]);
  });

  // Same with 本体用 ("for the body"): 本体 ends the 用 clause, so it counts as the device itself.
  it('keeps a case for the body an accessory: "ケース Switch本体用"', () => {
    expect(analyzeTitle('ケース Switch本体用').facts.accessories).toEqual(['case']);
  });

  // The accessory named as what it fits ("for PS5 Controller") counts as what the listing is:
  // a query for a controller takes this case for one (kinds.ts picks the asked type).
  it('reads "Case for PS5 Controller" as a case only', () => {
    expect(analyzeTitle('Silicone Case for PS5 Controller').facts.accessories).toEqual(['case']);
  });

  // analysis.ts: Apple names its watches "<size> <colour> Aluminum Case <colour> Sport Band"; the
  // band that comes on the watch is read as what the listing is (no "with" before it).
  it("reads an Apple Watch in Apple's own naming as the watch, not a strap", () => {
    const title = 'Apple Watch Series 9 GPS 45mm Midnight Aluminum Case Midnight Sport Band';
    expect(analyzeTitle(title).facts.accessories).toEqual([]);
  });

  // kinds.ts isOtherModel: 耳机 is the generic Chinese word for headphones and earphones alike, so
  // a Chinese title of the same earbuds (same model code) is "another model" of an English query
  // that says "earbuds": a candidate whose product is the generic word should not conflict.
  it('keeps the same earbuds the same item across English and Chinese', () => {
    const query = buildQuery('Sony WF-1000XM4 earbuds');
    const { tokens, facts } = analyzeTitle('索尼 WF-1000XM4 降噪耳机');
    const match = matchCandidate(query, tokens, { docCount: 1000, docFreq: () => 10, avgLength: 8 }, facts);
    expect(match.matched).toBe(true);
    expect(kindOf(query, tokens, facts, match).id).toBe('item');
  });
});
