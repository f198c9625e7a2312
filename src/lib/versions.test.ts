import { describe, expect, it } from 'vitest';
import type { VersionEntry } from './corpus.ts';
import { corpusOf, version } from '../../tests/support/builders.ts';
import { orderedVersions } from './versions.ts';

const corpus = (versions: VersionEntry[]) => corpusOf({ versions });

describe('orderedVersions', () => {
  it('puts an unnumbered version after the last numbered version that is certainly earlier', () => {
    const c = corpus([
      version('doc', '13', 13, { precision: 'day', value: '2009-12-21' }),
      version('doc', '2009-01', null, { precision: 'month', value: '2009-01' }),
      version('doc', '11', 11, { precision: 'year', value: '2008' }),
      version('doc', '4', 4, { precision: 'day', value: '2006-03-10' }),
    ]);
    expect(orderedVersions(c, 'doc').map((v) => v.id)).toEqual(['4', '11', '2009-01', '13']);
  });
});
