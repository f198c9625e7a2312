import { describe, expect, it } from 'vitest';
import { editScript as ours } from '../src/lib/edit-script.ts';
import { editScript as jsdiff } from './jsdiff-edit-script.ts';

/** Applies edit runs to `a`, giving the sequence they describe. */
function apply(a: string[], b: string[], runs: { kind: string; count: number }[]): string[] {
  const out: string[] = [];
  let [i, j] = [0, 0];
  for (const { kind, count } of runs) {
    if (kind === 'same') out.push(...a.slice(i, i + count));
    if (kind === 'ins') out.push(...b.slice(j, j + count));
    if (kind !== 'ins') i += count;
    if (kind !== 'del') j += count;
  }
  return out;
}

describe('jsdiff editScript', () => {
  const a = 'den försäkrade har rätt till samordning av insatser'.split(' ');
  const b = 'den enskilde har rätt till samordnade insatser i tid'.split(' ');

  it('turns a into b with as many edits as the site\'s own edit script', () => {
    const [theirs, mine] = [jsdiff(a, b)!, ours(a, b)!];
    expect(apply(a, b, theirs)).toEqual(b);
    const edits = (runs: typeof theirs) => runs.filter((r) => r.kind !== 'same').reduce((n, r) => n + r.count, 0);
    expect(edits(theirs)).toBe(edits(mine));
  });

  it('gives up beyond the edit bound, as the site\'s does', () => {
    expect(jsdiff(a, b, 2)).toBeUndefined();
    expect(ours(a, b, 2)).toBeUndefined();
    expect(jsdiff([], [])).toEqual([]);
  });
});
