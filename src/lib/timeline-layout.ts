/**
 * Pure layout for the timeline: where dates fall on a time axis, what is
 * known about a formulation between the versions that mention it, and rows
 * for marks that would otherwise overlap. The components only draw this.
 *
 * The rule for what a lane shows between two versions that mention the
 * formulation (a and b, in the order of the document succession):
 * - `stated` (solid): a states the wording is there and b is the very next
 *   version of the same document, so the wording stood from a until b.
 * - `inferred` (hatched): a states the wording is there, b states it is gone,
 *   both are numbered versions of the same document, and the source read every
 *   version between them (the document's `analysedRange`). The source then
 *   places the removal at b, so the wording stood from a until b; this is the
 *   report's "from version 4 to version 13" (footnote 24 and 25).
 * - `absent`: a states the wording is gone and b is the very next version.
 * - `unknown` (open): anything else, and before the first and after the last
 *   mention. The sources do not say, so the lane is drawn open, never empty.
 */
import { documentName, type Corpus, type Entry, type StatisticEntry, type VersionEntry } from './corpus.ts';
import { dateBounds, formatDate } from './dates.ts';
import type { Concept, PartialDate, Passage, PolicyEvent } from './schema.ts';
import { orderedVersions, type Change } from './versions.ts';

/** The stretch of time drawn, from `start` (inclusive) to `end` (exclusive), `width` pixels wide. */
export interface TimeAxis {
  start: string;
  end: string;
  width: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Pixel position of the start of a day (YYYY-MM-DD) on the axis; not clamped. */
export function xOf(axis: TimeAxis, iso: string): number {
  const start = dayNumber(axis.start);
  return ((dayNumber(iso) - start) / (dayNumber(axis.end) - start)) * axis.width;
}

/** Pixel position of the end of a day. */
const xAfter = (axis: TimeAxis, iso: string) => xOf(axis, new Date((dayNumber(iso) + 1) * DAY_MS).toISOString().slice(0, 10));
const clamp = (axis: TimeAxis, x: number) => Math.min(axis.width, Math.max(0, x));

/** Whole years from the earliest to the latest date given, as an axis of `pxPerYear` per year. */
export function axisFor(dates: PartialDate[], pxPerYear: number): TimeAxis {
  const bounds = dates.map(dateBounds);
  const years = bounds.flatMap((b) => [b.earliest, b.latest]).filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  return { start: `${first}-01-01`, end: `${last}-01-01`, width: (last - first) * pxPerYear };
}

/** Years on the axis, with the x of each 1 January. */
export function yearTicks(axis: TimeAxis): { year: number; x: number }[] {
  const ticks = [];
  for (let y = Number(axis.start.slice(0, 4)); y < Number(axis.end.slice(0, 4)); y++) ticks.push({ year: y, x: xOf(axis, `${y}-01-01`) });
  return ticks;
}

/** Where a date may lie on the axis: a point for a known day, a range otherwise. */
export interface Placement {
  x1: number;
  x2: number;
  /** True unless the day is known: the mark is then drawn as a range. */
  uncertain: boolean;
  /** No earliest bound: the range runs to the axis start and is drawn open there. */
  openStart: boolean;
  /** No latest bound. */
  openEnd: boolean;
  /** Where the mark's symbol sits: at the known end of a half-open range, else in the middle. */
  x: number;
}

export function placeDate(axis: TimeAxis, date: PartialDate): Placement {
  const { earliest, latest } = dateBounds(date);
  const x1 = earliest ? clamp(axis, xOf(axis, earliest)) : 0;
  const x2 = latest ? clamp(axis, xAfter(axis, latest)) : axis.width;
  const openStart = !earliest;
  const openEnd = !latest;
  const x = openStart && !openEnd ? x2 : openEnd && !openStart ? x1 : (x1 + x2) / 2;
  return { x1, x2, uncertain: date.precision !== 'day', openStart, openEnd, x };
}

/**
 * Puts items that overlap on the axis in separate rows: each item goes in
 * the first row where it starts at least `gap` after the last item there.
 * Returns the row of each item, in input order.
 */
export function assignRows(extents: { x1: number; x2: number }[], gap = 4): number[] {
  const rows = new Array<number>(extents.length);
  const rowEnds: number[] = [];
  const order = extents.map((e, i) => ({ ...e, i })).sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2);
  for (const e of order) {
    let row = rowEnds.findIndex((end) => end + gap <= e.x1);
    if (row === -1) row = rowEnds.push(e.x2) - 1;
    else rowEnds[row] = e.x2;
    rows[e.i] = row;
  }
  return rows;
}

