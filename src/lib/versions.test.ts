import { describe, expect, it } from 'vitest';
import type { Corpus, VersionEntry } from './corpus.ts';
import type { Version } from './schema.ts';
import { orderedVersions } from './versions.ts';

const version = (id: string, number: number | null, decided: Version['decided']): VersionEntry => ({
  id,
  document: 'doc',
  file: `content/documents/doc/versions/${id}.yaml`,
  data: { number, label: number === null ? 'Ändringen' : undefined, decided, passages: [] },
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
