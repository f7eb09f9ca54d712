import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  CONFLICT_FACTOR,
  type CorpusStats,
  isMatch,
  MATCH_THRESHOLD,
  sameFamily,
  scoreCandidate,
} from '../../utils/comps/match';
import { tokenize } from '../../utils/comps/text';

/** Document frequencies over a list of titles, as the caller would count them from the database. */
function corpus(titles: string[]): { docs: string[][]; stats: CorpusStats } {
  const docs = titles.map(tokenize);
  const df = new Map<string, number>();
  for (const doc of docs) for (const token of doc) df.set(token, (df.get(token) ?? 0) + 1);
  const avgLength = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
  return { docs, stats: { docCount: docs.length, docFreq: (token) => df.get(token) ?? 0, avgLength } };
}

// Titles from the saved Mercari JP, Yahoo Auctions and Amazon pages, plus a few written in the
// same style (marked) for the pairs the pages do not have.
const TITLES = [
  '任天堂 Nintendo Switch(有機ELモデル) Joy-Con(L)/(R) ホワイト HEGSKAAAA', // 0 the console
  'Nintendo Switch 有機ELモデル 対応 ケース 収納 耐衝撃', // 1 a case for it (constructed)
  '任天堂 Nintendo Switch本体 Joy-Con(L)/(R)グレー HADSKAAAH', // 2 the first Switch
  'Switch ジョイコンカバー 肉球柄 桃白 2個セット スティック スイッチ',
  '任天堂 Nintendo Switch 2 ACアダプター BEEAASSKA',
  '任天堂 マリオカート ワールド【Switch 2】 BEEPAAAAA',
  'A Nintendo 任天堂 ニンテンドー3DS CTR-001 ミスティピンク 箱付 ゲーム機 本体 ソフト付き ドラゴンクエストモンスターズ かわせみ', // 6
  'Nintendo Switch スーパーマリオオデッセイ',
  'Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black', // 8 (constructed)
  'SONY WH1000XM5 ワイヤレスノイズキャンセリングヘッドホン ブラック', // 9 (constructed)
  'ソニー WH-1000XM4 ブラック 美品', // 10 (constructed)
  'Skullcandy Crusher ANC 2 Wireless Over-Ear Bluetooth Headphones with Extra USB-C Charging Cable', // 11
  'LOUIS VUITTON モノグラム ミロワール パピヨン M95270', // 12
  'LOUIS VUITTON ミニボストンバッグ ポーチ モノグラム M92644', // 13
  'Pokemon TCG Baxcalibur Secret Rare Full Art Holo 133/130 sv2C Chinese',
];

function ranked(text: string): { index: number; score: number; match: boolean }[] {
  const { docs, stats } = corpus(TITLES);
  const query = buildQuery(text);
  return docs
    .map((doc, index) => {
      const score = scoreCandidate(query, doc, stats);
      return { index, score, match: isMatch(score, query) };
    })
    .sort((a, b) => b.score - a.score);
}

describe('buildQuery', () => {
  it('collects tokens, identifiers and model codes, leaving out measurements', () => {
    expect(buildQuery('Sony WH-1000XM4 256GB JAN 4548736112100')).toEqual({
      tokens: ['id:4548736112100', 'sony', 'wh1000xm4', '256gb'],
      identifiers: ['id:4548736112100'],
      codes: ['wh1000xm4'],
    });
  });
});

