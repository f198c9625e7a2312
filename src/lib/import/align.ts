/**
 * Aligns the passages of a new full-text version with those of the previous
 * known version, so each passage keeps its predecessor's id and its history
 * continues. Every match has a kind and a confidence from 0 to 1:
 * - `identical`: the same wording under the same headings (1);
 * - `moved`: the same wording under other headings (1);
 * - `changed`: edited in place: the best match both ways, with a similarity
 *   (Dice over the sets of word pairs) of at least EDITED_MIN;
 * - `split`: one passage whose words are spread over several consecutive
 *   new ones; `merged`: several old passages in one new one;
 * - `added` and `removed`: no counterpart.
 *
 * The order matters: identical wordings first, then splits and merges (a
 * half of a split passage is otherwise mistaken for an edit of it), then
 * edits. Candidates are found through an index of the words, so a version of
 * thousands of passages is aligned without comparing every pair.
 */
import { wordTokens } from '../diff-passages.ts';

export type MatchKind = 'identical' | 'moved' | 'changed' | 'split' | 'merged' | 'added' | 'removed';

export interface AlignInput {
  headings: string[];
  text: string;
}

export interface Match {
  kind: MatchKind;
  confidence: number;
  /** Indexes into the previous passages. */
  previous: number[];
  /** Indexes into the new passages. */
  next: number[];
}

/**
 * The lowest similarity called an edit in place. Word pairs rather than words:
 * in the synthetic ground truth (`npm run bench:alignment`, a small domain
 * vocabulary, so unrelated paragraphs share most of their words) two
 * unrelated paragraphs share up to about 0.6 of their words but under 0.3 of
 * their word pairs, while a paragraph with a few words edited keeps 0.8–0.95
 * of its pairs; 0.5 sits between them.
 */
export const EDITED_MIN = 0.5;
/** How much of a part's words must come from the whole for a split or merge, and how much of the whole the parts must cover. */
const PART_MIN = 0.8;
/** Matches below this confidence are listed first for review. */
export const REVIEW_BELOW = 0.8;

const wordList = (text: string) => wordTokens(text.toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t));
/**
 * A text's words, and its pairs of neighbouring words: two texts on one
 * subject share words, but an edited text keeps most of its word order too.
 */
function wordsAndPairs(text: string): [Set<string>, Set<string>] {
  const list = wordList(text);
  return [new Set(list), new Set(list.slice(1).map((w, i) => `${list[i]} ${w}`))];
}
const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) n++;
  return n;
};
const dice = (a: Set<string>, b: Set<string>) => (a.size + b.size === 0 ? 1 : (2 * overlap(a, b)) / (a.size + b.size));
const sameHeadings = (a: AlignInput, b: AlignInput) => a.headings.join('\u0000') === b.headings.join('\u0000');

/** Words and word pairs of each passage, worked out when first asked for: identical wordings never need them. */
function featuresOf(items: AlignInput[]) {
  const cache = new Map<number, [Set<string>, Set<string>]>();
  const get = (i: number) => cache.get(i) ?? cache.set(i, wordsAndPairs(items[i].text)).get(i)!;
  return { words: (i: number) => get(i)[0], pairs: (i: number) => get(i)[1] };
}

