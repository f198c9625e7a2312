import { describe, expect, it } from 'vitest';
import { comparisonHtml } from './compare.ts';
import type { Corpus } from './corpus.ts';
import { changeBetween, compareVersions, documentLine, historyModel, historyProblems, threadHistory, threadOf } from './passage-history.ts';
import { cite, corpusOf, lineCorpus, passage, policyDocument, version } from '../../tests/support/builders.ts';

const kinds = (c: Corpus, document: string, passage: string) => {
  const model = historyModel(c);
  return threadHistory(model, threadOf(model, document, passage)!).map((s) => [s.version.id, s.state.evidence, s.change?.kind]);
};

describe('documentLine', () => {
  it('gives the same succession, oldest first, from any of its documents', () => {
    const c = corpusOf({ documents: [policyDocument('b', { replaces: 'a', replacedBy: 'c' }), policyDocument('c', { replaces: 'b' }), policyDocument('a', { replacedBy: 'b' }), policyDocument('x')] });
    for (const id of ['a', 'b', 'c']) expect(documentLine(c, id)).toEqual(['a', 'b', 'c']);
    expect(documentLine(c, 'x')).toEqual(['x']);
  });

  it('walks a circle once instead of forever', () => {
    const c = corpusOf({ documents: [policyDocument('a', { replaces: 'b', replacedBy: 'b' }), policyDocument('b', { replaces: 'a', replacedBy: 'a' })] });
    expect(documentLine(c, 'a')).toEqual(['b', 'a']);
  });
});

describe('the history model', () => {
  it('takes an interval statement as present with unknown wording in the versions between, and the removal at its end', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('ohalsa', 'quoted', { text: 'hela ohälsoprocessen', presentUntil: { until: '13', citation: cite } })]),
      version('old', '7', 7, '2007', [passage('annan', 'described', { text: 'något' })]),
      version('old', '13', 13, '2009', [passage('ohalsa', 'absent')]),
      version('old', '18', 18, '2011'),
    ]);
    expect(kinds(c, 'old', 'ohalsa')).toEqual([
      ['4', 'quoted', 'first-known'],
      ['7', 'present', 'still-present'],
      ['13', 'absent', 'removed'],
      // After the removal the sources are silent: unknown, not "still absent".
      ['18', 'unknown', undefined],
    ]);
    expect(historyProblems(c)).toEqual([]);
    // The compare page reads the model back from JSON: the same changes without shared objects.
    const model = historyModel(c);
    const copy = JSON.parse(JSON.stringify(model));
    const changes = (m: typeof model) => threadHistory(m, threadOf(m, 'old', 'ohalsa')!).map((s) => s.change?.kind);
    expect(changes(copy)).toEqual(changes(model));
  });

  it('follows one id across the succession, so a removal stated in the successor reads the same from both documents', () => {
    const c = lineCorpus([
      version('old', '1', 1, '2004', [passage('initiativ', 'quoted', { text: 'initiativ- och samordningsansvar' })]),
      version('new', '1', 1, '2015', [passage('initiativ', 'absent')]),
    ]);
    const model = historyModel(c);
    expect(threadOf(model, 'old', 'initiativ')).toBe(threadOf(model, 'new', 'initiativ'));
    expect(kinds(c, 'new', 'initiativ')).toEqual([
      ['1', 'quoted', 'first-known'],
      ['1', 'absent', 'removed'],
    ]);
    const [row] = compareVersions(model, { document: 'old', id: '1' }, { document: 'new', id: '1' });
    expect(row.change).toMatchObject({ kind: 'removed', basis: 'attested' });
    // Read from the later side first, the same change runs backwards.
    expect(compareVersions(model, { document: 'new', id: '1' }, { document: 'old', id: '1' })[0].change.kind).toBe('restored');
  });

  it('never calls unknown removed: a passage one side does not mention is unknown there', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('x', 'quoted', { text: 'lydelse' })]),
      version('old', '7', 7, '2007', [passage('y', 'quoted', { text: 'annat' })]),
    ]);
    const rows = compareVersions(historyModel(c), { document: 'old', id: '4' }, { document: 'old', id: '7' });
    expect(rows.map((r) => [r.thread.key, r.change.kind])).toEqual([['old/x', 'unknown-in-b'], ['old/y', 'unknown-in-a']]);
  });

  it('draws a redline between two renderings without the report\'s framing, and states the source\'s words as the evidence', () => {
    const c = lineCorpus([
      version('old', '6', 6, '2006', [passage('foga', 'rendered', { text: 'I den tidigare skrivningen stod att åtgärderna fogas samman.', wording: 'åtgärderna fogas samman' })]),
      version('old', '7', 7, '2007', [passage('foga', 'rendered', { stated: 'ändrad', text: 'Under 2007 görs ett förtydligande att de arbetslivsinriktade åtgärderna fogas samman.', wording: 'de arbetslivsinriktade åtgärderna fogas samman' })]),
    ]);
    const model = historyModel(c);
    const change = changeBetween(threadOf(model, 'old', 'foga')!, 0, 1);
    expect(change).toMatchObject({ kind: 'changed', basis: 'attested', redline: { before: 'åtgärderna fogas samman', after: 'de arbetslivsinriktade åtgärderna fogas samman', kind: 'rendered' } });
    expect(change.statements.map((r) => r.version)).toEqual(['7']);
    const html = comparisonHtml(model, { document: 'old', id: '6' }, { document: 'old', id: '7' }, 'inline');
    const redline = html.slice(html.indexOf('redline-text'), html.indexOf('</div>', html.indexOf('redline-text')));
    expect(redline).toContain('<ins');
    expect(redline).not.toContain('tidigare skrivningen');
    expect(redline).not.toContain('Under 2007');
    expect(html).toContain('rapportens återgivningar (inte vägledningens egen lydelse)');
  });

  it('draws no redline between a quotation and a description, and claims no change the sources do not state', () => {
    const c = lineCorpus([
      version('old', '6', 6, '2006', [passage('a', 'described', { text: 'Rapporten beskriver avsnittet.' })]),
      version('old', '7', 7, '2007', [passage('a', 'quoted', { text: 'Avsnittets egen lydelse.' })]),
    ]);
    expect(changeBetween(threadOf(historyModel(c), 'old', 'a')!, 0, 1)).toEqual({ kind: 'unstated', basis: 'none', statements: [], redline: undefined });
  });

  it('derives a change from two verbatim wordings, and no change where they match', () => {
    const c = lineCorpus([
      version('old', '1', 1, '2004', [passage('a', 'quoted', { text: 'ett två' })]),
      version('old', '2', 2, '2005', [passage('a', 'quoted', { text: 'ett två' })]),
      version('old', '3', 3, '2006', [passage('a', 'quoted', { text: 'ett tre' })]),
    ]);
    expect(kinds(c, 'old', 'a').map((k) => k[2])).toEqual(['first-known', 'unchanged', 'changed']);
  });

  it('shares nothing between documents of different lines: every passage is unknown on the other side', () => {
    const c = lineCorpus([version('old', '1', 1, '2004', [passage('a', 'quoted', { text: 'x' })]), version('other', '1', 1, '2019', [passage('a', 'quoted', { text: 'x' })])]);
    const rows = compareVersions(historyModel(c), { document: 'old', id: '1' }, { document: 'other', id: '1' });
    expect(rows.map((r) => r.change.kind)).toEqual(['unknown-in-b', 'unknown-in-a']);
  });
});

