import { describe, expect, it } from 'vitest';
import type { Corpus, StatisticEntry, VersionEntry } from './corpus.ts';
import { loadContent } from './load-content.ts';
import { cite, corpusOf, passage, policyDocument, version } from '../../tests/support/builders.ts';
import {
  assignRows,
  axisFor,
  eventLayout,
  halfYears,
  laneSegments,
  laneSteps,
  lanesByFirstMention,
  entryText,
  shiftSummary,
  niceTicks,
  placeDate,
  timelineLayout,
  xOf,
  yearTicks,
  type TimeAxis,
} from './timeline-layout.ts';

const corpus = (versions: VersionEntry[], documents = [policyDocument('a')], concepts: Corpus['concepts'] = []) => corpusOf({ versions, documents, concepts });

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

describe('lanes read the history model', () => {
  const v1 = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', { text: 'x' })]);
  const v2 = version('a', '2', 2, { precision: 'day', value: '2002-06-01' }, [passage('p', 'quoted', { text: 'x' })]);
  const v4 = version('a', '4', 4, { precision: 'day', value: '2004-05-01' }, [passage('p', 'quoted', { text: 'y' })]);
  const v5 = version('a', '5', 5, { precision: 'unknown', notBefore: '2004-05-01', notAfter: '2006' }, [passage('q', 'rendered', { text: 'z', wording: 'z' })]);
  const v8 = version('a', '8', 8, { precision: 'day', value: '2008-02-01' }, [passage('p', 'absent')]);
  const v9 = version('a', '9', 9, { precision: 'day', value: '2009-02-01' }, [passage('p', 'absent')]);
  const lane = { id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }] };
  const kinds = (c: Corpus, l = lane) => laneSteps(c, l).map((s) => [s.version.id, s.change]);
  const segs = (c: Corpus, l = lane) => laneSegments(c, axis, l, laneSteps(c, l)).map((s) => [s.state, s.fromStep, s.toStep]);

  it('puts a mark at each version with a record and takes its change from the model', () => {
    expect(kinds(corpus([v8, v4, v5, v2, v1]))).toEqual([['1', 'first-known'], ['2', 'unchanged'], ['4', 'changed'], ['8', 'removed']]);
  });

  it('draws present only to the very next version, open where the sources are silent, never removed', () => {
    expect(segs(corpus([v1, v2, v4, v8]))).toEqual([
      ['unknown', undefined, 0],
      ['present', 0, 1],
      ['unknown', 1, 2],
      // Version 4 has the wording and version 8 has it gone, but nothing says when between: open, not removed.
      ['unknown', 2, 3],
      ['unknown', 3, undefined],
    ]);
  });

  it('draws absent only between an attested absence and the very next version', () => {
    expect(segs(corpus([v4, v8, v9]))).toEqual([['unknown', undefined, 0], ['unknown', 0, 1], ['absent', 1, 2], ['unknown', 2, undefined]]);
    expect(kinds(corpus([v4, v8, v9]))).toEqual([['4', 'first-known'], ['8', 'removed'], ['9', 'still-absent']]);
  });

  it('draws a source\'s interval statement as present up to the version it ends at, with the statement', () => {
    const from = version('a', '4', 4, { precision: 'day', value: '2004-05-01' }, [passage('p', 'quoted', { text: 'y', presentUntil: { until: '8', citation: cite } })]);
    const c = corpus([from, v5, v8]);
    // Version 5 says nothing of p: the interval still covers it, so p's lane has marks at 4 and 8 only.
    expect(kinds(c)).toEqual([['4', 'first-known'], ['8', 'removed']]);
    const segments = laneSegments(c, axis, lane, laneSteps(c, lane));
    const interval = segments.find((s) => s.state === 'interval')!;
    expect([interval.fromStep, interval.toStep]).toEqual([0, 1]);
    expect(interval.statement?.version).toBe('4');
    expect(interval.x1).toBeCloseTo(xOf(axis, '2004-05-02'));
    expect(interval.x2).toBe(xOf(axis, '2008-02-01'));
  });

  it('draws a lane no source mentions as open all the way', () => {
    const c = corpus([v5]);
    expect(laneSegments(c, axis, lane, laneSteps(c, lane))).toEqual([{ state: 'unknown', x1: 0, x2: 3653 }]);
  });

  it('follows a passage into the successor document once, even when the lane lists both ids', () => {
    const b1 = version('b', '1', 1, { precision: 'year', value: '2008' }, [passage('r', 'rendered', { text: 'ny', wording: 'ny', continues: { document: 'a', passage: 'p' } })]);
    const c = corpus([v1, b1], [policyDocument('a', { replacedBy: 'b' }), policyDocument('b', { replaces: 'a' })]);
    const both = { id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'b', passage: 'r' }] };
    const steps = laneSteps(c, both);
    expect(steps.map((s) => [s.version.document, s.entries.length, s.change])).toEqual([['a', 1, 'first-known'], ['b', 1, 'unstated']]);
    // A verbatim wording then a report's rendering: no source states a change, so none is shown.
    expect(steps[1].entries[0].change.basis).toBe('none');
  });

  it('shows a mark\'s weightiest change when its passages differ, and each passage\'s own', () => {
    const a1 = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', { text: 'x' }), passage('q', 'quoted', { text: 'z' })]);
    const a2 = version('a', '2', 2, { precision: 'day', value: '2002-06-01' }, [passage('p', 'absent'), passage('q', 'quoted', { text: 'z2' })]);
    const l = { id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'a', passage: 'q' }] };
    const [, second] = laneSteps(corpus([a1, a2]), l);
    expect(second.change).toBe('changed');
    expect(second.entries.map((e) => [e.thread.key, e.change.kind])).toEqual([['a/p', 'removed'], ['a/q', 'changed']]);
    // q is there in 1 and 2 is the very next version: present, although p went.
    expect(segs(corpus([a1, a2]), l)[1][0]).toBe('present');
  });

  it('gives a mark\'s wording with its kind of evidence', () => {
    const [quoted, , , absent] = laneSteps(corpus([v1, v2, v4, v8]), lane);
    expect(entryText(quoted.entries[0])).toMatchObject({ text: 'x', verbatim: true, evidence: 'Vägledningens egen lydelse, ordagrant', url: '/vagledningar/a/version-1/#p' });
    expect(entryText(absent.entries[0])).toMatchObject({ text: undefined, evidence: 'Saknas enligt källan', change: 'Saknas enligt källan, fanns i en tidigare version' });
    const [rendered] = laneSteps(corpus([v5]), { ...lane, passages: [{ document: 'a', passage: 'q' }] });
    expect(entryText(rendered.entries[0])).toMatchObject({ text: 'z', verbatim: false, evidence: 'Rapportens återgivning av lydelsen' });
  });

  it('stacks marks whose dates overlap within a lane', () => {
    const c = corpus([v4, v5]);
    const [layout] = timelineLayout(c, axis, [{ id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'a', passage: 'q' }] }]);
    expect(layout.marks.map((m) => [m.step.version.id, m.row])).toEqual([['4', 0], ['5', 1]]);
    expect(layout.rows).toBe(2);
    expect(layout.marks[0].id).toBe('l--a--4');
  });

  it('names a mark by version, with the document in a successor and the date when unnumbered', () => {
    const a1 = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', { text: 'x' })]);
    const aJan = version('a', 'jan', null, { precision: 'month', value: '2002-01' }, [passage('p', 'quoted', { text: 'x' })]);
    const b1 = version('b', '1', 1, { precision: 'year', value: '2008' }, [passage('p', 'absent')]);
    const c = corpus([a1, aJan, b1], [policyDocument('a', { replacedBy: 'b' }), policyDocument('b', { replaces: 'a', name: 'Vägledning 2015:1' })]);
    const [layout] = timelineLayout(c, axis, [{ id: 'l', title: 'L', passages: [{ document: 'a', passage: 'p' }, { document: 'b', passage: 'p' }] }]);
    expect(layout.marks.map((m) => m.label)).toEqual(['v1', 'januari 2002', '2015:1 v1']);
  });

  it('orders lanes by their first mention, an open start by its latest bound', () => {
    const early = version('a', '1', 1, { precision: 'year', value: '2001' }, [passage('p', 'quoted', { text: 'x' })]);
    const open = version('a', '2', 2, { precision: 'unknown', notAfter: '2005' }, [passage('q', 'quoted', { text: 'y' })]);
    const c = corpus([early, open]);
    const lanes = [{ id: 'q', title: 'Q', passages: [{ document: 'a', passage: 'q' }] }, { id: 'p', title: 'P', passages: [{ document: 'a', passage: 'p' }] }];
    expect(lanesByFirstMention(c, lanes).map((l) => l.id)).toEqual(['p', 'q']);
  });
});

