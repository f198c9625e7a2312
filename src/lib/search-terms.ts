/**
 * Best bets for search: a query that is exactly a glossary term, an
 * abbreviation or its expansion, a guide's short form (frontmatter
 * searchTerms, curated in content/guides) or a guide's or process's title
 * puts the pages it names first, before Pagefind's ranked results (as GOV.UK
 * search does). Built into /data/sokord.json, with the pages' ids in the
 * search indexes in /data/sokord-sidor.json; read by src/scripts/search-page.ts.
 * Pure functions, shared by the build and the browser.
 */
import type { SearchIndexName } from './search-index.ts';

/** Normalised query key -> site paths (without #anchor), best first. */
export type BestBets = Record<string, string[]>;

/** Lower case, one space between words, no surrounding quotes or punctuation. */
export function searchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[”"'’.,:;!?()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function bestBetUrls(bets: BestBets, query: string): string[] {
  return bets[searchKey(query)] ?? [];
}

/** Where the search page reads the best bets, and their pages' ids in each index. */
export const BEST_BETS_URL = '/data/sokord.json';
export const BEST_BET_PAGES_URL = '/data/sokord-sidor.json';

/** The indexes a search result can come from: the main index, the archive, the offline title index. */
export type ResultIndex = SearchIndexName | 'titles';

/**
 * Each best bet's page -> its id in each index that holds it, as Pagefind's
 * search results give it: written after the indexes, so the search page can
 * put best bets first without loading any result's data.
 */
export type BestBetPages = Record<string, Partial<Record<ResultIndex, string>>>;

/**
 * The results with the pages of `preferred` (best first) moved to the front,
 * wherever Pagefind ranked them; the rest keep their order.
 */
export function bestBetsFirst<T extends { id: string }>(results: T[], preferred: string[], pages: BestBetPages, index: ResultIndex): T[] {
  const rank = new Map(preferred.flatMap((url, i) => (pages[url]?.[index] ? [[pages[url][index], i] as const] : [])));
  if (rank.size === 0) return results;
  const first = results.filter((r) => rank.has(r.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...first, ...results.filter((r) => !rank.has(r.id))];
}

/** The names an expansion such as "Motivational Interviewing (motiverande samtal)" goes by. */
export function expansionNames(expansion: string): string[] {
  const inner = /\(([^)]+)\)/.exec(expansion)?.[1];
  const outer = expansion.replace(/\([^)]*\)/g, '').trim();
  return [expansion, outer, ...(inner ? [inner] : [])].filter(Boolean);
}

export interface BestBetInput {
  glossary: { id: string; term: string; expansion?: string }[];
  /** Guides and processes: their path, title and hand-curated short forms. */
  pages: { url: string; title: string; searchTerms?: string[] }[];
  glossaryUrl: string;
}

/**
 * Hidden keywords for each page, by its path: its short forms and the
 * abbreviations whose expansion is its title. One pass over the pages (a
 * page's template asks for its own, once per page built).
 */
export function pageKeywords(input: BestBetInput): Map<string, string[]> {
  const abbreviationsByName = new Map<string, string[]>();
  for (const g of input.glossary) {
    if (!g.expansion) continue;
    for (const key of new Set(expansionNames(g.expansion).map(searchKey))) abbreviationsByName.set(key, [...(abbreviationsByName.get(key) ?? []), g.term]);
  }
  return new Map(input.pages.map((page) => [page.url, [...new Set([...(page.searchTerms ?? []), ...(abbreviationsByName.get(searchKey(page.title)) ?? [])])]]));
}

/**
 * Per query key, in this order: pages whose title is the query; the glossary,
 * where an abbreviation is defined (for an abbreviation or its expansion); pages titled by an abbreviation's
 * expansion; pages whose curated short forms include it.
 */
export function buildBestBets(input: BestBetInput): BestBets {
  const tiers: Record<string, string[]>[] = [{}, {}, {}, {}];
  const add = (tier: number, key: string, urls: string[]) => {
    const k = searchKey(key);
    if (k) tiers[tier][k] = [...(tiers[tier][k] ?? []), ...urls];
  };
  const titled = (name: string) => input.pages.filter((p) => searchKey(p.title) === searchKey(name)).map((p) => p.url);
  for (const p of input.pages) add(0, p.title, [p.url]);
  for (const g of input.glossary) {
    // Only abbreviations pin the glossary: for a plain term ("avstämningsmöte") the guide about it is the better answer.
    // An abbreviation has an expansion or is written in capitals (some are not expanded in the sources).
    if (!g.expansion && !/^[\p{Lu}\d]{2,}$/u.test(g.term)) continue;
    add(1, g.term, [input.glossaryUrl]);
    if (!g.expansion) continue;
    const names = expansionNames(g.expansion);
    for (const name of names) add(1, name, [input.glossaryUrl]);
    add(2, g.term, names.flatMap(titled));
  }
  for (const p of input.pages) for (const t of p.searchTerms ?? []) add(3, t, [p.url]);
  const bets: BestBets = {};
  for (const tier of tiers) for (const [k, urls] of Object.entries(tier)) bets[k] = [...new Set([...(bets[k] ?? []), ...urls])];
  return bets;
}
