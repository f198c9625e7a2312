import { describe, expect, it } from 'vitest';
import { compareVersions } from './word-diff.ts';

describe('compareVersions', () => {
  it('compares versions passage by passage with the site diff, a missing passage as empty', () => {
    const result = compareVersions([{ id: 'a', text: 'ett två' }], [{ id: 'a', text: 'ett tre' }, { id: 'b', text: 'ny' }]);
    expect(result.map((r) => r.id)).toEqual(['a', 'b']);
    expect(result[0].changes).toEqual([
      { kind: 'same', text: 'ett ' },
      { kind: 'del', text: 'två' },
      { kind: 'ins', text: 'tre' },
    ]);
    expect(result[1].changes).toEqual([{ kind: 'ins', text: 'ny' }]);
  });
});
