/**
 * The on-page contents of a page whose sections come as built HTML (a
 * comparison): its h2 and h3 headings with an id, in order, leaving out those
 * inside a collapsed <details>, which a contents link could not show.
 */
import type { MarkdownHeading } from 'astro';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function htmlHeadings(html: string): MarkdownHeading[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const found: MarkdownHeading[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || child.tagName === 'details') continue;
      const depth = { h2: 2, h3: 3 }[child.tagName];
      if (depth && typeof child.properties.id === 'string') found.push({ depth, slug: child.properties.id, text: toString(child).trim() });
      else walk(child);
    }
  };
  walk(tree);
  return found;
}
