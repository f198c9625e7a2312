import { describe, expect, it } from 'vitest';
import { comparisonHtml, pairPassages, sameLineage, type CitedPassage, type ComparableVersion } from './compare.ts';

const p = (id: string, status: CitedPassage['status'], text?: string, continues?: CitedPassage['continues']): CitedPassage => ({
  id, title: `Rubrik ${id}`, status, text, continues, citation: { source: 's', section: 'x' }, cite: 'Källa 2020, avsnittet ”x”',
});
const v = (document: string, id: string, passages: CitedPassage[]): ComparableVersion => ({ document, id, name: `${document} ${id}`, url: `/vagledningar/${document}/version-${id}/`, passages });

describe('sameLineage', () => {
  const docs = [{ id: 'a', replacedBy: 'b' }, { id: 'b', replaces: 'a', replacedBy: 'c' }, { id: 'c', replaces: 'b' }, { id: 'x' }];
  it('follows succession both ways, and not to unrelated documents', () => {
    expect(sameLineage(docs, 'a', 'c')).toBe(true);
    expect(sameLineage(docs, 'c', 'a')).toBe(true);
    expect(sameLineage(docs, 'a', 'x')).toBe(false);
    expect(sameLineage(docs, 'a', 'a')).toBe(true);
  });
});

describe('pairPassages', () => {
  it('shows a passage one side does not mention as unknown, never as removed or added', () => {
    const rows = pairPassages(v('d', '4', [p('x', 'quoted', 'text')]), v('d', '7', [p('y', 'paraphrased', 'annat')]), true);
    expect(rows.map((r) => [r.id, r.change])).toEqual([['x', 'okänd-i-b'], ['y', 'okänd-i-a']]);
  });

  it('pairs by id and by continues across a succession', () => {
    const a = v('old', '21', [p('initiativ', 'quoted', 'initiativ- och samordningsansvar')]);
    const b = v('new', '1', [p('initiativ', 'absent'), p('tillsyn', 'paraphrased', 'samordnings- och tillsynsansvar', { document: 'old', passage: 'initiativ' })]);
    expect(pairPassages(a, b, true).map((r) => [r.id, r.change])).toEqual([['initiativ', 'borttagen'], ['tillsyn', 'ändrad']]);
    // Outside one line of documents an equal id means nothing; `continues` still links.
    expect(pairPassages(a, b, false).map((r) => [r.id, r.change])).toEqual([['tillsyn', 'ändrad'], ['initiativ', 'okänd-i-a']]);
  });
});

describe('comparisonHtml', () => {
  it('redlines a change, says when it compares descriptions, and folds unchanged passages', () => {
    const a = v('d', '6', [p('s', 'paraphrased', 'de olika rehabiliteringsåtgärder'), p('u', 'quoted', 'samma')]);
    const b = v('d', '7', [p('s', 'paraphrased', 'de olika medicinska rehabiliteringsåtgärder'), p('u', 'quoted', 'samma')]);
    const html = comparisonHtml(a, b, true, 'inline');
    expect(html).toContain('<ins><span class="sr-only" data-pagefind-ignore>infogat: </span>medicinska </ins>');
    expect(html).toContain('Jämför beskrivningar, inte ordagrann lydelse');
    expect(html).toMatch(/<details class="cmp-row" id="u"><summary>/);
    expect(comparisonHtml(a, b, true, 'sida')).toContain('class="cmp-sides"');
  });

  it('shows a removed passage deleted and an unknown one as OKÄND', () => {
    const html = comparisonHtml(v('d', '4', [p('h', 'quoted', 'hela ohälsoprocessen'), p('c', 'quoted', 'verktyg')]), v('d', '13', [p('h', 'absent')]), true, 'inline');
    expect(html).toContain('<del data-pagefind-ignore><span class="sr-only" data-pagefind-ignore>borttaget: </span>hela ohälsoprocessen</del>');
    expect(html).toContain('OKÄND i B');
    expect(html).not.toContain('<del data-pagefind-ignore><span class="sr-only" data-pagefind-ignore>borttaget: </span>verktyg</del>');
  });
});

describe('comparison summary', () => {
  it('counts only what is there, in the right number', () => {
    const html = comparisonHtml(v('d', '4', [p('h', 'quoted', 'x'), p('c', 'quoted', 'y')]), v('d', '13', [p('h', 'absent')]), true, 'inline');
    expect(html).toContain('2 lydelser: 1 borttagen, 1 okänd på ena sidan.');
  });
});
