import { describe, expect, it } from 'vitest';
import { compareVersions, wordDiff, wordTokens } from './word-diff.ts';

describe('wordDiff', () => {
  it('splits Swedish words whole, with spaces and punctuation apart', () => {
    expect(wordTokens('Försäkringskassan äger mötet.')).toEqual(['Försäkringskassan', ' ', 'äger', ' ', 'mötet', '.']);
  });

  it('marks changed words, never parts of words', () => {
    expect(wordDiff('hela ohälsoprocessen', 'hela sjukprocessen')).toEqual([
      { kind: 'same', text: 'hela ' },
      { kind: 'removed', text: 'ohälsoprocessen' },
      { kind: 'added', text: 'sjukprocessen' },
    ]);
  });

  it('compares versions passage by passage, a missing passage as empty', () => {
    const result = compareVersions([{ id: 'a', text: 'ett två' }], [{ id: 'a', text: 'ett tre' }, { id: 'b', text: 'ny' }]);
    expect(result.map((r) => r.id)).toEqual(['a', 'b']);
    expect(result[1].changes).toEqual([{ kind: 'added', text: 'ny' }]);
  });
});
