/**
 * Small corpora for the history model's tests: two documents of one line
 * (old → new), one unrelated process, one source.
 */
import type { Corpus, VersionEntry } from '../../src/lib/corpus.ts';
import type { Passage, Version } from '../../src/lib/schema.ts';

export const cite = { source: 's', section: 'Avsnitt' };
export const p = (id: string, status: Passage['status'], extra: Partial<Passage> = {}): Passage => ({ id, title: id, status, citation: cite, ...extra });
export const v = (document: string, id: string, number: number, year: string, passages: Passage[] = []): VersionEntry => ({
  id,
  document,
  file: `content/documents/${document}/versions/${id}.yaml`,
  data: { number, decided: { precision: 'year', value: year }, passages } as Version,
});
export const corpus = (versions: VersionEntry[]): Corpus =>
  ({
    sources: [{ id: 's', file: 'content/sources/s.yaml', data: { title: 'Rapporten', kind: 'rapport', publisher: 'FK', date: { precision: 'year', value: '2020' }, authors: [], file: 's.txt', description: 'x', flaws: [] } }],
    documents: [
      { id: 'old', file: 'old', data: { title: 'Gamla', name: 'Gamla', kind: 'vägledning', description: 'x', replacedBy: 'new' } },
      { id: 'new', file: 'new', data: { title: 'Nya', name: 'Nya', kind: 'vägledning', description: 'x', replaces: 'old' } },
      { id: 'other', file: 'other', data: { title: 'Process', name: 'Process', kind: 'process', description: 'x' } },
    ],
    versions,
  }) as unknown as Corpus;

