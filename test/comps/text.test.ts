import { describe, expect, it } from 'vitest';
import { canonicalId, identifiers, isModelCode, normalize, Recent, tokenize } from '../../utils/comps/text';

describe('normalize', () => {
  it('folds full-width to half-width and lower-cases', () => {
    expect(normalize('Ｓｏｎｙ　ＷＨ－１０００ＸＭ４')).toBe('sony wh-1000xm4');
    expect(normalize('ＢＩＧマリオ')).toBe('bigマリオ');
  });

  it('turns half-width kana into full-width without splitting voiced kana', () => {
    expect(normalize('ﾊﾟﾝﾀﾞ')).toBe('パンダ');
    // NFD would have decomposed が into か + U+3099; the mark must survive.
    expect(normalize('がぎぐ')).toBe('がぎぐ');
  });

  it('strips Latin diacritics and folds ß', () => {
    expect(normalize('Pokémon Größe Très bon état')).toBe('pokemon grosse tres bon etat');
    expect(normalize('STRAẞE Øre')).toBe('strasse ore');
  });

  it('turns brackets and punctuation into single spaces but keeps code and number joiners', () => {
    expect(normalize('【Switch】 スーパーマリオRPG　新品')).toBe('switch スーパーマリオrpg 新品');
    expect(normalize('Joy-Con(L)/(R)')).toBe('joy-con l r');
    expect(normalize('Mew V 060/159 - Crown Zenith')).toBe('mew v 060/159 crown zenith');
    expect(normalize('2.5 kg, 3,858 円 ～ 13,507 円')).toBe('2.5 kg 3858 円 13507 円');
    expect(normalize('WH–1000XM4')).toBe('wh-1000xm4'); // en dash
  });
});

describe('tokenize', () => {
  it('gives the same model code token for every spelling of WH-1000XM4', () => {
    expect(tokenize('WH-1000XM4')).toEqual(['wh1000xm4']);
    expect(tokenize('WH1000XM4')).toEqual(['wh1000xm4']);
    expect(tokenize('ＷＨ－１０００ＸＭ４')).toEqual(['wh1000xm4']);
    // Spaced: the parts stay, plus the join of the short word and the code after it.
    expect(tokenize('wh 1000xm4')).toEqual(['wh', '1000xm4', 'wh1000xm4']);
  });

  it("gives a camera's generation one token however it is spelled", () => {
    // The held-out "Sony a7 III" sales: "a7 mark iii", "ILCE-7M3 ボディのみ".
    for (const title of [
      'Sony a7 III',
      'Sony A7III',
      'sony a7 mark iii body',
      'Sony a7 Mk3',
      'Sony A7M3',
      'ソニー ILCE-7M3 ボディのみ',
    ])
      expect(tokenize(title), title).toContain('a7iii');
    expect(tokenize('Canon EOS 5D Mark IV')).toContain('5div');
    expect(tokenize('Canon 5D MkIV')).toContain('5div');
    expect(tokenize('Sony DSC-RX100M7')).toContain('rx100vii');
    expect(tokenize('Sony a7rm4')).toContain('a7riv');
    // Not a generation: Sony's headphone names, Apple's chips, a car's name.
    expect(tokenize('Sony WH-1000XM4')).toEqual(['sony', 'wh1000xm4']);
    expect(tokenize('MacBook Air M3')).toContain('m3');
    expect(tokenize('Toyota Mark II')).toContain('mark');
  });

  it('applies the join rule only to a short word before a digit-led code or a small number', () => {
    expect(tokenize('Nintendo Switch 2')).toEqual(['nintendo', 'switch', '2', 'switch2']);
    expect(tokenize('RTX 3080')).toEqual(['rtx', '3080', 'rtx3080']);
    // A year is not a model number, a long word does not join a code, nor a code with its own letters.
    expect(tokenize('ENG 2021')).toEqual(['eng', '2021']);
    expect(tokenize('Crusher ANC2')).toEqual(['crusher', 'anc2']);
    expect(tokenize('Sony WH1000XM4')).toEqual(['sony', 'wh1000xm4']);
    // Not across CJK text.
    expect(tokenize('Switch本体 2')).toEqual(['switch', '本体', '2']);
  });

  it('keeps numbers whole and drops single letters and stop words', () => {
    expect(tokenize('Pokemon TCG Azurill 146/236 Reverse Holo')).toEqual([
      'pokemon',
      'tcg',
      'azurill',
      '146',
      '236',
      'reverse',
      'holo',
    ]);
    expect(tokenize('Mew V 2.5 x 1,000')).toEqual(['mew', '2.5', '1000']);
    expect(tokenize('The Pokémon Company brand new with free shipping')).toEqual(['pokemon', 'company']);
  });

  it('splits hyphenated words and also keeps them glued', () => {
    expect(tokenize('Joy-Con')).toEqual(['joy', 'con', 'joycon']);
    expect(tokenize('JoyCon')).toEqual(['joycon']);
  });

  it('cuts Japanese into overlapping bigrams and keeps Latin words inside it', () => {
    // 有機 is folded to 有机 like Traditional Chinese (chinese.ts): both scripts give one token.
    expect(tokenize('Nintendo Switch 有機ELモデル')).toEqual([
      'nintendo',
      'switch',
      '有机',
      'el',
      'モデ',
      'デル',
    ]);
    expect(tokenize('任天堂 Nintendo Switch本体 Joy-Con(L)/(R)グレー HADSKAAAH')).toEqual([
      '任天',
      '天堂',
      'nintendo',
      'switch',
      '本体',
      'joy',
      'con',
      'joycon',
      'グレ',
      'レー',
      'hadskaaah',
    ]);
  });

  it('keeps a single CJK character as a unigram', () => {
    expect(tokenize('スーパーマリオ 64 箱')).toEqual([
      'スー',
      'ーパ',
      'パー',
      'ーマ',
      'マリ',
      'リオ',
      '64',
      '箱',
    ]);
  });

  it('handles Chinese and Korean titles', () => {
    expect(tokenize('乳白亚克力外壳 60%键盘外壳')).toEqual([
      '乳白',
      '白亚',
      '亚克',
      '克力',
      '力外',
      '外壳',
      '60',
      '键盘',
      '盘外',
    ]);
    expect(tokenize('삼성 갤럭시 S23')).toEqual(['삼성', '갤럭', '럭시', 's23']);
  });

  it('removes Japanese and Chinese filler before making bigrams', () => {
    // 美品 and 送料無料 would otherwise give 美品/送料/料無/無料.
    expect(tokenize('◆ 美品 送料無料 ◆ 任天堂 switch')).toEqual(['任天', '天堂', 'switch']);
    expect(tokenize('全新 任天堂')).toEqual(['任天', '天堂']);
  });

  it('emits valid identifiers as id: tokens, in place of the digits', () => {
    expect(tokenize('Nintendo Switch JAN:4902370548501')).toEqual(['id:4902370548501', 'nintendo', 'switch']);
    // Wrong check digit: just a number.
    expect(tokenize('Nintendo Switch JAN:4902370548502')).toEqual(['nintendo', 'switch', '4902370548502']);
  });
});

