import { describe, expect, it } from 'vitest';
import type { StatisticEntry } from './corpus.ts';
import { chartRows, chartSeries, isMeasure, isSumRow, mainFinding, wrapLabel, yearTrend } from './statistic-chart.ts';

const stat = (columns: { key: string; label: string; unit?: string }[], rows: Record<string, string>[]) =>
  ({ data: { columns }, rows }) as unknown as StatisticEntry;

describe('chart series', () => {
  it('draws shares when the table has them', () => {
    const s = stat([{ key: 'g', label: 'Grupp' }, { key: 'n', label: 'Antal', unit: 'antal' }, { key: 'andel', label: 'Andel', unit: 'procent' }], []);
    expect(chartSeries(s).map((c) => c.key)).toEqual(['andel']);
  });

  it('draws totals rather than their parts', () => {
    const s = stat([{ key: 'p', label: 'Period' }, { key: 'in_kvinnor', label: 'K', unit: 'antal' }, { key: 'in_totalt', label: 'T', unit: 'antal' }, { key: 'ut_totalt', label: 'U', unit: 'antal' }], []);
    expect(chartSeries(s).map((c) => c.key)).toEqual(['in_totalt', 'ut_totalt']);
  });

  it('draws every column with a unit, leaving out helper columns without one', () => {
    const s = stat([{ key: 'rad', label: 'Rad' }, { key: 'ar', label: 'År' }, { key: 'moten', label: 'Möten', unit: 'antal' }, { key: 'sassam', label: 'SASSAM', unit: 'antal' }], [{ rad: 'x', ar: '2011', moten: '1', sassam: '2' }]);
    expect(chartSeries(s).map((c) => c.key)).toEqual(['moten', 'sassam']);
  });

  it('tells measured columns from codes, so only a measure can be missing', () => {
    const s = stat([{ key: 'rad', label: 'Rad' }, { key: 'halvar', label: 'Halvår' }, { key: 'moten', label: 'Möten', unit: 'antal' }], [{ rad: 'Antal 2011', halvar: '', moten: '' }]);
    expect(s.data.columns.map((c) => isMeasure(s, c))).toEqual([false, false, true]);
  });

  it('falls back to numeric columns when no column has a unit', () => {
    const s = stat([{ key: 'period', label: 'Period' }, { key: 'antal', label: 'Antal' }, { key: 'not', label: 'Not' }], [{ period: '2011', antal: '120', not: 'a' }, { period: '2012', antal: '', not: '' }]);
    expect(chartSeries(s).map((c) => c.key)).toEqual(['antal']);
  });
});

describe('chart rows', () => {
  it('leaves out sum rows and keeps an empty cell missing, not zero', () => {
    const s = stat([{ key: 'p', label: 'Period' }, { key: 'n', label: 'Antal', unit: 'antal' }], [
      { p: 'Antal 2011', n: '30' }, { p: '2011 halvår 1', n: '10' }, { p: '2011 halvår 2', n: '' }, { p: 'Totalt', n: '30' },
    ]);
    expect(chartRows(s, chartSeries(s))).toEqual([{ label: '2011 halvår 1', values: [10] }, { label: '2011 halvår 2', values: [null] }]);
    expect(isSumRow('Totalt')).toBe(true);
    expect(isSumRow('Antal möten')).toBe(false);
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Psykiatriska sjukdomar och syndrom samt beteendestörningar', 32)).toEqual(['Psykiatriska sjukdomar och', 'syndrom samt beteendestörningar']);
    expect(wrapLabel('Kvinna', 30)).toEqual(['Kvinna']);
  });
});

describe('trend and main finding', () => {
  const meetings = (rows: [string, string][]) =>
    stat(
      [{ key: 'rad', label: 'Rad' }, { key: 'moten', label: 'Avstämningsmöten', unit: 'antal' }],
      rows.map(([rad, moten]) => ({ rad, moten })),
    );

  it('follows the whole-year rows, not the half-years, and keeps a missing year missing', () => {
    const s = meetings([['Antal 2011', '77746'], ['2011 halvår 1', '41926'], ['Antal 2012', ''], ['Antal 2013', '103553']]);
    expect(yearTrend(s, chartSeries(s))[0].years).toEqual([{ year: 2011, value: 77746 }, { year: 2012, value: null }, { year: 2013, value: 103553 }]);
    expect(yearTrend(meetings([['Kvinna', '1'], ['Man', '2']]), chartSeries(meetings([])))).toEqual([]);
  });

  it('says how a series changed from the first to the last year, with its highest year, in Swedish numbers', () => {
    const s = meetings([['Antal 2011', '77746'], ['Antal 2013', '103553'], ['Antal 2019', '39863']]);
    expect(mainFinding(s)).toBe('Avstämningsmöten minskade från 77\u00a0746 år 2011 till 39\u00a0863 år 2019, och var flest år 2013 med 103\u00a0553.');
  });

  it('says a first or last year is unknown rather than guess it', () => {
    expect(mainFinding(meetings([['Antal 2011', '77746'], ['Antal 2019', '']]))).toBe('Avstämningsmöten: uppgift saknas för 2019, så förändringen från 2011 till 2019 går inte att ange.');
  });

  it('names the highest and lowest row when the table has no years; a share of one total says so', () => {
    const s = stat([{ key: 'g', label: 'Diagnosgrupp' }, { key: 'andel', label: 'Andel möten', unit: 'procent' }], [{ g: 'Psykiatriska', andel: '61' }, { g: 'Skador', andel: '3' }, { g: 'Totalt', andel: '100' }]);
    expect(mainFinding(s)).toBe('Andel möten: störst för Psykiatriska (61 procent av totalen), minst för Skador (3 procent av totalen).');
    const within = stat([{ key: 'g', label: 'Avslutsanledning' }, { key: 'andel', label: 'Andel med möte', unit: 'procent' }], [{ g: 'Dagar slut', andel: '80' }, { g: 'Arbetsför', andel: '27' }, { g: 'Totalt', andel: '29' }]);
    expect(mainFinding(within)).toBe('Andel med möte: högst för Dagar slut (80 procent), lägst för Arbetsför (27 procent).');
  });

  it('compares rows only within their own division when the table divides the cases several ways', () => {
    const s = stat([{ key: 'v', label: 'Variabel' }, { key: 'andel', label: 'Andel med möten', unit: 'procent' }], [
      { v: 'Kvinna', andel: '32' }, { v: 'Man', andel: '27' }, { v: '-29 år', andel: '34' }, { v: '30-39 år', andel: '34' }, { v: '60- år', andel: '18' },
      { v: 'Gymnasial', andel: '31' }, { v: 'Förgymnasial', andel: '30' }, { v: 'Saknas', andel: '19' }, { v: 'Psykiatriska', andel: '38' },
    ]);
    s.data.rowGroups = [{ label: 'kön', rows: ['Kvinna', 'Man'] }, { label: 'ålder', rows: ['-29 år', '30-39 år', '60- år'] }, { label: 'utbildning', rows: ['Gymnasial', 'Förgymnasial', 'Saknas'] }];
    expect(mainFinding(s)).toBe('Andel med möten: efter kön högst för Kvinna (32 procent), lägst för Man (27 procent); efter ålder högst för -29 år och 30-39 år (34 procent), lägst för 60- år (18 procent); efter utbildning högst för Gymnasial (31 procent), lägst för Förgymnasial (30 procent).');
  });
});
