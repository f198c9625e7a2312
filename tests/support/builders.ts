/**
 * Builders of corpus entries for the unit tests: each gives a valid entry
 * with plain defaults, and a test names only what it is about.
 */
import type { GuideEntry } from '../../src/lib/corpus.ts';

export const guideEntry = (over: Partial<GuideEntry> & Pick<GuideEntry, 'id'>): GuideEntry => ({
  file: `content/guides/${over.id}.mdx`,
  title: over.id,
  aboutSite: false,
  searchTerms: [],
  frontmatter: {},
  body: '',
  bodyLine: 1,
  ...over,
});