describe('the summary of the shift', () => {
  const concept = (id: string, document: string, passageId: string, phrase?: string) => ({
    id, file: `concepts/${id}.yaml`, data: { title: id, description: 'd', passages: [{ document, passage: passageId }], headline: { passage: { document, passage: passageId }, ...(phrase ? { phrase } : {}) } },
  });
  const a1 = version('a', '1', 1, { precision: 'year', value: '2004' }, [passage('p', 'quoted', { text: 'ett initiativansvar' })]);
  const b1 = version('b', '1', 1, { precision: 'year', value: '2015' }, [passage('p', 'absent'), passage('r', 'rendered', { text: 'myndigheten har ett tillsynsansvar', wording: 'myndigheten har ett tillsynsansvar' })]);
  const docs = [policyDocument('a', { replacedBy: 'b' }), policyDocument('b', { replaces: 'a' })];

  it('lists the headline formulations in order, each with its evidence and later attested changes', () => {
    const items = shiftSummary(corpus([b1, a1], docs, [concept('till', 'b', 'r', 'tillsynsansvar'), concept('fran', 'a', 'p')] as unknown as Corpus['concepts']));
    expect(items.map((i) => [i.concept, i.phrase, i.state.evidence, i.version.document, i.later.map((l) => [l.ref.document, l.change.kind, l.change.basis])])).toEqual([
      ['fran', 'ett initiativansvar', 'quoted', 'a', [['b', 'removed', 'attested']]],
      ['till', 'tillsynsansvar', 'rendered', 'b', []],
    ]);
    expect(items[1].wording).toBe('myndigheten har ett tillsynsansvar');
  });

  it('stops the build, naming the file, when a phrase is not in the wording', () => {
    expect(() => shiftSummary(corpus([b1], docs, [concept('till', 'b', 'r', 'samordningsansvar')] as unknown as Corpus['concepts']))).toThrow(/concepts\/till\.yaml: headline\.phrase "samordningsansvar"/);
  });
});

