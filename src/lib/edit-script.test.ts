import { describe, expect, it } from 'vitest';
import { editScript, type EditRun } from './edit-script.ts';
import { seededRandom } from '../../bench/random.ts';

/** Applies the runs to `a`, taking inserted items from `b`: must give `b` back. */
function apply<T>(a: T[], b: T[], runs: EditRun[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  for (const { kind, count } of runs) {
    if (kind === 'same') {
      for (let c = 0; c < count; c++) {
        expect(a[i + c]).toBe(b[j + c]);
        out.push(a[i + c]);
      }
      i += count;
      j += count;
    } else if (kind === 'del') i += count;
    else {
      out.push(...b.slice(j, j + count));
      j += count;
    }
  }
  expect(i).toBe(a.length);
  return out;
}
const edits = (runs: EditRun[]) => runs.filter((r) => r.kind !== 'same').reduce((sum, r) => sum + r.count, 0);

describe('editScript', () => {
  it('gives identical sequences as one unchanged run, and empty ones as none', () => {
    expect(editScript([1, 2, 3], [1, 2, 3])).toEqual([{ kind: 'same', count: 3 }]);
    expect(editScript([], [])).toEqual([]);
  });

  it('finds an insertion, a deletion and a replacement', () => {
    expect(editScript(['a', 'c'], ['a', 'b', 'c'])).toEqual([
      { kind: 'same', count: 1 },
      { kind: 'ins', count: 1 },
      { kind: 'same', count: 1 },
    ]);
    expect(editScript(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      { kind: 'same', count: 1 },
      { kind: 'del', count: 1 },
      { kind: 'same', count: 1 },
    ]);
    expect(editScript(['x'], ['y'])).toEqual([
      { kind: 'del', count: 1 },
      { kind: 'ins', count: 1 },
    ]);
  });

  it('handles one side empty', () => {
    expect(editScript([], [1, 2])).toEqual([{ kind: 'ins', count: 2 }]);
    expect(editScript([1, 2], [])).toEqual([{ kind: 'del', count: 2 }]);
  });

  it('finds the shortest script of the paper’s example (ABCABBA → CBABAC, 5 edits)', () => {
    const [a, b] = [[...'ABCABBA'], [...'CBABAC']];
    const runs = editScript(a, b)!;
    expect(edits(runs)).toBe(5);
    expect(apply(a, b, runs)).toEqual(b);
  });

  it('turns any sequence into any other with no more edits than a longest-common-subsequence count allows', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: random.int(0, 30) }, () => random.int(0, 4));
      const b = Array.from({ length: random.int(0, 30) }, () => random.int(0, 4));
      const runs = editScript(a, b)!;
      expect(apply(a, b, runs)).toEqual(b);
      expect(edits(runs)).toBe(a.length + b.length - 2 * lcsLength(a, b));
    }
  });

  it('gives up beyond maxEdits', () => {
    expect(editScript([1, 2, 3], [4, 5, 6], 5)).toBeUndefined();
    expect(editScript([1, 2, 3], [4, 5, 6], 6)).toBeDefined();
  });
});

/** Textbook dynamic programming, as an independent check on the minimal edit count. */
function lcsLength(a: number[], b: number[]): number {
  const row = new Array(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}
