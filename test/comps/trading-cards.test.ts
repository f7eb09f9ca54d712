import { describe, expect, it } from 'vitest';
import { analyzeTitle } from '../../utils/comps/analysis';
import { buildQuery, type CorpusStats, isSpecificCode, matchCandidate } from '../../utils/comps/match';
import { isGradeCode, numbersAmong, setNumbersOf, slabOf } from '../../utils/comps/trading-cards';

describe('slabOf', () => {
  it('reads the grading company and the grade, glued or apart, with the label between', () => {
    // Titles from the saved eBay pokemon search and Yahoo!フリマ pages, and a comic written like them.
    expect(slabOf('The Pokémon Company Seismitoad SV11B Black Bolt 109/086 JP AR Holo PSA 10')).toBe(
      'psa 10',
    );
    expect(slabOf('PSA10 ポケモンカード オンバット AR SV9 JP #111 GEM MT')).toBe('psa 10');
    expect(slabOf('2015 Pokemon XY Latios EX 101/108 Full Art Roaring Skies Holo AGS 9.5')).toBe('ags 9.5');
    expect(slabOf('2025 Pokemon JP Team Rocket’s Murkrow #106 Rocket Gang Art Rare CGC Pristine 10')).toBe(
      'cgc 10',
    );
    expect(slabOf('Charizard Holo PSA GEM MINT 10')).toBe('psa 10');
    expect(slabOf('Beckett 9.5 Charizard')).toBe('bgs 9.5');
    expect(slabOf('Amazing Spider-Man #300 CGC 9.8 White Pages')).toBe('cgc 9.8');
    expect(slabOf('Espeon VMAX 059/132 Chinese CGC/NXR Mint 9 Graded Pokémon Card')).toBe('graded');
  });

  it('reads no slab on a raw card, one offered as worth grading, or words that only look like one', () => {
    expect(slabOf('Pokemon TCG Azurill 146/236 Reverse Holo')).toBeUndefined();
    expect(slabOf('Charizard 4/102 Base Set Holo NM PSA 10 ready?')).toBeUndefined();
    expect(slabOf('Charizard 4/102 PSA 10 candidate')).toBeUndefined();
    expect(slabOf('POKEMON PIKACHU & ZEKROM GX TAG TEAM ULTRA RARE 33/181')).toBeUndefined();
    expect(slabOf('Charizard 4/102 ungraded, not graded')).toBeUndefined();
    expect(slabOf('Hashtag 10 stickers, PSA 100 pack')).toBeUndefined();
  });
});

describe('setNumbersOf', () => {
  it("reads a card's number in its set without leading zeros", () => {
    expect(setNumbersOf('Pokemon TCG Baxcalibur Secret Rare Full Art Holo 133/130 sv2C Chinese')).toEqual([
      ['133', '130'],
    ]);
    expect(setNumbersOf('ポケモンカード エリカの招待 SAR SV2a 206/165 ポケカ')).toEqual([['206', '165']]);
    expect(setNumbersOf('Japanese Pokemon Card #sv1S 032/078 " Fidough "')).toEqual([['32', '78']]);
    expect(setNumbersOf('HG 1/144 RX-78-2 Gundam')).toEqual([['1', '144']]);
  });

  it('reads no number from a capacity, a date, a code, a spaced list or a small fraction', () => {
    // From the saved eBay.de, Carousell, eBay Motors and Taiwanese shop pages.
    expect(setNumbersOf('Apple iPad Air 2 64/128 GB / WIFI(WLAN)-CELLULAR 4G')).toEqual([]);
    expect(setNumbersOf('iPhone SE 2GB RAM 16/64GB ROM')).toEqual([]);
    expect(setNumbersOf('Airpods Max USB-C Apple care till 11/2026')).toEqual([]);
    expect(setNumbersOf('Alloy Radiator For BMW E28 520I 85-87 / 525E 81-87 / 528E 82-88')).toEqual([]);
    expect(setNumbersOf('JTLEGEND iPhone 17 / 17 Air / 17 Pro / 17 Pro Max')).toEqual([]);
    expect(setNumbersOf('Nike 1/4 zip pullover, 1/6 scale figure')).toEqual([]);
  });

  it('compares with the numbers a title holds, leading zeros aside', () => {
    expect(numbersAmong(analyzeTitle('Charizard Holo Rare 004/102 Base Set').tokens)).toEqual(
      new Set(['4', '102']),
    );
  });
});