describe('historyProblems', () => {
  it('rejects one id shared by two different paraphrases when no source states a change between them', () => {
    const c = lineCorpus([
      version('old', '1', 1, '2004', [passage('foga', 'rendered', { text: 'Ansvaret beskrevs som att åtgärder fogas samman.', wording: 'åtgärder fogas samman' })]),
      version('old', '6', 6, '2006', [passage('foga', 'rendered', { text: 'Där stod att åtgärderna som olika myndigheter ansvarar för fogas samman.', wording: 'åtgärderna som olika myndigheter ansvarar för fogas samman' })]),
    ]);
    const [problem] = historyProblems(c);
    expect(problem.file).toBe('content/documents/old/versions/6.yaml');
    expect(problem.message).toMatch(/no source states a change between them: give one of them its own id/);
  });

  it('rejects an interval that a stated absence contradicts, and one passage twice in a version through continues', () => {
    const c = lineCorpus([
      version('old', '4', 4, '2006', [passage('ohalsa', 'quoted', { text: 'x', presentUntil: { until: '13', citation: cite } })]),
      version('old', '7', 7, '2007', [passage('ohalsa', 'absent')]),
      version('old', '13', 13, '2009'),
      version('new', '1', 1, '2015', [passage('ohalsa', 'absent'), passage('ny', 'quoted', { text: 'y', continues: { document: 'old', passage: 'ohalsa' } })]),
    ]);
    const messages = historyProblems(c).map((x) => x.message);
    expect(messages.some((m) => /presentUntil says the wording stands until version 13, but a version before that states it absent/.test(m))).toBe(true);
    expect(messages.some((m) => /are the same provision/.test(m))).toBe(true);
  });
});
