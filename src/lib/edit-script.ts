/**
 * The shortest edit script between two sequences (Myers, "An O(ND)
 * difference algorithm", 1986): which items of `a` stay, which are deleted
 * and which items of `b` are inserted. Items are compared with `===`.
 *
 * Written here rather than taken from jsdiff because the compare page diffs
 * thousands of token runs per comparison: a plain loop over arrays, with no
 * objects per step, is what keeps a 300 000-character document under 100 ms.
 */

export type EditKind = 'same' | 'del' | 'ins';

/** A run of one kind of edit: `count` items, taken from `a` (same, del) or `b` (ins). */
export interface EditRun {
  kind: EditKind;
  count: number;
}

/**
 * The edit runs turning `a` into `b`, in order, or `undefined` when more than
 * `maxEdits` insertions and deletions would be needed (the caller then shows
 * the texts as wholly replaced rather than spending time on a diff nobody can read).
 */
export function editScript<T>(a: ArrayLike<T>, b: ArrayLike<T>, maxEdits?: number): EditRun[] | undefined {
  const n = a.length;
  const m = b.length;
  // Kept a small integer (never Infinity) so engines index the typed arrays below without converting.
  const limit = maxEdits === undefined ? n + m : Math.min(n + m, maxEdits);
  // One side empty: the answer is known, and the loop below would take (n + m)² steps to find it.
  if (n === 0 || m === 0) {
    if (n + m > limit) return undefined;
    return n + m === 0 ? [] : [{ kind: n === 0 ? 'ins' : 'del', count: n + m }];
  }
  // frontier[k + offset]: the furthest x reached so far on diagonal k = x - y.
  const offset = limit + 1;
  const frontier = scratch.frontier(2 * limit + 3);
  frontier[offset + 1] = 0;
  let trail = scratch.trail(0);
  for (let d = 0; d <= limit; d++) {
    const start = roundStart(d);
    if (start + d + 1 > trail.length) trail = scratch.trail(start + d + 1);
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
      let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      trail[start + ((k + d) >> 1)] = x;
      if (x >= n && y >= m) return traceBack(trail, d, n, m);
    }
  }
  return undefined;
}

/** Where round d's furthest points (diagonals -d, -d+2, …, d) begin in the trail. */
const roundStart = (d: number) => (d * (d + 1)) / 2;

/**
 * Working arrays kept between calls and grown by doubling: the compare page
 * calls editScript thousands of times, and allocating typed arrays each time
 * costs more in browsers than the diff itself. Safe because a call never yields.
 */
const scratch = (() => {
  let frontier = new Int32Array(1024);
  let trail = new Int32Array(1 << 16);
  return {
    frontier: (size: number) => (frontier = size <= frontier.length ? frontier : new Int32Array(Math.max(size, 2 * frontier.length))),
    /** The trail, at least `size` long, keeping what it holds. */
    trail: (size: number) => {
      if (size > trail.length) {
        const larger = new Int32Array(Math.max(size, 2 * trail.length));
        larger.set(trail);
        trail = larger;
      }
      return trail;
    },
  };
})();

/** Walks the furthest points of rounds `last`…0 from the end back to the start, collecting the runs. */
function traceBack(trail: Int32Array, last: number, n: number, m: number): EditRun[] {
  const reversed: EditRun[] = [];
  const add = (kind: EditKind, count: number) => {
    if (count === 0) return;
    const lastRun = reversed.at(-1);
    if (lastRun?.kind === kind) lastRun.count += count;
    else reversed.push({ kind, count });
  };
  // The furthest x of round d on diagonal k.
  const furthest = (d: number, k: number) => trail[roundStart(d) + ((k + d) >> 1)];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const k = x - y;
    // The same choice the forward pass made, from the previous round's points.
    const down = k === -d || (k !== d && furthest(d - 1, k - 1) < furthest(d - 1, k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = furthest(d - 1, previousK);
    const previousY = previousX - previousK;
    // The unchanged items after this round's one edit, then the edit.
    add('same', x - previousX - (down ? 0 : 1));
    add(down ? 'ins' : 'del', 1);
    x = previousX;
    y = previousY;
  }
  add('same', x);
  return reversed.reverse();
}
