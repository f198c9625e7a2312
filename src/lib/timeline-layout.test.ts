import { describe, expect, it } from 'vitest';
import type { Corpus, StatisticEntry, VersionEntry } from './corpus.ts';
import { loadContent } from './load-content.ts';
import type { Passage, PolicyDocument, Version } from './schema.ts';
import {
  assignRows,
  axisFor,
  eventLayout,
  halfYears,
  laneSegments,
  laneSteps,
  lanesByFirstMention,
  niceTicks,
  placeDate,
  timelineLayout,
  xOf,
  yearTicks,
  type TimeAxis,
} from './timeline-layout.ts';

const cite = { source: 's', section: 'Avsnitt' };
const passage = (id: string, status: Passage['status'], text?: string, continues?: Passage['continues']): Passage => ({
  id, title: id, status, text, citation: cite, ...(continues ? { continues } : {}),
});
const version = (document: string, id: string, number: number | null, decided: Version['decided'], passages: Passage[] = []): VersionEntry => ({
  id, document, file: `${document}/${id}.yaml`, data: { number, label: number === null ? 'Ändringen' : undefined, decided, passages },
});
const doc = (id: string, data: Partial<PolicyDocument>) => ({ id, file: id, data: { title: id, name: id, kind: 'vägledning', description: 'd', ...data } as PolicyDocument });
const corpus = (versions: VersionEntry[], documents = [doc('a', { analysedRange: { from: 1, to: 21, citation: cite } })]) =>
  ({ versions, documents }) as unknown as Corpus;

/** 10 years, 10 px per year (leap days aside). */
const axis: TimeAxis = { start: '2000-01-01', end: '2010-01-01', width: 3653 };

describe('positions on the axis', () => {
  it('puts 1 January at whole years and scales linearly', () => {
    expect(xOf(axis, '2000-01-01')).toBe(0);
    expect(xOf(axis, '2010-01-01')).toBe(3653);
    expect(xOf(axis, '2000-01-02')).toBeCloseTo(1);
    expect(yearTicks(axis).map((t) => t.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]);
    expect(yearTicks(axis)[1].x).toBe(366);
  });

  it('builds an axis of whole years around every bound', () => {
    const a = axisFor([{ precision: 'day', value: '2006-03-10' }, { precision: 'unknown', notBefore: '2004', notAfter: '2020-04' }], 50);
    expect(a).toEqual({ start: '2004-01-01', end: '2021-01-01', width: 850 });
  });

  it('draws a known day as a point', () => {
    const p = placeDate(axis, { precision: 'day', value: '2006-03-10' });
    expect(p.uncertain).toBe(false);
    expect(p.x2 - p.x1).toBeCloseTo(1);
    expect(p.x).toBeCloseTo(xOf(axis, '2006-03-10') + 0.5);
  });
});

describe('uncertain ranges', () => {
  it('spreads a year across the whole year, never a day in it', () => {
    const p = placeDate(axis, { precision: 'year', value: '2007' });
    expect(p).toMatchObject({ x1: xOf(axis, '2007-01-01'), x2: xOf(axis, '2008-01-01'), uncertain: true, openStart: false, openEnd: false });
    expect(p.x).toBeCloseTo((p.x1 + p.x2) / 2);
  });

  it('spreads an unknown date between its bounds', () => {
    const p = placeDate(axis, { precision: 'unknown', notBefore: '2006-03-10', notAfter: '2007' });
    expect(p.x1).toBe(xOf(axis, '2006-03-10'));
    expect(p.x2).toBe(xOf(axis, '2008-01-01'));
    expect(p.uncertain).toBe(true);
  });

  it('runs an open bound to the edge of the axis and puts the symbol at the known end', () => {
    const p = placeDate(axis, { precision: 'unknown', notAfter: '2005-04' });
    expect(p).toMatchObject({ x1: 0, x2: xOf(axis, '2005-05-01'), openStart: true, openEnd: false });
    expect(p.x).toBe(p.x2);
    expect(placeDate(axis, { precision: 'unknown' })).toMatchObject({ x1: 0, x2: 3653, openStart: true, openEnd: true });
  });

  it('clamps dates outside the axis to its edges', () => {
    const p = placeDate(axis, { precision: 'year', value: '2012' });
    expect([p.x1, p.x2]).toEqual([3653, 3653]);
  });
});

