/**
 * The offline title index (/pagefind-rubriker/, TITLE_BUNDLE): one Pagefind
 * custom record for every page the main index or the archive holds, with
 * its title, its headings (from its fragment) and its hidden search keywords
 * (from the content, as the page's data-sokord has them) as the text, its
 * metadata and filters as its index gave them, and a filter naming that
 * index, so the search page can show the two groups as it does online. A
 * first visit precaches it in place of the main index when the main index
 * would take the shell past its limit (src/lib/offline-plan.ts); offline,
 * until the site is saved, the search page then finds every page by the
 * words of its title and headings (README, "Offline").
 */
import type { CustomRecord } from 'pagefind';
import { type SearchIndexName, TITLE_INDEX_FILTER } from './search-index.ts';

/** A page as its index holds it (its Pagefind fragment): address, title, metadata, filters and headings. */
export interface IndexedPage {
  url: string;
  title: string;
  index: SearchIndexName;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The headings below the title (fragmentHeadings). */
  headings: string[];
}

/** An element with an id in the part of a page Pagefind indexed, as its fragment lists it. */
export interface FragmentAnchor {
  element: string;
  text: string;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Text as a search matches it: soft hyphens (src/lib/hyphenate.ts) out, white space collapsed. */
const plain = (text: string) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

/**
 * A page's headings below its title (h2–h6), each once, in page order, from
 * its fragment's anchors: Pagefind lists there every element with an id in
 * the part it indexed, with its text as indexed (without what it ignores,
 * such as a permalink's label). Every heading the site writes has an id;
 * reading them here, rather than each page's HTML again, took the title
 * index from 24 to 4 s at 100× (README, "Search").
 */
export function fragmentHeadings(anchors: FragmentAnchor[]): string[] {
  return [...new Set(anchors.filter((a) => HEADINGS.has(a.element)).map((a) => plain(a.text)).filter(Boolean))];
}

/** The title index's record of a page: its title, headings and search keywords as the text; its index's metadata and filters, and the index as a filter. */
export function titleRecord(page: IndexedPage, keywords: string[], language: string): CustomRecord {
  return {
    url: page.url,
    language,
    content: [page.title, ...page.headings, ...keywords].join('. '),
    meta: { ...page.meta, title: page.title },
    filters: { ...page.filters, [TITLE_INDEX_FILTER]: [page.index] },
  };
}
