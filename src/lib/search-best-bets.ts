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

const keywordsKept = new WeakMap<Corpus, Map<string, string[]>>();

/** A page's hidden search keywords (pageKeywords), worked out for every page once per corpus rather than on each page. */
export function keywordsOfPage(corpus: Corpus, url: string): string[] {
  let byUrl = keywordsKept.get(corpus);
  if (!byUrl) keywordsKept.set(corpus, (byUrl = pageKeywords(bestBetInput(corpus))));
  return byUrl.get(url) ?? [];
}
