/**
 * The guide checks read each guide with remark-parse + remark-mdx, and the
 * page is rendered from that tree (src/lib/guide-html.ts). What the checks passed
 * must be what a reader gets: for every guide, the built page (read with
 * rehype, no browser needed) has the same citations, quotations word for
 * word, glossary terms, links and heading ids as the checks' syntax tree.
 * When Astro's MDX rendered the guides, with smartypants on, three verified
 * quotations were published with other quotation marks than their source's.
 */
import { describe, expect, it } from 'vitest';
import { contentDirFromEnv, loadContent } from '../../src/lib/load-content.ts';
import { guideUrl } from '../../src/lib/routes.ts';
import { SITE_DIR } from '../support/browser.ts';
import { checkedView, renderedView } from '../support/guide-views.ts';
import { pageHtml } from '../support/site-files.ts';

const { corpus } = loadContent(contentDirFromEnv());

describe('every guide as the checks read it and as the site rendered it', () => {
  it.each(corpus.guides.map((g) => [g.id, g] as const))('%s', (_id, guide) => {
    expect(renderedView(pageHtml(SITE_DIR, guideUrl(guide.id)))).toEqual(checkedView(guide));
  });

  it('compares something: the guides have citations, quotations, terms, links and headings', () => {
    const views = corpus.guides.map(checkedView);
    for (const part of ['cites', 'quotes', 'terms', 'links', 'headings'] as const) {
      expect(views.some((v) => (typeof v[part] === 'number' ? v[part] > 0 : v[part].length > 0)), part).toBe(true);
    }
    expect(views.some((v) => v.quotes.some((q) => q.block))).toBe(true);
  });
});
