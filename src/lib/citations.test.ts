import { describe, expect, it } from 'vitest';
import { citationText, locationText, passageCitationText, sourceLabel } from './citations.ts';
import type { Source } from './schema.ts';

const source = (over: Partial<Source>): Source => ({
  title: 'Samordningsuppdragets praktik',
  kind: 'rapport',
  publisher: 'Försäkringskassan',
  date: { precision: 'month', value: '2020-04' },
  authors: [],
  file: '001.txt',
  description: 'x',
  flaws: [],
  ...over,
});

describe('citations', () => {
  it('labels a source by author or publisher and the printed year', () => {
    expect(sourceLabel(source({}))).toBe('Försäkringskassan 2020');
    expect(sourceLabel(source({ authors: ['Börge Nilsson'], date: { precision: 'unknown' } }))).toBe('Nilsson u.å.');
  });

  it('names section, table and footnote as printed', () => {
    expect(locationText({ section: 'Bilaga 1', table: 'Tabell 1', footnote: 16 })).toBe('avsnittet ”Bilaga 1”, Tabell 1, fotnot 16');
    expect(citationText({ source: 'x', section: 'Inledning' }, source({}))).toBe(
      'Försäkringskassan 2020, Samordningsuppdragets praktik, avsnittet ”Inledning”',
    );
  });

  it('cites a passage by document, version, title and status, then the source', () => {
    const passage = { id: 'h', title: 'Hela ohälsoprocessen', status: 'quoted' as const, text: 'x', citation: { source: 'x', section: 'Inledning', footnote: 24 } };
    expect(passageCitationText('Vägledning 2004:2', 'version 4', passage, source({}))).toBe(
      'Vägledning 2004:2, version 4, ”Hela ohälsoprocessen” (vägledningens egen lydelse). Enligt Försäkringskassan 2020, Samordningsuppdragets praktik, avsnittet ”Inledning”, fotnot 24.',
    );
  });
});
