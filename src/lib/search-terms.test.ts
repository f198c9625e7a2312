import { describe, expect, it } from 'vitest';
import { bestBetsFirst, bestBetUrls, buildBestBets, expansionNames, pageKeywords, searchKey, type BestBetInput, type BestBetPages } from './search-terms.ts';

const input: BestBetInput = {
  glossaryUrl: '/begrepp/',
  glossary: [
    { id: 'gk', term: 'GK', expansion: 'gemensam kartläggning' },
    { id: 'mi', term: 'MI', expansion: 'Motivational Interviewing (motiverande samtal)' },
    { id: 'sassam', term: 'SASSAM', expansion: 'Strukturerad arbetsmetod' },
    { id: 'rehabiliteringskedjan', term: 'rehabiliteringskedjan' },
    { id: 'faros', term: 'FAROS' },
  ],
  pages: [
    { url: '/guide/gk/', title: 'Gemensam kartläggning och det förstärkta samarbetet', searchTerms: ['GK'] },
    { url: '/processer/gk/', title: 'Gemensam kartläggning' },
    { url: '/guide/mi/', title: 'Motiverande samtal (MI)', searchTerms: ['MI'] },
    { url: '/guide/sassam/', title: 'SASSAM' },
    { url: '/guide/rehab/', title: 'Rehabiliteringskedjan', searchTerms: ['rehabkedjan'] },
  ],
};

describe('best bets', () => {
  const bets = buildBestBets(input);
  it('normalises queries', () => {
    expect(searchKey('  ”Rehabkedjan”  ')).toBe('rehabkedjan');
    expect(searchKey('Gemensam   Kartläggning.')).toBe('gemensam kartläggning');
  });
  it('puts an exact title first, then the glossary, then pages named by the expansion, then curated short forms', () => {
    expect(bestBetUrls(bets, 'SASSAM')).toEqual(['/guide/sassam/', '/begrepp/']);
    expect(bestBetUrls(bets, 'gk')).toEqual(['/begrepp/', '/processer/gk/', '/guide/gk/']);
    expect(bestBetUrls(bets, 'MI')).toEqual(['/begrepp/', '/guide/mi/']);
    expect(bestBetUrls(bets, 'rehabiliteringskedjan')).toEqual(['/guide/rehab/']);
    expect(bestBetUrls(bets, 'rehabkedjan')).toEqual(['/guide/rehab/']);
    expect(bestBetUrls(bets, 'kartläggning')).toEqual([]);
    expect(bestBetUrls(bets, 'faros')).toEqual(['/begrepp/']);
  });
  it('reads the names in an expansion and gives pages their abbreviations as keywords', () => {
    expect(expansionNames('Motivational Interviewing (motiverande samtal)')).toEqual(['Motivational Interviewing (motiverande samtal)', 'Motivational Interviewing', 'motiverande samtal']);
    const keywords = pageKeywords(input);
    expect(keywords.get('/processer/gk/')).toEqual(['GK']);
    expect(keywords.get('/guide/rehab/')).toEqual(['rehabkedjan']);
  });

  it('moves the best bets to the front wherever Pagefind ranked them, by their ids in the index searched', () => {
    // 5 000 results, as a common word gives in a large corpus: the glossary's result is ranked last.
    const results = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}` }));
    const pages: BestBetPages = { '/begrepp/': { main: 'p4999', titles: 't1' }, '/guide/gk/': { main: 'p20' }, '/arkiv/': { archive: 'p3' } };
    const ordered = bestBetsFirst(results, ['/guide/gk/', '/begrepp/', '/arkiv/'], pages, 'main');
    expect(ordered.slice(0, 3).map((r) => r.id)).toEqual(['p20', 'p4999', 'p0']);
    expect(ordered).toHaveLength(5000);
    expect(new Set(ordered.map((r) => r.id)).size).toBe(5000);
    // The archive's id names a page of the archive only; the title index has its own ids.
    expect(bestBetsFirst(results, ['/arkiv/'], pages, 'main')).toBe(results);
    expect(bestBetsFirst([{ id: 'x' }, { id: 't1' }], ['/begrepp/'], pages, 'titles').map((r) => r.id)).toEqual(['t1', 'x']);
  });
});