export function alignPassages(previous: AlignInput[], next: AlignInput[]): Match[] {
  const matches: Match[] = [];
  const usedPrev = new Set<number>();
  const usedNext = new Set<number>();
  const take = (m: Match) => {
    m.previous.forEach((i) => usedPrev.add(i));
    m.next.forEach((j) => usedNext.add(j));
    matches.push(m);
  };

  // 1. The same wording: unchanged where the headings are the same, moved otherwise.
  const byText = new Map<string, number[]>();
  previous.forEach((p, i) => {
    if (!byText.has(p.text)) byText.set(p.text, []);
    byText.get(p.text)!.push(i);
  });
  next.forEach((n, j) => {
    const candidates = (byText.get(n.text) ?? []).filter((i) => !usedPrev.has(i));
    const i = candidates.find((c) => sameHeadings(previous[c], n)) ?? candidates[0];
    if (i !== undefined) take({ kind: sameHeadings(previous[i], n) ? 'identical' : 'moved', confidence: 1, previous: [i], next: [j] });
  });

  const prev = featuresOf(previous);
  const nxt = featuresOf(next);
  // Word → unmatched previous passages that have it; rare words find candidates fast.
  const index = new Map<string, number[]>();
  previous.forEach((_, i) => {
    if (usedPrev.has(i)) return;
    for (const w of prev.words(i)) {
      if (!index.has(w)) index.set(w, []);
      index.get(w)!.push(i);
    }
  });
  /** Unmatched previous passages sharing words with a text, by how many they share. */
  const candidatesOf = (ws: Set<string>) => {
    const shared = new Map<number, number>();
    for (const w of ws) for (const i of index.get(w) ?? []) if (!usedPrev.has(i)) shared.set(i, (shared.get(i) ?? 0) + 1);
    return [...shared].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([i]) => i);
  };
  const contained = (part: Set<string>, whole: Set<string>) => (part.size === 0 ? 0 : overlap(part, whole) / part.size);
  const covered = (parts: Set<string>[], whole: Set<string>) => {
    const union = new Set(parts.flatMap((p) => [...p]));
    return whole.size === 0 ? 0 : overlap(union, whole) / whole.size;
  };

  // 2. Splits: consecutive unmatched new passages that each come from one old passage and together cover it.
  const nextFree = (j: number) => j < next.length && !usedNext.has(j);
  for (let j = 0; j < next.length; j++) {
    if (!nextFree(j)) continue;
    for (const i of candidatesOf(nxt.words(j))) {
      if (usedPrev.has(i) || contained(nxt.words(j), prev.words(i)) < PART_MIN) continue;
      const run = [j];
      while (nextFree(run.at(-1)! + 1) && contained(nxt.words(run.at(-1)! + 1), prev.words(i)) >= PART_MIN) run.push(run.at(-1)! + 1);
      const coverage = covered(run.map((k) => nxt.words(k)), prev.words(i));
      if (run.length > 1 && coverage >= PART_MIN) {
        const parts = Math.min(...run.map((k) => contained(nxt.words(k), prev.words(i))));
        take({ kind: 'split', confidence: round(Math.min(coverage, parts)), previous: [i], next: run });
        break;
      }
    }
  }
  // 3. Merges: one unmatched new passage made of consecutive unmatched old passages.
  for (let j = 0; j < next.length; j++) {
    if (!nextFree(j)) continue;
    const parts = candidatesOf(nxt.words(j))
      .filter((i) => contained(prev.words(i), nxt.words(j)) >= PART_MIN)
      .sort((a, b) => a - b);
    // The longest run of consecutive old passages among the parts.
    let best: number[] = [];
    for (const start of parts) {
      const run = [start];
      while (parts.includes(run.at(-1)! + 1)) run.push(run.at(-1)! + 1);
      if (run.length > best.length) best = run;
    }
    const coverage = covered(best.map((i) => prev.words(i)), nxt.words(j));
    if (best.length > 1 && coverage >= PART_MIN) {
      const partScore = Math.min(...best.map((i) => contained(prev.words(i), nxt.words(j))));
      take({ kind: 'merged', confidence: round(Math.min(coverage, partScore)), previous: best, next: [j] });
    }
  }

  // 4. Edits in place: the best match both ways, above the threshold.
  const bestFor = (j: number) => {
    let best = { i: -1, score: 0 };
    for (const i of candidatesOf(nxt.words(j))) {
      const score = dice(prev.pairs(i), nxt.pairs(j));
      if (score > best.score) best = { i, score };
    }
    return best;
  };
  const proposals = next.map((_, j) => (usedNext.has(j) ? { i: -1, score: 0 } : bestFor(j)));
  const bestNextFor = new Map<number, { j: number; score: number }>();
  proposals.forEach(({ i, score }, j) => {
    if (i >= 0 && score > (bestNextFor.get(i)?.score ?? 0)) bestNextFor.set(i, { j, score });
  });
  proposals.forEach(({ i, score }, j) => {
    if (i >= 0 && score >= EDITED_MIN && bestNextFor.get(i)?.j === j && !usedPrev.has(i)) {
      take({ kind: 'changed', confidence: round(score), previous: [i], next: [j] });
    }
  });

  // 5. What is left has no counterpart; the closer its nearest neighbour, the less sure that is.
  next.forEach((_, j) => {
    if (!usedNext.has(j)) take({ kind: 'added', confidence: round(1 - bestFor(j).score), previous: [], next: [j] });
  });
  previous.forEach((_, i) => {
    if (usedPrev.has(i)) return;
    let nearest = 0;
    for (const j of proposals.keys()) if (proposals[j].i === i) nearest = Math.max(nearest, proposals[j].score);
    take({ kind: 'removed', confidence: round(1 - nearest), previous: [i], next: [] });
  });
  return matches;
}

const round = (x: number) => Math.round(x * 100) / 100;