/** A set of passages followed in one lane: a concept, or a single passage. */
export interface LaneInput {
  id: string;
  title: string;
  description?: string;
  passages: Concept['passages'];
}

/** A version that mentions at least one of the lane's passages. */
export interface LaneStep {
  version: VersionEntry;
  /** The lane's passages as this version has them. */
  passages: Passage[];
  /** Present when any of them is there (quoted or paraphrased), absent when the source says all are gone. */
  state: 'present' | 'absent';
  change: Change;
}

/** A document and the documents that replaced it, oldest first. */
function succession(corpus: Corpus, documentId: string): string[] {
  const byId = new Map(corpus.documents.map((d) => [d.id, d.data]));
  let first = documentId;
  while (byId.get(first)?.replaces) first = byId.get(first)!.replaces!;
  const chain = [first];
  while (byId.get(chain.at(-1)!)?.replacedBy) chain.push(byId.get(chain.at(-1)!)!.replacedBy!);
  return chain;
}

const isPresent = (p: Passage) => p.status !== 'absent';
const passageKey = (document: string, id: string) => `${document}/${id}`;

/** What happened to the lane's formulation in each version that mentions it, across the document succession. */
export function laneSteps(corpus: Corpus, lane: LaneInput): LaneStep[] {
  const wanted = new Set(lane.passages.map((r) => passageKey(r.document, r.passage)));
  const chains: string[][] = [];
  for (const ref of lane.passages) {
    if (!chains.some((c) => c.includes(ref.document))) chains.push(succession(corpus, ref.document));
  }
  const steps: LaneStep[] = [];
  for (const chain of chains) {
    /** Last known state of each passage, so a change is judged passage by passage. */
    const lastKnown = new Map<string, Passage>();
    let previous: LaneStep | undefined;
    for (const version of chain.flatMap((d) => orderedVersions(corpus, d))) {
      const passages = version.data.passages.filter((p) => wanted.has(passageKey(version.document, p.id)));
      if (passages.length === 0) continue;
      const state = passages.some(isPresent) ? 'present' : 'absent';
      const before = passages.map((p) => lastKnown.get(passageKey(version.document, p.id)) ?? (p.continues && lastKnown.get(passageKey(p.continues.document, p.continues.passage))));
      const differs = passages.some((p, i) => !before[i] || before[i].status !== p.status || before[i].text !== p.text);
      const change: Change = !previous
        ? state === 'present' ? 'först-känd' : 'fortsatt-borta'
        : previous.state === 'present'
          ? state === 'present' ? (differs ? 'ändrad' : 'oförändrad') : 'borttagen'
          : state === 'present' ? 'återinförd' : 'fortsatt-borta';
      const step = { version, passages, state, change } as const;
      steps.push(step);
      passages.forEach((p) => lastKnown.set(passageKey(version.document, p.id), p));
      previous = step;
    }
  }
  return steps;
}

export type SegmentState = 'stated' | 'inferred' | 'absent' | 'unknown';

export interface LaneSegment {
  state: SegmentState;
  x1: number;
  x2: number;
  /** Indexes of the steps the segment runs from and to; none before the first or after the last. */
  fromStep?: number;
  toStep?: number;
}

