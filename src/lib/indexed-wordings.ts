/**
 * Which wordings of a passage's history page go into the search index. A
 * passage that changes a word at a time repeats almost all of its text in
 * every version; indexing each repetition made every common word match the
 * page once per version and filled Pagefind's index chunks with copies. A
 * wording is indexed when it has a word (case aside) that no earlier indexed
 * wording of the passage has, so every word the passage ever had is found
 * once, under the first version that has it, with that version's text as the
 * excerpt. States without words of their own (present by an interval, stated
 * absent) are short statements and stay indexed.
 */
import { wordTokens } from './diff-passages.ts';
import type { PassageState } from './passage-history.ts';

/** The texts a state shows as the passage's words: the wording, and a report's own sentence beside its rendering. */
function shownTexts(state: PassageState): string[] | undefined {
  const r = state.record;
  if (state.evidence === 'quoted' || state.evidence === 'described') return [r!.text!];
  if (state.evidence === 'rendered') return [r!.wording!, r!.text!];
  return undefined;
}

/** For each state in order, whether its wording is indexed. */
export function indexedWordings(states: PassageState[]): boolean[] {
  const seen = new Set<string>();
  return states.map((state) => {
    const texts = shownTexts(state);
    if (!texts) return true;
    const words = texts.flatMap(wordTokens).filter((t) => /[\p{L}\p{N}]/u.test(t)).map((w) => w.toLocaleLowerCase('sv'));
    const fresh = words.filter((w) => !seen.has(w));
    for (const w of fresh) seen.add(w);
    return fresh.length > 0;
  });
}
