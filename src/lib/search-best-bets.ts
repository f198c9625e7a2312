/** The best-bet input from the corpus (build side; see search-terms.ts). */
import type { Corpus } from './corpus.ts';
import { oncePer } from './once-per.ts';
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

/** Every page's hidden search keywords (pageKeywords), worked out once per corpus rather than on each page. */
export const keywordsByPage = oncePer((corpus: Corpus): PageKeywords => Object.fromEntries(pageKeywords(bestBetInput(corpus))));

/** A page's hidden search keywords. */
export const keywordsOfPage = (corpus: Corpus, url: string): string[] => keywordsByPage(corpus)[url] ?? [];