describe('the record', () => {
  const { corpus: record } = loadContent('content');
  const recordAxis = axisFor([{ precision: 'year', value: '2004' }, { precision: 'year', value: '2021' }], 40);
  const conceptLane = (id: string) => {
    const c = record.concepts.find((x) => x.id === id)!;
    return { id: c.id, ...c.data };
  };

  it('draws hela ohälsoprocessen from version 4 (2006-03-10) to version 13 (2009-12-21) from the interval statement', () => {
    const [layout] = timelineLayout(record, recordAxis, [conceptLane('hela-ohalsoprocessen')]);
    expect(layout.marks.map((m) => [m.step.version.id, m.step.change])).toEqual([['4', 'added'], ['13', 'removed']]);
    const interval = layout.segments.find((s) => s.state === 'interval')!;
    expect([interval.fromStep, interval.toStep].map((i) => layout.marks[i!].step.version.id)).toEqual(['4', '13']);
    expect(interval.x1).toBeCloseTo(xOf(recordAxis, '2006-03-11'));
    expect(interval.x2).toBe(xOf(recordAxis, '2009-12-21'));
    expect(interval.statement?.presentUntil?.until).toBe('13');
  });

  it('shows the trust wording from version 18 and gone in 2015:1, and leaves the years between open', () => {
    const [layout] = timelineLayout(record, recordAxis, [conceptLane('samverkan-och-fortroende')]);
    expect(layout.marks.map((m) => [m.step.version.document, m.step.version.id, m.step.change, m.label])).toEqual([
      ['vagledning-2004-2', '18', 'added', 'v18'],
      ['vagledning-2015-1', '1', 'removed', '2015:1 v1'],
    ]);
    expect(layout.segments.map((s) => s.state)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('draws Process 2009:07 version 12, known only to be no later than April 2019, as a span open at its start', () => {
    const [layout] = timelineLayout(record, recordAxis, [conceptLane('kundfloden-och-behovsbedomning')]);
    const v12 = layout.marks.find((m) => m.step.version.id === '12')!;
    expect(v12.place).toMatchObject({ uncertain: true, openStart: true, openEnd: false, x1: 0 });
    expect(v12.place.x2).toBeCloseTo(xOf(recordAxis, '2019-05-01'));
    // Version 12 to 13 is the very next version: the lane is present between them (where the range leaves room).
    expect(layout.marks.map((m) => m.step.change)).toEqual(['first-known', 'changed']);
  });

  it('sums up the shift from the guidance\'s own "initiativ- och samordningsansvar" (2004) to the report\'s rendering "samordnings- och tillsynsansvar" (2015)', () => {
    const [from, to] = shiftSummary(record);
    expect([from.phrase, from.state.evidence, from.version.document, from.version.id]).toEqual(['initiativ- och samordningsansvar', 'quoted', 'vagledning-2004-2', '1']);
    expect(from.later.map((l) => [l.version.document, l.version.id, l.change.kind, l.change.basis])).toEqual([['vagledning-2015-1', '1', 'removed', 'attested']]);
    expect(from.later[0].change.statements[0].cite).toMatch(/icke-skrivningar/);
    expect([to.phrase, to.state.evidence, to.version.document, to.version.id]).toEqual(['samordnings- och tillsynsansvar', 'rendered', 'vagledning-2015-1', '1']);
    expect(to.record.url).toBe('/vagledningar/vagledning-2015-1/version-1/#samordnings-och-tillsynsansvar');
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
