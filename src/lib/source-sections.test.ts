import { describe, expect, it } from 'vitest';
import { findSection, footnoteText, readSourceStructure, sectionText, tableText } from './source-sections.ts';

const text = [
  'Rapporten', '',
  'Innehåll', '',
  'Inledning\t3', 'Resultat.....\t5', 'Sammanfattande iakttagelser\t5', 'Bilaga 1\t9', '',
  'Inledning', '',
  'Under 2019 hölls 120 möten¹ och arbetet', '',
  '¹ Enligt årsredovisningen 2018.', '',
  'fortsatte 2020.', '',
  'Resultat', '',
  'Sammanfattande iakttagelser', '',
  'Antalet möten minskade.', '',
  'En underrubrik', '',
  'Mer text. (Handläggare 2, kontor 2)', '',
  'Bilaga 1', '',
  'Sammanfattande iakttagelser', '',
  'Tabell 1 **Möten', 'per år**', '',
  'År\tAntal', '2019\t120', '',
  'Källa: registret.',
].join('\n');
const s = readSourceStructure(text);
const line = (n: number) => s.lines[n];

describe('source sections', () => {
  it('finds headings, but not a paragraph cut by a page break, a footnote or the table of contents', () => {
    expect(s.headings.map(line)).toEqual(['Rapporten', 'Inledning', 'Resultat', 'Sammanfattande iakttagelser', 'En underrubrik', 'Bilaga 1', 'Sammanfattande iakttagelser']);
  });

  it('runs a chapter of the table of contents to the next chapter, without footnote lines', () => {
    const found = findSection(s, 'Inledning');
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const body = sectionText(s, found.line, found.end);
    expect(body).toContain('fortsatte 2020.');
    expect(body).not.toContain('årsredovisningen');
  });

  it('requires a parent for a heading printed twice and finds the occurrence under it', () => {
    expect(findSection(s, 'Sammanfattande iakttagelser')).toMatchObject({ ok: false, reason: 'ambiguous' });
    const underBilaga = findSection(s, 'Sammanfattande iakttagelser', 'Bilaga 1');
    expect(underBilaga).toMatchObject({ ok: true });
    if (underBilaga.ok) expect(line(underBilaga.line - 2)).toBe('Bilaga 1');
    expect(findSection(s, 'Sammanfattande iakttagelser', 'Resultat')).toMatchObject({ ok: true });
    expect(findSection(s, 'Sammanfattande iakttagelser', 'Inledning')).toMatchObject({ ok: false, reason: 'not-under-parent' });
    expect(findSection(s, 'Sammanfattande iakttagelser', 'Saknas')).toMatchObject({ ok: false, reason: 'parent-not-a-heading' });
  });

  it('reads a footnote and a table with a caption over two lines', () => {
    expect(footnoteText(s, 1)).toBe('¹ Enligt årsredovisningen 2018.');
    expect(footnoteText(s, 2)).toBeUndefined();
    expect(tableText(s, 'Tabell 1')).toBe('Tabell 1 **Möten\nper år**\nÅr\tAntal\n2019\t120');
    expect(tableText(s, 'Tabell 2')).toBeUndefined();
  });
});