describe('overlapping marks', () => {
  it('keeps marks that do not overlap in one row', () => {
    expect(assignRows([{ x1: 0, x2: 10 }, { x1: 20, x2: 30 }, { x1: 40, x2: 50 }])).toEqual([0, 0, 0]);
  });

  it('moves an overlapping mark to the next free row, and reuses rows once free', () => {
    expect(assignRows([{ x1: 0, x2: 30 }, { x1: 10, x2: 20 }, { x1: 22, x2: 40 }, { x1: 50, x2: 60 }])).toEqual([0, 1, 2, 0]);
    expect(assignRows([{ x1: 0, x2: 30 }, { x1: 10, x2: 20 }, { x1: 25, x2: 40 }])).toEqual([0, 1, 1]);
  });

  it('counts a mark closer than the gap as overlapping, and answers in input order', () => {
    expect(assignRows([{ x1: 12, x2: 20 }, { x1: 0, x2: 10 }], 4)).toEqual([1, 0]);
    expect(assignRows([{ x1: 14, x2: 20 }, { x1: 0, x2: 10 }], 4)).toEqual([0, 0]);
  });

  it('lays out labelled events in rows so labels do not run into each other', () => {
    const event = (id: string, value: string, title: string) => ({
      id, file: id, data: { title, kind: 'reform' as const, date: { precision: 'year' as const, value }, description: 'd', citation: cite },
    });
    const { marks, rows } = eventLayout(axis, [event('a', '2001', 'En lång rubrik'), event('b', '2002', 'B'), event('c', '2005', 'C')], 10);
    expect(marks.map((m) => [m.event.id, m.row])).toEqual([['a', 0], ['b', 1], ['c', 0]]);
    expect(rows).toBe(2);
  });

  it('anchors a label at its end when it would run off the axis', () => {
    const event = { id: 'x', file: 'x', data: { title: 'Sent', kind: 'lag' as const, date: { precision: 'day' as const, value: '2009-12-30' }, description: 'd', citation: cite } };
    const [mark] = eventLayout(axis, [event], 12).marks;
    expect(mark.labelAtEnd).toBe(true);
  });
});

describe('lanes', () => {
  const v1 = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', 'x')]);
  const v2 = version('a', '2', 2, { precision: 'day', value: '2002-06-01' }, [passage('p', 'quoted', 'x')]);
  const v4 = version('a', '4', 4, { precision: 'day', value: '2004-05-01' }, [passage('p', 'quoted', 'y')]);
  const v5 = version('a', '5', 5, { precision: 'unknown', notBefore: '2004-05-01', notAfter: '2006' }, [passage('q', 'paraphrased', 'z')]);
  const v8 = version('a', '8', 8, { precision: 'day', value: '2008-02-01' }, [passage('p', 'absent')]);
  const lane = { id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }] };

  it('follows the passages version by version, with what happened to them', () => {
    const steps = laneSteps(corpus([v8, v4, v5, v2, v1]), lane);
    expect(steps.map((s) => [s.version.id, s.state, s.change])).toEqual([
      ['1', 'present', 'först-känd'],
      ['2', 'present', 'oförändrad'],
      ['4', 'present', 'ändrad'],
      ['8', 'absent', 'borttagen'],
    ]);
  });

  it('draws stated, inferred and unknown stretches by the rule, open before and after', () => {
    const c = corpus([v1, v2, v4, v5, v8]);
    const segments = laneSegments(c, axis, laneSteps(c, lane));
    expect(segments.map((s) => [s.state, s.fromStep, s.toStep])).toEqual([
      ['unknown', undefined, 0],
      ['stated', 0, 1],
      ['unknown', 1, 2],
      ['inferred', 2, 3],
      ['unknown', 3, undefined],
    ]);
    expect(segments[3].x1).toBeCloseTo(xOf(axis, '2004-05-02'));
    expect(segments[3].x2).toBe(xOf(axis, '2008-02-01'));
    expect(segments[0].x1).toBe(0);
    expect(segments.at(-1)!.x2).toBe(3653);
  });

  it('draws unknown, not inferred, when the source did not read the versions between', () => {
    const c = corpus([v4, v8], [doc('a', { analysedRange: { from: 1, to: 6, citation: cite } })]);
    expect(laneSegments(c, axis, laneSteps(c, lane)).map((s) => s.state)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('draws a lane no source mentions as open all the way', () => {
    const c = corpus([v5]);
    expect(laneSegments(c, axis, laneSteps(c, lane))).toEqual([{ state: 'unknown', x1: 0, x2: 3653 }]);
  });

  it('crosses into the successor document and judges a continued passage against its predecessor', () => {
    const b1 = version('b', '1', 1, { precision: 'year', value: '2008' }, [passage('p', 'absent'), passage('r', 'paraphrased', 'ny', { document: 'a', passage: 'p' })]);
    const c = corpus([v1, b1], [doc('a', { replacedBy: 'b' }), doc('b', { replaces: 'a' })]);
    const both = { id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'b', passage: 'p' }, { document: 'b', passage: 'r' }] };
    expect(laneSteps(c, both).map((s) => [s.version.document, s.state, s.change])).toEqual([
      ['a', 'present', 'först-känd'],
      ['b', 'present', 'ändrad'],
    ]);
    expect(laneSegments(c, axis, laneSteps(c, both)).map((s) => s.state)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('stacks marks whose dates overlap within a lane', () => {
    const c = corpus([v4, v5]);
    const [layout] = timelineLayout(c, axis, [{ id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'a', passage: 'q' }] }]);
    expect(layout.marks.map((m) => [m.step.version.id, m.row])).toEqual([['4', 0], ['5', 1]]);
    expect(layout.rows).toBe(2);
    expect(layout.marks[0].id).toBe('l--a--4');
  });

  it('names a mark by version, with the document in a successor and the date when unnumbered', () => {
    const a1 = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', 'x')]);
    const aJan = version('a', 'jan', null, { precision: 'month', value: '2002-01' }, [passage('p', 'quoted', 'x')]);
    const b1 = version('b', '1', 1, { precision: 'year', value: '2008' }, [passage('p', 'absent')]);
    const c = corpus([a1, aJan, b1], [doc('a', { replacedBy: 'b' }), doc('b', { replaces: 'a', name: 'Vägledning 2015:1' })]);
    const [layout] = timelineLayout(c, axis, [{ id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'b', passage: 'p' }] }]);
    expect(layout.marks.map((m) => m.label)).toEqual(['v1', 'januari 2002', '2015:1 v1']);
  });

  it('orders lanes by their first mention, an open start by its latest bound', () => {
    const early = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', 'x')]);
    const open = version('a', '2', 2, { precision: 'unknown', notAfter: '2005' }, [passage('q', 'quoted', 'y')]);
    const c = corpus([early, open]);
    const lanes = [{ id: 'q', title: 'Q', passages: [{ document: 'a', passage: 'q' }] }, { id: 'p', title: 'P', passages: [{ document: 'a', passage: 'p' }] }];
    expect(lanesByFirstMention(c, lanes).map((l) => l.id)).toEqual(['p', 'q']);
  });
});

