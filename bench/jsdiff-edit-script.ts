/**
 * The benchmark's reference for the compare: src/lib/edit-script.ts's
 * `editScript` with the same signature, computed by jsdiff's `diffArrays`
 * (Myers too, with its change objects). The benchmark bundles word-diff.ts a
 * second time with this module in place of the site's own (bench/run.ts), so
 * tokens, sentence pass and clean-up are the same and the side-by-side time
 * shows what the own edit script buys.
 */
import { diffArrays } from 'diff';
import type { EditRun } from '../src/lib/edit-script.ts';

export type { EditKind, EditRun } from '../src/lib/edit-script.ts';

export function editScript<T>(a: ArrayLike<T>, b: ArrayLike<T>, maxEdits?: number): EditRun[] | undefined {
  const changes = maxEdits === undefined ? diffArrays(Array.from(a), Array.from(b)) : diffArrays(Array.from(a), Array.from(b), { maxEditLength: maxEdits });
  return changes?.map((c): EditRun => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', count: c.count ?? c.value.length }));
}