describe('identifiers', () => {
  it('validates EAN-13 / JAN check digits', () => {
    // 4·1+9·3+0+2·3+3+7·3+0+5·3+4+8·3+5+0 = 109 → check 1
    expect(identifiers('JAN 4902370548501')).toEqual(['id:4902370548501']);
    expect(identifiers('JAN 4902370548509')).toEqual([]);
  });

  it('turns UPC-A into EAN-13 with a leading zero', () => {
    // 036000291452: 3·(0+6+0+2+1+5) + (3+0+0+9+4) = 42 + 16 = 58 → check 2
    expect(identifiers('UPC 036000291452')).toEqual(['id:0036000291452']);
    expect(canonicalId('036000291453')).toBeUndefined();
  });

  it('turns ISBN-10 into the ISBN-13 of the same book, with or without hyphens', () => {
    // 0-306-40615-2: 0·10+3·9+0·8+6·7+4·6+0·5+6·4+1·3+5·2+2·1 = 132 = 12·11 → valid;
    // 978030640615 → 9+21+8+0+3+0+6+12+0+18+1+15 = 93 → check 7
    expect(identifiers('ISBN 0-306-40615-2')).toEqual(['id:9780306406157']);
    expect(identifiers('ISBN 0306406152')).toEqual(['id:9780306406157']);
    expect(identifiers('ISBN 978-0-306-40615-7')).toEqual(['id:9780306406157']);
    // Check digit X (= 10): 0·10+8·9+0·8+4·7+4·6+2·5+9·4+5·3+7·2 + 10 = 209 = 19·11;
    // 978080442957 → 9+21+8+0+8+0+4+12+2+27+5+21 = 117 → check 3
    expect(identifiers('ISBN 0-8044-2957-X')).toEqual(['id:9780804429573']);
    expect(identifiers('ISBN 0-306-40615-3')).toEqual([]);
  });

  it('ignores digit runs of other lengths and digits inside longer numbers', () => {
    expect(identifiers('item 38122873876 and 12345678901234567')).toEqual([]);
  });
});

describe('isModelCode', () => {
  it('needs letters and digits and excludes ids', () => {
    expect(isModelCode('wh1000xm4')).toBe(true);
    expect(isModelCode('hegskaaaa')).toBe(false);
    expect(isModelCode('1000')).toBe(false);
    expect(isModelCode('id:4902370548501')).toBe(false);
  });
});

describe('Recent: the last results of a pure function of a title', () => {
  it('gives back what was computed for a text, for the last `size` texts only, and recomputes the others', () => {
    const recent = new Recent(2);
    const calls: string[] = [];
    const upper = (text: string) => {
      calls.push(text);
      return text.toUpperCase();
    };
    expect(recent.recall('a', upper)).toBe('A');
    expect(recent.recall('b', upper)).toBe('B');
    expect(recent.recall('a', upper)).toBe('A');
    expect(calls).toEqual(['a', 'b']);
    expect(recent.recall('c', upper)).toBe('C'); // "a" is forgotten (the oldest slot)
    expect(recent.recall('a', upper)).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('normalize gives the same text remembered as computed, interleaved with other titles', () => {
    const titles = ['Ｓｏｎｙ　WH-1000XM4', 'Café Crème', 'iPhone 15 Pro', 'α7III body'];
    const first = titles.map((title) => normalize(title));
    const again = [...titles]
      .reverse()
      .map((title) => normalize(title))
      .reverse();
    expect(again).toEqual(first);
    expect(first).toEqual(['sony wh-1000xm4', 'cafe creme', 'iphone 15 pro', 'a7iii body']);
  });
});
