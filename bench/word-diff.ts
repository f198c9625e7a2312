/**
 * The compare the benchmark times in Chromium: the site's own diffPassages
 * (the function the compare page and change pages use) over every passage of
 * two versions. This is the only import the benchmark bundles for the browser.
 */
import { diffPassages, type Segment, wordTokens } from '../src/lib/diff-passages.ts';

export { wordTokens };

export interface ComparablePassage {
  id: string;
  text?: string;
}

/** Every passage of two versions, matched by id and diffed word by word; a missing passage counts as empty. */
export function compareVersions(before: ComparablePassage[], after: ComparablePassage[]): { id: string; changes: Segment[] }[] {
  const earlier = new Map(before.map((p) => [p.id, p.text ?? '']));
  const later = new Map(after.map((p) => [p.id, p.text ?? '']));
  const ids = [...new Set([...earlier.keys(), ...later.keys()])];
  return ids.map((id) => ({ id, changes: diffPassages(earlier.get(id) ?? '', later.get(id) ?? '') }));
}
