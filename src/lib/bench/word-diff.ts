/**
 * The compare function the benchmark times in Chromium. It stands in for the
 * site's own compare (being written on another branch) and works the way the
 * issue specifies: Intl.Segmenter('sv') word tokens diffed with jsdiff's
 * diffArrays. After that branch is merged, point `compareVersions` at the
 * project's function here; this is the only import the benchmark uses.
 */
import { diffArrays } from 'diff';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'word' });

/** Words, spaces and punctuation as separate tokens, so a redline never splits a word. */
export function wordTokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function wordDiff(before: string, after: string): WordChange[] {
  return diffArrays(wordTokens(before), wordTokens(after)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.join(''),
  }));
}

export interface ComparablePassage {
  id: string;
  text?: string;
}

/** Every passage of two versions, matched by id and diffed word by word. */
export function compareVersions(before: ComparablePassage[], after: ComparablePassage[]): { id: string; changes: WordChange[] }[] {
  const earlier = new Map(before.map((p) => [p.id, p.text ?? '']));
  const ids = [...new Set([...before.map((p) => p.id), ...after.map((p) => p.id)])];
  const later = new Map(after.map((p) => [p.id, p.text ?? '']));
  return ids.map((id) => ({ id, changes: wordDiff(earlier.get(id) ?? '', later.get(id) ?? '') }));
}