/** What is known between two consecutive mentions; see the rule at the top of this file. */
function stateBetween(corpus: Corpus, a: LaneStep, b: LaneStep): SegmentState {
  const sameDocument = a.version.document === b.version.document;
  const [na, nb] = [a.version.data.number, b.version.data.number];
  const numbered = sameDocument && na !== null && nb !== null;
  const consecutive = numbered && nb === na + 1;
  const range = corpus.documents.find((d) => d.id === a.version.document)?.data.analysedRange;
  const readBetween = numbered && range !== undefined && range.from <= na && nb <= range.to;
  if (a.state === 'absent') return consecutive ? 'absent' : 'unknown';
  if (consecutive) return 'stated';
  return b.state === 'absent' && readBetween ? 'inferred' : 'unknown';
}

/** The lane drawn between and around its marks, from the axis start to its end. */
export function laneSegments(corpus: Corpus, axis: TimeAxis, steps: LaneStep[]): LaneSegment[] {
  const places = steps.map((s) => placeDate(axis, s.version.data.decided));
  const segments: LaneSegment[] = [];
  const add = (segment: LaneSegment) => {
    if (segment.x2 > segment.x1) segments.push(segment);
  };
  if (steps.length === 0) return [{ state: 'unknown', x1: 0, x2: axis.width }];
  add({ state: 'unknown', x1: 0, x2: places[0].x1, toStep: 0 });
  steps.slice(1).forEach((b, i) => {
    add({ state: stateBetween(corpus, steps[i], b), x1: places[i].x2, x2: places[i + 1].x1, fromStep: i, toStep: i + 1 });
  });
  add({ state: 'unknown', x1: places.at(-1)!.x2, x2: axis.width, fromStep: steps.length - 1 });
  return segments;
}

/** Half the width of a mark's target (24 px, the WCAG minimum): marks closer than this overlap. */
export const MARK_RADIUS = 12;

export interface LaneMark {
  /** Unique on the page: lane, document and version. */
  id: string;
  step: LaneStep;
  place: Placement;
  /** Short text beside the symbol, e.g. "v4" or "2015:1 v1". */
  label: string;
  row: number;
}

export interface LaneLayout {
  lane: LaneInput;
  segments: LaneSegment[];
  marks: LaneMark[];
  rows: number;
}

/** Size of the text beside a mark's symbol. */
const MARK_FONT = 11;

/** The extent a mark takes on the axis: its date range, its symbol and its label. */
const markExtent = (p: Placement, label: string) => ({
  x1: Math.min(p.x1, p.x - MARK_RADIUS),
  x2: Math.max(p.x2, p.x + MARK_RADIUS + labelWidth(label, MARK_FONT)),
});

/**
 * A mark's short name: "v4" in the lane's first document, the document's
 * number first in a successor ("2015:1 v1"), the date for an unnumbered version.
 */
export function markLabel(corpus: Corpus, step: LaneStep, firstDocument: string): string {
  const v = step.version;
  if (v.data.number === null) return formatDate(v.data.decided);
  if (v.document === firstDocument) return `v${v.data.number}`;
  const name = documentName(corpus, v.document);
  return `${name.split(' ').at(-1)} v${v.data.number}`;
}

/** Segments, marks and rows for each lane. */
export function timelineLayout(corpus: Corpus, axis: TimeAxis, lanes: LaneInput[]): LaneLayout[] {
  return lanes.map((lane) => {
    const steps = laneSteps(corpus, lane);
    const places = steps.map((s) => placeDate(axis, s.version.data.decided));
    const labels = steps.map((s) => markLabel(corpus, s, steps[0].version.document));
    const rows = assignRows(places.map((p, i) => markExtent(p, labels[i])));
    return {
      lane,
      segments: laneSegments(corpus, axis, steps),
      marks: steps.map((step, i) => ({ id: `${lane.id}--${step.version.document}--${step.version.id}`, step, place: places[i], label: labels[i], row: rows[i] })),
      rows: Math.max(1, ...rows.map((r) => r + 1)),
    };
  });
}

