/**
 * What pages other than a guide's own read of it: its words (the reading
 * time in its title) and the sources its <Cite> and <Quote> name (the
 * sources' citing lists). Worked out once per guide by the guide checks and
 * kept, a number and a few ids, so no page parses a guide for them; the tree
 * itself is not kept (src/lib/mdx.ts).
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

// On globalThis, as the checked content is (src/lib/content-once.ts): the guide checks, in the integration's module
// graph, work the facts out while each guide's tree is at hand, and the pages, in another graph, read them there.
const KEY = Symbol.for('samordningsuppdraget.guide-facts');
const known = ((globalThis as Record<symbol, unknown>)[KEY] ??= new WeakMap()) as WeakMap<GuideEntry, GuideFacts>;

export function guideFacts(guide: GuideEntry): GuideFacts {
  let facts = known.get(guide);
  if (!facts) {
    const citedSources = ['Cite', 'Quote'].flatMap((name) => componentUses(guide, name).flatMap((use) => (use.attributes.source ? [use.attributes.source] : [])));
    facts = { words: wordsIn(guideTree(guide)), citedSources };
    known.set(guide, facts);
  }
  return facts;
}
