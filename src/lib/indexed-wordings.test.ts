import { describe, expect, it } from 'vitest';
import { indexedWordings } from './indexed-wordings.ts';
import type { PassageRecord, PassageState } from './passage-history.ts';

const record = (fields: Partial<PassageRecord>) => fields as PassageRecord;
const quoted = (text: string): PassageState => ({ evidence: 'quoted', record: record({ text }) });

describe('indexedWordings', () => {
  it('indexes the first wording and each later one that brings a word of its own', () => {
    expect(
      indexedWordings([
        quoted('Försäkringskassan har ett samordningsansvar.'),
        quoted('Försäkringskassan har ett samordningsansvar.'),
        quoted('Försäkringskassan har ett tillsynsansvar.'),
        quoted('Försäkringskassan har ett samordningsansvar.'),
      ]),
    ).toEqual([true, false, true, false]);
  });

  it('counts a word once whatever its case or punctuation', () => {
    expect(indexedWordings([quoted('Samverkan stärker förtroendet.'), quoted('samverkan, förtroendet! Stärker?')])).toEqual([true, false]);
  });

  it("counts a report's own sentence beside its rendering", () => {
    const rendered: PassageState = { evidence: 'rendered', record: record({ wording: 'ett samordningsansvar', text: 'Rapporten skriver att det finns ett samordningsansvar.' }) };
    expect(indexedWordings([quoted('Det finns ett samordningsansvar.'), rendered])).toEqual([true, true]);
    expect(indexedWordings([rendered, quoted('Rapporten skriver: ett samordningsansvar finns.')])).toEqual([true, false]);
  });

  it('keeps statements without words of their own (present by an interval, absent)', () => {
    expect(indexedWordings([quoted('Ett ansvar.'), { evidence: 'present', record: record({}) }, { evidence: 'absent', record: record({}) }])).toEqual([true, true, true]);
  });
});
