/** The best-bet input from the corpus (build side; see search-terms.ts). */
import type { Corpus } from './corpus.ts';
import { guideUrl, processUrl } from './routes.ts';
import { type BestBetInput, pageKeywords } from './search-terms.ts';

export function bestBetInput(corpus: Corpus): BestBetInput {
  return {
    glossary: corpus.glossary.map((g) => ({ id: g.id, term: g.data.term, expansion: g.data.expansion })),
    pages: [
      ...corpus.guides.filter((g) => !g.aboutSite).map((g) => ({ url: guideUrl(g.id), title: g.title, searchTerms: g.searchTerms })),
      ...corpus.processes.map((p) => ({ url: processUrl(p.id), title: p.data.title })),
    ],
    glossaryUrl: '/begrepp/',
  };
}

/** The hidden search keywords of each page that has any, by its URL (every URL starts with "/"). */
export type PageKeywords = Record<string, string[]>;

const keywordsKept = new WeakMap<Corpus, PageKeywords>();

/** Every page's hidden search keywords (pageKeywords), worked out once per corpus rather than on each page. */
export function keywordsByPage(corpus: Corpus): PageKeywords {
  let byUrl = keywordsKept.get(corpus);
  if (!byUrl) keywordsKept.set(corpus, (byUrl = Object.fromEntries(pageKeywords(bestBetInput(corpus)))));
  return byUrl;
}

/** A page's hidden search keywords. */
export const keywordsOfPage = (corpus: Corpus, url: string): string[] => keywordsByPage(corpus)[url] ?? [];
