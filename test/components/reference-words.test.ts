import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../components/reference-words';

describe('kindLabel', () => {
  it('names another grade of a card as sellers write it', () => {
    expect(kindLabel({ id: 'other-model', type: 'psa 9' })).toBe('other grade: PSA 9');
    expect(kindLabel({ id: 'other-model', type: 'bgs 9.5' })).toBe('other grade: BGS 9.5');
    expect(kindLabel({ id: 'other-model', type: 'raw' })).toBe('other grade: ungraded (raw)');
    expect(kindLabel({ id: 'other-model' })).toBe('other models');
  });

  it('names the medium set apart unless it is a game for the console', () => {
    expect(kindLabel({ id: 'media', type: 'download-code' })).toBe('other media: download code');
    expect(kindLabel({ id: 'media', type: 'guidebook' })).toBe('other media: strategy guide');
    expect(kindLabel({ id: 'media', type: 'cd' })).toBe('other media: cd');
    expect(kindLabel({ id: 'media', type: 'game' })).toBe('games and media for it');
  });
});
