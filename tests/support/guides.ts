/** A guide entry from an MDX body, for unit tests of the guide checks. */
import type { GuideEntry } from '../../src/lib/corpus.ts';

export const guideEntry = (body: string | string[], fields: Partial<GuideEntry> = {}): GuideEntry => ({
  id: 'kom-igang/test',
  file: 'test.mdx',
  title: 'Test',
  aboutSite: false,
  body: Array.isArray(body) ? body.join('\n') : body,
  bodyLine: 1,
  ...fields,
});
