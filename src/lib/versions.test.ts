import { describe, expect, it } from 'vitest';
import type { Corpus, VersionEntry } from './corpus.ts';
import type { Passage, Version } from './schema.ts';
import { passageChanges, unknownPassages } from './version-history.ts';
import { changeOf, orderedVersions, showsRedline, wordingOf } from './versions.ts';

const cite = { source: 's', section: 'Avsnitt' };
const passage = (id: string, status: Passage['status'], text?: string): Passage => ({ id, title: id, status, text, citation: cite });
const version = (id: string, number: number | null, decided: Version['decided'], passages: Passage[] = []): VersionEntry => ({
  id,
  document: 'doc',
  file: `content/documents/doc/versions/${id}.yaml`,
  data: { number, label: number === null ? 'Ändringen' : undefined, decided, passages },
});
const corpus = (versions: VersionEntry[]) => ({ versions }) as unknown as Corpus;

describe('orderedVersions', () => {
  it('puts an unnumbered version after the last numbered version that is certainly earlier', () => {
    const c = corpus([
      version('13', 13, { precision: 'day', value: '2009-12-21' }),
      version('2009-01', null, { precision: 'month', value: '2009-01' }),
      version('11', 11, { precision: 'year', value: '2008' }),
      version('4', 4, { precision: 'day', value: '2006-03-10' }),
    ]);
    expect(orderedVersions(c, 'doc').map((v) => v.id)).toEqual(['4', '11', '2009-01', '13']);
  });
});

describe('passage changes', () => {
  it('classifies a passage against its previous known state', () => {
    expect(changeOf(passage('a', 'quoted', 'x'))).toBe('först-känd');
    expect(changeOf(passage('a', 'quoted', 'x'), passage('a', 'quoted', 'x'))).toBe('oförändrad');
    expect(changeOf(passage('a', 'quoted', 'y'), passage('a', 'quoted', 'x'))).toBe('ändrad');
    expect(changeOf(passage('a', 'absent'), passage('a', 'quoted', 'x'))).toBe('borttagen');
  });

  it('skips versions where the passage is unknown and lists it as unknown there', () => {
    const v4 = version('4', 4, { precision: 'day', value: '2006-03-10' }, [passage('ohalsa', 'quoted', 'hela ohälsoprocessen')]);
    const v7 = version('7', 7, { precision: 'year', value: '2007' }, [passage('annan', 'paraphrased', 'något')]);
    const v13 = version('13', 13, { precision: 'day', value: '2009-12-21' }, [passage('ohalsa', 'absent')]);
    const c = corpus([v4, v7, v13]);
    const [change] = passageChanges(c, v13);
    expect(change.change).toBe('borttagen');
    expect(change.previous?.version.id).toBe('4');
    expect(unknownPassages(c, v7)).toEqual([{ id: 'ohalsa', title: 'ohalsa' }]);
  });
});

describe('wordingOf and showsRedline', () => {
  it('compares nothing where the source states a passage absent, and redlines only real changes', () => {
    const passage = (status: Passage['status'], text?: string) => ({ id: 'p', title: 'P', status, text, citation: { source: 's', section: 'x' } }) as Passage;
    expect(wordingOf(passage('quoted', 'hela ohälsoprocessen'))).toBe('hela ohälsoprocessen');
    expect(wordingOf(passage('absent', 'en förklaring'))).toBe('');
    expect(wordingOf(undefined)).toBe('');
    expect(['ändrad', 'borttagen', 'återinförd', 'oförändrad', 'först-känd', 'fortsatt-borta'].filter((c) => showsRedline(c as never))).toEqual(['ändrad', 'borttagen', 'återinförd']);
  });
});
