/**
 * What pages other than a guide's own read of it: its words (the reading
 * time in its title) and the sources its <Cite> and <Quote> name (the
 * sources' citing lists). Worked out once per guide and kept, a number and a
 * few ids, so those pages do not parse the guide again; the tree itself is
 * not kept (src/lib/mdx.ts).
 */
import type { GuideEntry } from './corpus.ts';
import { componentUses, guideTree } from './mdx.ts';
import { wordsIn } from './reading.ts';

export interface GuideFacts {
  /** Words of prose (src/lib/reading.ts). */
  words: number;
  /** The `source` of each <Cite>, then of each <Quote>, in the guide's order; once per use. */
  citedSources: string[];
}

const known = new WeakMap<GuideEntry, GuideFacts>();

export function guideFacts(guide: GuideEntry): GuideFacts {
  let facts = known.get(guide);
  if (!facts) {
    const citedSources = ['Cite', 'Quote'].flatMap((name) => componentUses(guide, name).flatMap((use) => (use.attributes.source ? [use.attributes.source] : [])));
    facts = { words: wordsIn(guideTree(guide)), citedSources };
    known.set(guide, facts);
  }
  return facts;
}
