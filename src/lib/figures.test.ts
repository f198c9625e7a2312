import { describe, expect, it } from 'vitest';
import { dateFigure, figuresIn, indexFigures } from './figures.ts';

const keys = (text: string) => figuresIn(text).map((f) => f.key);

describe('figures', () => {
  it('reads thousands spaces, decimal comma or point and percentages as one figure each', () => {
    expect(keys('41 926 möten, 3,5 och 9.0 procent, 70 % och 6 procentenheter')).toEqual([
      'number:41926', 'number:3.5', 'percent:9', 'percent:70', 'percentage-points:6',
    ]);
    expect(keys('41\u00A0926')).toEqual(['number:41926']);
  });

  it('reads dates with month names or numbers as the same date', () => {
    expect(keys('10 mars 2006')).toEqual(keys('2006-03-10'));
    expect(keys('i april 2019 och Februari 2016')).toEqual(['month:2019-04', 'month:2016-02']);
    expect(keys('den 1 januari')).toEqual(['month-day:01-01']);
  });

  it('keeps document numbers whole and ignores leading zeros in the serial', () => {
    expect(keys('Vägledning 2015:01 och prop. 2007/08:136')).toEqual(['document-number:2015:1', 'document-number:2007/08:136']);
  });

  it('reads no figure in codes, section numbers, footnote markers or references to parts of a source', () => {
    expect(keys('K2-ärenden, p10, avsnitt 4.3.2. och processen¹² i Tabell 4 och fotnot 26')).toEqual([]);
  });

  it('reads both ends of a range and a number before a month on the next line', () => {
    expect(keys('dag 91–180')).toEqual(['number:91', 'number:180']);
    expect(keys('98\t95\nSept-dec')).toEqual(['number:98', 'number:95']);
  });

  it('indexes a date as its year, month and day too, and a percentage as its number', () => {
    const index = indexFigures('beslutad 2006-03-10; 70 procent');
    for (const text of ['2006', 'mars 2006', '10 mars', '70', '70 %']) expect(figuresIn(text).every((f) => index.has(f))).toBe(true);
    expect(figuresIn('2007').every((f) => index.has(f))).toBe(false);
  });

  it('counts a plain number as a percentage only in a table of percentages', () => {
    expect(indexFigures('Andel (%)\n27', { percentTable: true }).has(figuresIn('27 procent')[0])).toBe(true);
    expect(indexFigures('Antal\n27').has(figuresIn('27 procent')[0])).toBe(false);
  });

  it('gives a structured date as the figure it states', () => {
    expect(dateFigure({ precision: 'day', value: '2006-03-10' })?.key).toBe('date:2006-03-10');
    expect(dateFigure({ precision: 'month', value: '2019-04' })?.key).toBe('month:2019-04');
    expect(dateFigure({ precision: 'year', value: '2008' })?.key).toBe('number:2008');
    expect(dateFigure({ precision: 'unknown' })).toBeUndefined();
  });
});