describe('scoreCandidate', () => {
  // Hand-built statistics: 10 titles of 4 tokens on average; "alpha" in 1, "beta" in 4.
  // idf(alpha) = ln(1 + 9.5/1.5) = ln(22/3); idf(beta) = ln(1 + 6.5/4.5) = ln(22/9).
  const stats: CorpusStats = {
    docCount: 10,
    docFreq: (token) => ({ alpha: 1, beta: 4 })[token] ?? 0,
    avgLength: 4,
  };
  const query = buildQuery('alpha beta');
  const idfAlpha = Math.log(22 / 3);
  const idfBeta = Math.log(22 / 9);

  it('is 1 for a title of average length holding every query token', () => {
    // tf = 1 and dl = avgdl: each term scores idf·(k1 + 1)/(1 + k1) = idf.
    expect(scoreCandidate(query, ['alpha', 'beta', 'gamma', 'delta'], stats)).toBeCloseTo(1, 12);
  });

  it('is BM25 over the perfect score, with the length normalisation of the candidate', () => {
    // dl = 2: (k1 + 1)/(1 + k1·(1 − b + b·2/4)) = 2.2/1.75
    const expected = (idfAlpha * (2.2 / 1.75)) / (idfAlpha + idfBeta); // ≈ 0.8678
    expect(scoreCandidate(query, ['alpha', 'gamma'], stats)).toBeCloseTo(expected, 12);
    // dl = 8: 2.2/(1 + 1.2·(0.25 + 1.5)) = 2.2/3.1
    const long = ['alpha', 'beta', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(scoreCandidate(query, long, stats)).toBeCloseTo(2.2 / 3.1, 12);
  });

  it('does not match on the common word alone', () => {
    const score = scoreCandidate(query, ['beta', 'gamma', 'delta', 'epsilon'], stats);
    expect(score).toBeCloseTo(idfBeta / (idfAlpha + idfBeta), 12); // ≈ 0.31
    expect(isMatch(score, query)).toBe(false);
    expect(isMatch(MATCH_THRESHOLD, query)).toBe(true);
  });

  it('is 0 for an empty query, which matches nothing', () => {
    const none = buildQuery(' — ');
    expect(scoreCandidate(none, ['alpha'], stats)).toBe(0);
    expect(isMatch(1, none)).toBe(false);
  });
});

describe('matching real titles', () => {
  it('ranks the Switch OLED console above a case for it, and matches neither the old Switch nor a 3DS', () => {
    const results = ranked('Nintendo Switch 有機ELモデル');
    expect(results[0]?.index).toBe(0);
    expect(results[0]?.match).toBe(true);
    expect(results[1]?.index).toBe(1);
    const byIndex = new Map(results.map((result) => [result.index, result]));
    // Only "nintendo" and "switch" in common: common words, a small share of the query's idf.
    expect(byIndex.get(2)?.match).toBe(false);
    expect(byIndex.get(6)?.match).toBe(false);
  });

  it('matches WH-1000XM4 across spellings and languages but pushes out the XM5', () => {
    const results = ranked('Sony WH-1000XM4 Wireless Noise Cancelling Headphones');
    const byIndex = new Map(results.map((result) => [result.index, result]));
    expect(results[0]?.index).toBe(8);
    // Japanese title: only "WH-1000XM4" in common, the model code bonus carries it.
    expect(byIndex.get(10)?.match).toBe(true);
    expect(byIndex.get(9)?.match).toBe(false);
    expect(byIndex.get(9)?.score).toBeLessThan(CONFLICT_FACTOR);
    // Other headphones share words, not the model.
    expect(byIndex.get(11)?.match).toBe(false);
  });

  it('tells Louis Vuitton models apart by their M number', () => {
    const results = ranked('LOUIS VUITTON M95270');
    const byIndex = new Map(results.map((result) => [result.index, result]));
    expect(byIndex.get(12)?.match).toBe(true);
    expect(byIndex.get(13)?.match).toBe(false);
  });

  it('matches on an identical JAN whatever the words, and pushes out another JAN', () => {
    const { stats } = corpus(TITLES);
    const query = buildQuery('Nintendo Switch 有機ELモデル JAN 4902370548501');
    const same = scoreCandidate(query, tokenize('任天堂 スイッチ 4902370548501'), stats);
    expect(isMatch(same, query)).toBe(true);
    // 4902370548495: 4+27+0+6+3+21+0+15+4+24+4+27 = 135 → check 5, a valid JAN.
    const other = tokenize('Nintendo Switch 有機ELモデル 4902370548495');
    expect(other[0]).toBe('id:4902370548495');
    const otherScore = scoreCandidate(query, other, stats);
    expect(isMatch(otherScore, query)).toBe(false);
    // A title without any JAN is scored on its words alone, as if the query had no JAN.
    const words = tokenize('Nintendo Switch 有機ELモデル ホワイト');
    const withoutJan = scoreCandidate(buildQuery('Nintendo Switch 有機ELモデル'), words, stats);
    expect(scoreCandidate(query, words, stats)).toBeCloseTo(withoutJan, 12);
    expect(isMatch(withoutJan, query)).toBe(true);
  });
});

describe('sameFamily', () => {
  it('pairs codes that differ only in their last group', () => {
    expect(sameFamily('wh1000xm4', 'wh1000xm5')).toBe(true);
    expect(sameFamily('iphone14', 'iphone15')).toBe(true);
    expect(sameFamily('ps4', 'ps5')).toBe(true);
    expect(sameFamily('m92644', 'm95270')).toBe(true);
    expect(sameFamily('a7iii', 'a7iv')).toBe(true);
  });

  it('leaves other codes apart', () => {
    expect(sameFamily('wh1000xm4', 'wh1000xm4')).toBe(false);
    expect(sameFamily('wh1000xm4', 'wf1000xm4')).toBe(false);
    expect(sameFamily('rtx3080', 'rtx3080ti')).toBe(false);
    expect(sameFamily('sv2c', 'sv1s')).toBe(false);
    expect(sameFamily('m2', 'ma')).toBe(false);
  });
});
