import { describe, expect, it } from 'vitest';
import { comparisonHtml } from './compare.ts';
import { joinCompareData, lineCompareData, lineKeys, type CompareData } from './compare-data.ts';
import { historyModel } from './passage-history.ts';
import { cite, lineCorpus, passage, version } from '../../tests/support/builders.ts';

// Two lines: old → new (one provision followed across the succession), and the process document on its own. The same passage id in both lines.
const corpus = lineCorpus([
  version('old', '1', 1, '2004', [passage('ansvar', 'quoted', { text: 'initiativ- och samordningsansvar' }), passage('moten', 'quoted', { text: 'möten hålls' })]),
  version('old', '2', 2, '2006', [passage('ansvar', 'quoted', { text: 'samordningsansvar' }), passage('moten', 'absent')]),
  version('new', '1', 1, '2015', [passage('ansvar', 'described', { text: 'ansvaret beskrivs' })]),
  version('other', '12', 12, '2009', [passage('moten', 'quoted', { text: 'kundflöden', presentUntil: { until: '13', citation: cite } })]),
  version('other', '13', 13, '2010', [passage('moten', 'absent')]),
]);
/** A line's file as the compare page reads it: through JSON. */
const file = (key: string) => JSON.parse(JSON.stringify(lineCompareData(corpus, key))) as CompareData;

describe('the compare data per document line', () => {
  it('has one file per line, named by its first document, holding only that line', () => {
    expect(lineKeys(corpus)).toEqual(['old', 'other']);
    const old = file('old');
    expect(old.versions.map((v) => `${v.document}/${v.id}`)).toEqual(['old/1', 'old/2', 'new/1']);
    expect(old.lines).toEqual([{ documents: ['old', 'new'], versions: [0, 1, 2] }]);
    expect(Object.keys(old.timelines)).toEqual(['old', 'new']);
    expect(old.documentNames).toEqual({ old: 'Gamla', new: 'Nya' });
    expect(JSON.stringify(old)).not.toContain('kundflöden');
    expect(file('other').versions.map((v) => v.document)).toEqual(['other', 'other']);
    expect(lineCompareData(corpus, 'new')).toBeUndefined();
  });

  it('compares every pair of versions, within a line and across two, as the whole model does', () => {
    const whole = historyModel(corpus);
    const lineOf = (document: string) => (document === 'other' ? 'other' : 'old');
    let pairs = 0;
    for (const a of whole.versions) {
      for (const b of whole.versions) {
        const keys = [...new Set([lineOf(a.document), lineOf(b.document)])];
        for (const view of ['inline', 'sida'] as const) {
          expect(comparisonHtml(joinCompareData(keys.map(file)), a, b, view), `${a.name} → ${b.name}`).toBe(comparisonHtml(whole, a, b, view));
        }
        pairs++;
      }
    }
    expect(pairs).toBe(25);
  });
});