/** Lanes in the order their formulations were first mentioned. */
export function lanesByFirstMention(corpus: Corpus, lanes: LaneInput[]): LaneInput[] {
  const first = (lane: LaneInput) => {
    const step = laneSteps(corpus, lane)[0];
    if (!step) return '9999';
    const { earliest, latest } = dateBounds(step.version.data.decided);
    return earliest ?? latest ?? '9999';
  };
  return lanes.map((lane) => ({ lane, at: first(lane) })).sort((a, b) => a.at.localeCompare(b.at) || a.lane.title.localeCompare(b.lane.title, 'sv')).map((l) => l.lane);
}

/** Event kinds grouped into the context lanes, in the order they are drawn. */
export const EVENT_GROUPS: { id: string; title: string; kinds: PolicyEvent['kind'][] }[] = [
  { id: 'generaldirektorer', title: 'Generaldirektörer', kinds: ['generaldirektör'] },
  { id: 'regering-och-lag', title: 'Regering, reformer och lagar', kinds: ['regleringsbrev', 'regeringsuppdrag', 'lag', 'reform'] },
  { id: 'forsakringskassan', title: 'Försäkringskassans styrning och projekt', kinds: ['intern-styrning', 'projekt', 'utbildning'] },
];

export interface EventMark {
  event: Entry<PolicyEvent>;
  start: Placement;
  end?: Placement;
  /** Whole extent of the bar: from the earliest start to the latest end. */
  x1: number;
  x2: number;
  /** Where the label starts, and whether it is anchored at its end (when it would run off the axis). */
  labelX: number;
  labelAtEnd: boolean;
  row: number;
}

/** Rough width of a label in pixels, for collision handling; real text in the SVG. */
const labelWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.56);

/** Events as bars (with an end) or marks, each with its label, in rows that do not overlap. */
export function eventLayout(axis: TimeAxis, events: Entry<PolicyEvent>[], fontSize: number): { marks: EventMark[]; rows: number } {
  const sorted = [...events].sort((a, b) => (dateBounds(a.data.date).earliest ?? '').localeCompare(dateBounds(b.data.date).earliest ?? ''));
  const base = sorted.map((event) => {
    const start = placeDate(axis, event.data.date);
    const end = event.data.end ? placeDate(axis, event.data.end) : undefined;
    const x1 = start.x1;
    const x2 = Math.max(end ? end.x2 : start.x2, x1 + 2 * MARK_RADIUS);
    const width = labelWidth(event.data.title, fontSize);
    const labelAtEnd = x1 + width > axis.width;
    const labelX = labelAtEnd ? Math.min(x2, axis.width) : x1;
    const extent = labelAtEnd ? { x1: Math.min(x1, labelX - width), x2 } : { x1, x2: Math.max(x2, x1 + width) };
    return { event, start, end, x1, x2, labelX, labelAtEnd, extent };
  });
  const rows = assignRows(base.map((b) => b.extent), 8);
  return {
    marks: base.map(({ extent: _, ...b }, i) => ({ ...b, row: rows[i] })),
    rows: Math.max(0, ...rows.map((r) => r + 1)),
  };
}

/** One half-year of a statistics table, with its place on the axis. */
export interface HalfYear {
  label: string;
  year: number;
  half: 1 | 2;
  x1: number;
  x2: number;
  /** Values by column key; null where the table gives none. */
  values: Record<string, number | null>;
}

/** The half-year rows of a table with `ar` and `halvar` columns (helår rows are sums and left out). */
export function halfYears(axis: TimeAxis, stat: StatisticEntry, keys: string[]): HalfYear[] {
  return stat.rows
    .filter((r) => r.halvar === '1' || r.halvar === '2')
    .map((r) => {
      const year = Number(r.ar);
      const half = r.halvar === '1' ? 1 : 2;
      const from = half === 1 ? `${year}-01-01` : `${year}-07-01`;
      const to = half === 1 ? `${year}-07-01` : `${year + 1}-01-01`;
      return {
        label: `${year}, halvår ${half}`,
        year,
        half,
        x1: xOf(axis, from),
        x2: xOf(axis, to),
        values: Object.fromEntries(keys.map((k) => [k, r[k] === '' || r[k] === undefined ? null : Number(r[k])])),
      };
    });
}

/** Round steps for a value axis from zero to at least `max`: 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}
