/**
 * The offline title index (/pagefind-rubriker/, TITLE_BUNDLE): one Pagefind
 * custom record for every page the main index or the archive holds, with
 * its title, its headings and its hidden search keywords as the text, its
 * metadata and filters as its index gave them, and a filter naming that
 * index, so the search page can show the two groups as it does online. A
 * first visit precaches it in place of the main index when the main index
 * would take the shell past its limit (src/lib/offline-plan.ts); offline,
 * until the site is saved, the search page then finds every page by the
 * words of its title and headings (README, "Offline").
 */
import type { CustomRecord } from 'pagefind';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { type SearchIndexName, TITLE_INDEX_FILTER } from './search-index.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** What the title index reads from a page's HTML: the text of its headings below the title, and its hidden search keywords. */
export interface PageOutline {
  headings: string[];
  keywords: string[];
}

/** A page as its index holds it (its Pagefind fragment): address, title, metadata and filters. */
export interface IndexedPage {
  url: string;
  title: string;
  index: SearchIndexName;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name && !a.namespace)?.value;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Text as a search matches it: soft hyphens (src/lib/hyphenate.ts) out, white space collapsed. */
const plain = (text: string) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

/** An element's text, without what Pagefind leaves out (data-pagefind-ignore), such as a permalink's label. */
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : isElement(node) && attribute(node, 'data-pagefind-ignore') !== undefined
      ? ''
      : 'childNodes' in node
        ? node.childNodes.map(textOf).join('')
        : '';

/**
 * The headings (h2–h6; the title comes from the index's metadata) and the
 * search keywords (PageTitle.astro's data-sokord) of the part of a built page
 * that Pagefind indexes: inside data-pagefind-body, outside
 * data-pagefind-ignore. Each once, in page order.
 */
export function pageOutline(html: string): PageOutline {
  const headings = new Set<string>();
  const keywords = new Set<string>();
  const bodies: Element[] = [];
  const visit = (node: Node, inBody: boolean) => {
    if (!isElement(node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, inBody);
      return;
    }
    if (attribute(node, 'data-pagefind-ignore') !== undefined) return;
    const body = inBody || attribute(node, 'data-pagefind-body') !== undefined;
    if (body && !inBody) bodies.push(node);
    if (body && HEADINGS.has(node.tagName)) {
      const text = plain(textOf(node));
      if (text) headings.add(text);
      return;
    }
    const sokord = attribute(node, 'data-sokord');
    if (body && sokord) for (const keyword of sokord.split(',').map(plain).filter(Boolean)) keywords.add(keyword);
    for (const child of node.childNodes) visit(child, body);
  };
  visit(parse(html), false);
  if (!bodies.length) throw new Error('The page has no data-pagefind-body element, so Pagefind indexed all of it; the title index reads only the marked part.');
  return { headings: [...headings], keywords: [...keywords] };
}

/** The title index's record of a page: its title, headings and keywords as the text; its index's metadata and filters, and the index as a filter. */
export function titleRecord(page: IndexedPage, outline: PageOutline, language: string): CustomRecord {
  return {
    url: page.url,
    language,
    content: [page.title, ...outline.headings, ...outline.keywords].join('. '),
    meta: { ...page.meta, title: page.title },
    filters: { ...page.filters, [TITLE_INDEX_FILTER]: [page.index] },
  };
}
