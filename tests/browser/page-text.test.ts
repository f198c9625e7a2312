/**
 * What a reader sees on every built page: no file name or path from the
 * repository (source text files, content records, code) in the page's text.
 * Reads the built HTML with rehype, so markup and scripts are not text.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/browser.ts';
import { builtPages, pageHtml } from '../support/site-files.ts';

/** A seed text file, a content record, or a path into the code. */
const REPOSITORY_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b|\bsrc\/(?:lib|components|pages)\/|\bcontent\/[a-z-]+\/|\b[\w-]+\.(?:ya?ml|mdx|tsx?)\b/;

/** The visible text of a page's main content: scripts, styles and templates left out. */
function mainText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const strip = (node: Root | Element) => {
    node.children = node.children.filter((c) => c.type !== 'element' || !['script', 'style', 'template'].includes(c.tagName));
    for (const c of node.children) if (c.type === 'element') strip(c);
  };
  strip(tree);
  const find = (node: Root | Element): Element | undefined => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'main') return c;
      const inner = find(c);
      if (inner) return inner;
    }
  };
  return toString(find(tree) ?? tree);
}

describe('page text', () => {
  it('shows no file name or path from the repository on any page', () => {
    const pages = builtPages(SITE_DIR);
    expect(pages.length).toBeGreaterThan(50);
    // The check reads the real text: the sources page names its sources, and an old-style line would be caught.
    expect(mainText(pageHtml(SITE_DIR, '/kallor/'))).toContain('Samordningsuppdragets praktik');
    expect(REPOSITORY_NAME.test('Textfil: 000_e2140c4052a7f494.txt')).toBe(true);
    expect(REPOSITORY_NAME.test('innehållsmodellen i src/lib/schema.ts')).toBe(true);
    const found = pages.flatMap((path) => {
      const hit = REPOSITORY_NAME.exec(mainText(pageHtml(SITE_DIR, path)));
      return hit ? [`${path}: "${hit[0]}"`] : [];
    });
    expect(found).toEqual([]);
  });
});
