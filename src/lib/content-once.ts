/**
 * The checked content of this process. Astro evaluates astro.config.ts (the
 * sidebar), the integration (the check before the build) and
 * content.config.ts (the loaders the pages read through) as separate module
 * graphs in one process, so the result is kept on globalThis: `content/` is
 * read and checked once per process, and all three see the same entries.
 * `astro dev` marks it stale when a file under the folder changes.
 */
import { resolve } from 'node:path';
import type { Corpus } from './corpus.ts';
import { contentDirFromEnv } from './load-content.ts';
import type { Problem } from './problems.ts';
import { checkContent } from './validate.ts';

interface Kept {
  checked: { corpus: Corpus; problems: Problem[] };
  stale: boolean;
}

const KEY = Symbol.for('samordningsuppdraget.checked-content');
const kept: Map<string, Kept> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, Kept>;

/** `contentDir` read and checked, the first time it is asked for in this process (or after it changed). */
export function checkedContentOnce(contentDir = contentDirFromEnv()): { corpus: Corpus; problems: Problem[] } {
  const key = resolve(contentDir);
  const known = kept.get(key);
  if (known && !known.stale) return known.checked;
  const checked = checkContent(contentDir);
  kept.set(key, { checked, stale: false });
  return checked;
}

/** The next `checkedContentOnce` reads the folder again. */
export function markContentStale(contentDir: string): void {
  const known = kept.get(resolve(contentDir));
  if (known) known.stale = true;
}
