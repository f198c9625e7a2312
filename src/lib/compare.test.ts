import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { INJECTION_PROBES } from '../../tests/support/injection.ts';
import { escapeHtml } from './diff-passages.ts';
import { changeHtml, comparisonHtml, stateHtml } from './compare.ts';
import { historyModel, threadHistory, threadOf } from './passage-history.ts';
import { lineCorpus, passage, version } from '../../tests/support/builders.ts';

const A = { document: 'old', id: '4' };
const B = { document: 'old', id: '7' };

describe('comparisonHtml', () => {
  it('puts the changes first and the passages the sources are silent about in one line, never as removed', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('x', 'quoted', { text: 'lydelse' }), passage('ett', 'quoted', { text: 'ett två' })]),
      version('old', '7', 7, '2007', [passage('y', 'quoted', { text: 'annat' }), passage('ett', 'quoted', { text: 'ett tre' })]),
    ]);
    const html = comparisonHtml(historyModel(c), A, B, 'inline');
    expect(html).toContain('3 lydelser: 1 ändrad, 2 okända på ena sidan.');
    expect(html).toContain('Källorna säger inget om 2 lydelser i den ena versionen');
    expect(html).not.toMatch(/Borttagen/i);
    expect(html.indexOf('Ändrad')).toBeLessThan(html.indexOf('Källorna säger inget'));
    expect(html).toContain('ett <del');
  });

  it('counts in the right number: 1 ändrad, 2 ändrade', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('a', 'quoted', { text: 'a b' }), passage('b', 'quoted', { text: 'c d' })]),
      version('old', '7', 7, '2007', [passage('a', 'quoted', { text: 'a x' }), passage('b', 'quoted', { text: 'c y' })]),
    ]);
    expect(comparisonHtml(historyModel(c), A, B, 'inline')).toContain('2 lydelser: 2 ändrade.');
  });

  it('splits the redline over the two sides in the side-by-side view', () => {
    const c = lineCorpus([version('old', '4', 4, '2006', [passage('a', 'quoted', { text: 'a b' })]), version('old', '7', 7, '2007', [passage('a', 'quoted', { text: 'a x' })])]);
    const html = comparisonHtml(historyModel(c), A, B, 'sida');
    const [sideA, sideB] = html.split('cmp-side-label').slice(1);
    expect(sideA).toContain('<del');
    expect(sideA).not.toContain('<ins');
    expect(sideB).toContain('<ins');
    expect(sideB).not.toContain('<del');
  });

  it('escapes every text from content, so no field becomes markup', () => {
    const evil = '</q><script>alert(1)</script>';
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('a', 'described', { text: evil, title: evil } as never)]),
      version('old', '7', 7, '2007', [passage('a', 'described', { text: `${evil} igen`, stated: 'ändrad' })]),
    ]);
    const html = comparisonHtml(historyModel(c), A, B, 'inline');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it.each(INJECTION_PROBES)('parses to no element from content when titles, labels and wordings hold %s', (probe) => {
    const a = version('old', '4', 4, '2006', [passage('a', 'quoted', { text: probe, title: probe })]);
    const b = version('old', '7', 7, '2007', [passage('a', 'quoted', { text: `${probe} igen`, title: probe })]);
    a.data.label = probe;
    const model = historyModel(lineCorpus([a, b]));
    const html = comparisonHtml(model, A, B, 'sida') + comparisonHtml(model, A, B, 'inline');
    const tags = new Set<string>();
    const visit = (n: { type: string; tagName?: string; children?: unknown[] }) => {
      if (n.type === 'element') tags.add(n.tagName!);
      for (const child of n.children ?? []) visit(child as never);
    };
    visit(unified().use(rehypeParse, { fragment: true }).parse(html) as never);
    expect([...tags].filter((t) => t === 'script' || t === 'img' || t === 'title')).toEqual([]);
    expect(html).toContain(escapeHtml(probe));
  });
});

describe('changeHtml', () => {
  it('cites an interval statement for a wording still there, without repeating the wording or calling it a change', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('ohalsa', 'quoted', { text: 'hela ohälsoprocessen', presentUntil: { until: '13', citation: { source: 's', section: 'Avsnitt', footnote: 24 } } })]),
      version('old', '7', 7, '2007'),
      version('old', '13', 13, '2009', [passage('ohalsa', 'absent')]),
    ]);
    const model = historyModel(c);
    const step = threadHistory(model, threadOf(model, 'old', 'ohalsa')!)[1];
    const html = changeHtml(model, step.change!, step.previous);
    expect(html).toContain('Finns kvar enligt källan');
    expect(html).toContain('Källan anger det.');
    expect(html).toContain('fotnot 24');
    expect(html).toContain('lydelsen fanns från version 4 till version 13');
    expect(html).not.toContain('hela ohälsoprocessen');
  });
});

describe('stateHtml', () => {
  it('marks each kind of evidence differently, and a report\'s words as a quotation', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [
        passage('q', 'quoted', { text: 'egen lydelse' }),
        passage('r', 'rendered', { text: 'Där stod att åtgärder fogas samman.', wording: 'åtgärder fogas samman' }),
        passage('d', 'described', { text: 'Kapitlet gjordes om.' }),
      ]),
    ]);
    const model = historyModel(c);
    const html = (id: string) => stateHtml(model, threadOf(model, 'old', id)!.states[0]);
    expect(html('q')).toMatch(/Vägledningens egen lydelse.*<blockquote class="wording wording--quoted"><p>egen lydelse<\/p><\/blockquote>/);
    expect(html('r')).toMatch(/Rapportens återgivning av lydelsen.*”åtgärder fogas samman”.*Rapportens mening: <q>Där stod att åtgärder fogas samman.<\/q>/);
    expect(html('d')).toMatch(/Rapportens beskrivning, utan lydelsen.*Rapporten: <q>Kapitlet gjordes om.<\/q>/);
  });
});