describe('trading cards in matching', () => {
  const stats: CorpusStats = { docCount: 10_000, docFreq: () => 20, avgLength: 9 };
  const match = (query: string, title: string, condition?: string) => {
    const { tokens, facts } = analyzeTitle(title);
    return matchCandidate(buildQuery(query), tokens, stats, facts, { title, condition });
  };

  it('takes no grade for a model code: two cards sharing "PSA 10" are not the same card', () => {
    expect(isGradeCode('psa10')).toBe(true);
    expect(isSpecificCode('psa10')).toBe(false);
    expect(isSpecificCode('swsh087')).toBe(true);
    expect(
      match('Pokemon Charizard Base Set Holo 4/102 PSA 10', 'Pokemon Pikachu Jungle 60/64 PSA 10').matched,
    ).toBe(false);
    expect(
      match(
        'The Pokémon Company Seismitoad SV11B Black Bolt 109/086 JP AR Holo PSA 10',
        'Pokemon Zekrom Black Bolt PSA 10 Japanese',
      ).matched,
    ).toBe(false);
  });

  it('takes no words of the grade for words of the card', () => {
    // Without a card number, "PSA 10" as two shared words made another card half the query.
    expect(buildQuery('Pokemon Charizard VMAX Champions Path PSA 10').units).not.toContain('psa');
    expect(
      match('Pokemon Charizard VMAX Champions Path PSA 10', 'Pokemon Pikachu VMAX PSA 10 Gem Mint').matched,
    ).toBe(false);
    expect(
      match('Pokemon Charizard VMAX Champions Path PSA 10', 'PSA 10 Charizard VMAX Champions Path'),
    ).toMatchObject({
      matched: true,
      otherModel: false,
    });
  });

  it('matches a card whatever word its number follows', () => {
    // "Holo 133/130" made the code "holo133", which this title of the same card does not hold.
    expect(buildQuery('Pokemon TCG Baxcalibur Secret Rare Full Art Holo 133/130 sv2a').codes).not.toContain(
      'holo133',
    );
    expect(
      match(
        'Pokemon TCG Baxcalibur Secret Rare Full Art Holo 133/130 sv2a',
        'Baxcalibur 133/130 Secret Rare Holo sv2a Pokemon card',
      ),
    ).toMatchObject({ matched: true, otherModel: false });
    expect(
      match('Pokémon Dark Jolteon TCG 1st Edition Card 38/82', '38/82 Dark Jolteon 1st Edition Pokemon Card'),
    ).toMatchObject({ matched: true, otherModel: false });
  });

  it('takes a card of another number for another card', () => {
    expect(match('Charizard 4/102 Base Set Holo', 'Charizard 11/108 Evolutions Holo').matched).toBe(false);
    expect(match('Charizard 4/102 Base Set Holo', 'Charizard Base Set 2 4/130 Holo Rare').matched).toBe(
      false,
    );
    expect(match('Charizard 4/102 Base Set Holo', 'Charizard Holo Rare Base Set 004/102 LP')).toMatchObject({
      matched: true,
      otherModel: false,
    });
  });

  it('sets another grade, or graded against raw, aside as another model', () => {
    const graded = 'Pokemon Charizard Base Set Holo 4/102 PSA 10';
    expect(match(graded, 'PSA 10 Pokemon Charizard Holo 4/102 Base')).toMatchObject({
      matched: true,
      otherModel: false,
    });
    for (const title of [
      'Charizard 4/102 Base Set Holo PSA 9',
      'Charizard 4/102 Base Set Holo BGS 9.5',
      'Charizard 4/102 Base Set Holo raw NM',
      'Charizard 4/102 Base Set Holo PSA 10 ready?',
    ])
      expect(match(graded, title), title).toMatchObject({ matched: true, otherModel: true });
    // eBay says the grade in the condition field too.
    expect(
      match(graded, 'Pokemon Charizard Base Set Holo 4/102', 'Graded - PSA 10: Gem Mint').otherModel,
    ).toBe(false);
    expect(match(graded, 'Pokemon Charizard Base Set Holo 4/102', 'Graded - PSA 9: Mint').otherModel).toBe(
      true,
    );
    expect(match('Charizard 4/102 Base Set Holo', 'PSA 10 Pokemon Charizard Holo 4/102 Base')).toMatchObject({
      matched: true,
      otherModel: true,
    });
  });
});
