/**
 * Builders of corpus entries for the unit tests: each gives a valid entry
 * with plain defaults, so a test names only what it is about.
 */
import type { Corpus, GuideEntry, VersionEntry } from '../../src/lib/corpus.ts';
import type { PartialDate, Passage, PolicyDocument, Version } from '../../src/lib/schema.ts';

export const cite = { source: 's', section: 'Avsnitt' };

export const passage = (id: string, status: Passage['status'], extra: Partial<Passage> = {}): Passage => ({ id, title: id, status, citation: cite, ...extra });

/** A version decided in `decided` (a year, or any partial date); an unnumbered one is labelled "Ändringen". */
export const version = (document: string, id: string, number: number | null, decided: string | PartialDate, passages: Passage[] = []): VersionEntry => ({
  id,
  document,
  file: `content/documents/${document}/versions/${id}.yaml`,
  data: {
    number,
    label: number === null ? 'Ändringen' : undefined,
    decided: typeof decided === 'string' ? { precision: 'year', value: decided } : decided,
    passages,
  } as Version,
});

export const policyDocument = (id: string, data: Partial<PolicyDocument> = {}) => ({
  id,
  file: `content/documents/${id}/document.yaml`,
  data: { title: id, name: id, kind: 'vägledning', description: 'd', ...data } as PolicyDocument,
});

export const guideEntry = (over: Partial<GuideEntry> & Pick<GuideEntry, 'id'>): GuideEntry => ({
  file: `content/guides/${over.id}.mdx`,
  title: over.id,
  aboutSite: false,
  searchTerms: [],
  changes: [],
  frontmatter: {},
  body: '',
  bodyLine: 1,
  ...over,
});

/** A guide from its MDX body alone, for the guide checks. */
export const guideOfBody = (body: string | string[], fields: Partial<GuideEntry> = {}): GuideEntry =>
  guideEntry({ id: 'kom-igang/test', file: 'test.mdx', title: 'Test', body: Array.isArray(body) ? body.join('\n') : body, ...fields });

/** A corpus of the given collections, the rest empty. */
export const corpusOf = (parts: Partial<Corpus>): Corpus => ({
  sources: [], documents: [], versions: [], concepts: [], processes: [], events: [], statistics: [], glossary: [], guides: [],
  ...parts,
});

/** The history model's test line: two documents of one line (old → new), one unrelated process document, one source. */
export const lineCorpus = (versions: VersionEntry[]): Corpus =>
  corpusOf({
    sources: [{ id: 's', file: 'content/sources/s.yaml', data: { title: 'Rapporten', kind: 'rapport', publisher: 'FK', date: { precision: 'year', value: '2020' }, authors: [], file: 's.txt', description: 'x', flaws: [] } }] as unknown as Corpus['sources'],
    documents: [
      policyDocument('old', { title: 'Gamla', name: 'Gamla', description: 'x', replacedBy: 'new' }),
      policyDocument('new', { title: 'Nya', name: 'Nya', description: 'x', replaces: 'old' }),
      policyDocument('other', { title: 'Process', name: 'Process', kind: 'process', description: 'x' }),
    ],
    versions,
  });
