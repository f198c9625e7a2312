import { describe, expect, it } from 'vitest';
import type { Corpus, VersionEntry } from './corpus.ts';
import type { Passage } from './schema.ts';
import { adjacentVersions, passageHistory, passageIds, passageLinks } from './version-history.ts';

const cite = { source: 's', section: 'x' };
const passage = (id: string, status: Passage['status'], text?: string, continues?: Passage['continues']): Passage => ({ id, title: id, status, text, citation: cite, continues });
const version = (document: string, n: number, year: string, passages: Passage[]): VersionEntry => ({
  id: String(n), document, file: '', data: { number: n, decided: { precision: 'year', value: year }, passages },
});
const corpus = {
  versions: [
    version('a', 4, '2006', [passage('h', 'quoted', 'hela ohälsoprocessen')]),
    version('a', 7, '2007', [passage('annan', 'paraphrased', 'x')]),
    version('a', 13, '2009', [passage('h', 'absent')]),
    version('b', 1, '2015', [passage('t', 'paraphrased', 'tillsyn', { document: 'a', passage: 'h' })]),
  ],
} as unknown as Corpus;

describe('version history', () => {
  it('pairs adjacent known versions and lists passage ids once', () => {
    expect(adjacentVersions(corpus, 'a').map(([x, y]) => `${x.id}-${y.id}`)).toEqual(['4-7', '7-13']);
    expect(passageIds(corpus, 'a')).toEqual(['h', 'annan']);
  });

  it('follows a passage through every version, unknown where it is not mentioned', () => {
    const steps = passageHistory(corpus, 'a', 'h');
    expect(steps.map((s) => [s.version.id, s.change ?? 'okänd'])).toEqual([['4', 'först-känd'], ['7', 'okänd'], ['13', 'borttagen']]);
    expect(steps[2].previous?.version.id).toBe('4');
  });

  it('links a passage to the one that continues it in a successor', () => {
    expect(passageLinks(corpus, 'a', 'h')).toEqual({ continues: undefined, continuedBy: [{ document: 'b', passage: 't' }] });
    expect(passageLinks(corpus, 'b', 't').continues).toEqual({ document: 'a', passage: 'h' });
  });
});
