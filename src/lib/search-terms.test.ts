import { describe, expect, it } from 'vitest';
import { bestBetUrls, buildBestBets, expansionNames, pageKeywords, searchKey, type BestBetInput } from './search-terms.ts';

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
});
