/**
 * What a guide holds as the guide checks read it (the remark + remark-mdx
 * tree of src/lib/mdx.ts) and as the site rendered it into the built page
 * (the HTML parsed with rehype), in one shape, so a test can compare them:
 * the citations and quotations counted and the quotations' text, the glossary
 * terms, the links a reader can follow and the headings' ids.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { GuideEntry } from '../../src/lib/corpus.ts';
import { componentUses, guideTree, headingIds, isJsx, jsxAttributes, walk, type MdxNode } from '../../src/lib/mdx.ts';

export interface GuideView {
  cites: number;
  quotes: { block: boolean; text: string }[];
  terms: number;
  /** The targets of the links a reader can follow, sorted. */
  links: string[];
  /** The ids of the body's headings, sorted. */
  headings: string[];
}

const flat = (text: string) => text.split(/\s+/).join(' ').trim();

/** The guide as the checks see it. */
export function checkedView(guide: GuideEntry): GuideView {
  const tree = guideTree(guide);
  const definitions = new Map<string, string>();
  walk(tree, (n) => {
    const { identifier } = n as MdxNode & { identifier?: string };
    if (n.type === 'definition' && identifier) definitions.set(identifier.toLowerCase(), n.url ?? '');
  });
  const links: string[] = [];
  walk(tree, (n) => {
    const { identifier } = n as MdxNode & { identifier?: string };
    if (n.type === 'link') links.push(n.url ?? '');
    else if (n.type === 'linkReference' && identifier && definitions.has(identifier.toLowerCase())) links.push(definitions.get(identifier.toLowerCase())!);
    else if (isJsx(n) && n.name === 'a' && jsxAttributes(n).href !== undefined) links.push(jsxAttributes(n).href);
  });
  return {
    cites: componentUses(guide, 'Cite').length,
    quotes: componentUses(guide, 'Quote').map((q) => ({ block: q.attributes.block !== undefined, text: flat(q.content ?? '') })),
    terms: componentUses(guide, 'Term').length,
    links: links.sort(),
    headings: [...headingIds(guide)].filter((id) => id !== '_top').sort(),
  };
}

const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const isElement = (n: { type: string }): n is Element => n.type === 'element';

/**
 * The guide's body in a built page, read through the markup the site's
 * components write (src/components/): a <Cite> is a span.ref, a <Quote> a
 * span.quote-inline with a <q> or a figure.quote-block with a <blockquote>,
 * each with its own span.ref; a <Term> is a span.term whose link goes to the
 * glossary; a <ProcessDiagram> is a figure.process and a div.process-text,
 * whose links and citations come from the process record, not the guide.
 */
export function renderedView(html: string): GuideView {
  const body = guideBodyOf(html);
  const view: GuideView = { cites: 0, quotes: [], terms: 0, links: [], headings: [] };
  const visit = (node: Element, inQuote: boolean) => {
    const c = classes(node);
    if (c.includes('process') || c.includes('process-text')) return;
    if (c.includes('ref')) {
      if (!inQuote) view.cites++;
      return;
    }
    if (c.includes('term')) {
      view.terms++;
      return;
    }
    if (c.includes('quote-inline') || c.includes('quote-block')) {
      const words = node.children.find((n): n is Element => isElement(n) && (n.tagName === 'q' || n.tagName === 'blockquote'));
      view.quotes.push({ block: c.includes('quote-block'), text: flat(words ? toString(words) : '') });
    }
    if (node.tagName === 'a' && node.properties.href !== undefined) view.links.push(String(node.properties.href));
    if (HEADINGS.has(node.tagName) && node.properties.id !== undefined) view.headings.push(String(node.properties.id));
    for (const child of node.children) if (isElement(child)) visit(child, inQuote || c.includes('quote-inline') || c.includes('quote-block'));
  };
  visit(body, false);
  view.links.sort();
  view.headings.sort();
  return view;
}

/** The guide's text on its built page (.sl-markdown-content). */
function guideBodyOf(html: string): Element {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const find = (node: Element | Root): Element | undefined => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (classes(child).includes('sl-markdown-content')) return child;
      const inner = find(child);
      if (inner) return inner;
    }
  };
  const body = find(tree);
  if (!body) throw new Error('the page has no .sl-markdown-content: not a guide page, or Starlight changed its markup');
  return body;
}

/** The text of a built guide page's headings, as a reader sees them (without what search ignores, such as a permalink's label). */
export function renderedHeadings(html: string): string[] {
  const text = (node: Element | Root['children'][number]): string =>
    node.type === 'text' ? node.value : isElement(node) && node.properties.dataPagefindIgnore === undefined ? node.children.map(text).join('') : '';
  const headings: string[] = [];
  const visit = (node: Element) => {
    if (HEADINGS.has(node.tagName)) headings.push(text(node).replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim());
    else for (const child of node.children) if (isElement(child)) visit(child);
  };
  visit(guideBodyOf(html));
  return headings;
}