describe('the record: hela ohälsoprocessen', () => {
  const { corpus: record } = loadContent('content');
  const concept = record.concepts.find((c) => c.id === 'hela-ohalsoprocessen')!;
  const recordAxis = axisFor([{ precision: 'year', value: '2004' }, { precision: 'year', value: '2020' }], 60);

  it('is there from version 4 (2006-03-10), inferred until version 13 (2009-12-21) removes it', () => {
    const [layout] = timelineLayout(record, recordAxis, [{ id: concept.id, ...concept.data }]);
    expect(layout.marks.map((m) => [m.step.version.id, m.step.change])).toEqual([['4', 'först-känd'], ['13', 'borttagen']]);
    const inferred = layout.segments.find((s) => s.state === 'inferred')!;
    expect([inferred.fromStep, inferred.toStep].map((i) => layout.marks[i!].step.version.id)).toEqual(['4', '13']);
    expect(inferred.x1).toBeCloseTo(xOf(recordAxis, '2006-03-11'));
    expect(inferred.x2).toBe(xOf(recordAxis, '2009-12-21'));
  });
});

describe('the record: one passage followed into the successor document', () => {
  const { corpus: record } = loadContent('content');
  const recordAxis = axisFor([{ precision: 'year', value: '2004' }, { precision: 'year', value: '2020' }], 60);

  it('shows the trust wording from version 18 and gone in 2015:1, and leaves the years between open', () => {
    const lane = {
      id: 'samverkan-och-fortroende',
      title: 'Samverkan kopplad till förtroendet',
      passages: [{ document: 'vagledning-2004-2', passage: 'samverkan-och-fortroende' }, { document: 'vagledning-2015-1', passage: 'samverkan-och-fortroende' }],
    };
    const [layout] = timelineLayout(record, recordAxis, [lane]);
    expect(layout.marks.map((m) => [m.step.version.document, m.step.version.id, m.step.change, m.label])).toEqual([
      ['vagledning-2004-2', '18', 'först-känd', 'v18'],
      ['vagledning-2015-1', '1', 'borttagen', '2015:1 v1'],
    ]);
    // No source says the wording stood in versions 19–21, so nothing is inferred across the succession.
    expect(layout.segments.map((s) => s.state)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('meeting statistics', () => {
  it('places half-years on the axis and keeps a missing value missing', () => {
    const stat = {
      rows: [
        { rad: 'Antal 2001', ar: '2001', halvar: '', moten: '30' },
        { rad: '2001 halvår 1', ar: '2001', halvar: '1', moten: '10' },
        { rad: '2001 halvår 2', ar: '2001', halvar: '2', moten: '' },
      ],
    } as unknown as StatisticEntry;
    const halves = halfYears(axis, stat, ['moten']);
    expect(halves.map((h) => [h.label, h.values.moten])).toEqual([['2001, halvår 1', 10], ['2001, halvår 2', null]]);
    expect(halves[0].x1).toBe(xOf(axis, '2001-01-01'));
    expect(halves[1].x1).toBe(xOf(axis, '2001-07-01'));
    expect(halves[1].x2).toBe(xOf(axis, '2002-01-01'));
  });

  it('makes round ticks up to at least the largest value', () => {
    expect(niceTicks(56526)).toEqual([0, 20000, 40000, 60000]);
    expect(niceTicks(80)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
