/**
 * Pure layout for the timeline: where dates fall on a time axis, what each
 * lane shows, and rows for marks that would otherwise overlap. What a
 * passage's state is and what changed come only from the history model
 * (`passage-history.ts`); this file places them. The components only draw.
 *
 * A lane follows a formulation: the threads of its passages (several
 * passages of one concept may be one thread; it is followed once). A mark
 * sits at each version where one of those threads has a record of its own
 * (quoted, rendered, described or absent), with each thread's change from
 * `threadHistory`. What the lane shows between two marks a and b:
 * - `present` (solid): a thread is there at a and b is the very next version
 *   of the same document, so a's wording stood until b;
 * - `interval` (hatched): a source's interval statement ("from version 4
 *   until version 13") covers a and reaches b, so the wording stood from a
 *   until b although no source gives it in the versions between;
 * - `absent`: every thread is attested absent at a and b is the very next
 *   version;
 * - `unknown` (open): anything else, and before the first and after the
 *   last mark. Unknown is never drawn as removed or empty.
 */
import { type Corpus, documentName, type Entry, type StatisticEntry, type VersionEntry } from './corpus.ts';
import { dateBounds, formatDate } from './dates.ts';
import {
  changeLabel,
  EVIDENCE_LABEL,
  historyModel,
  isPresent,
  threadHistory,
  threadOf,
  wordingOf,
  type ChangeKind,
  type HistoryModel,
  type PassageChange,
  type PassageRecord,
  type PassageState,
  type Thread,
  type VersionRef,
} from './passage-history.ts';
import { versionOf } from './versions.ts';
import type { Concept, PartialDate, PolicyEvent } from './schema.ts';

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

/** Whole years around every date given, scaled to `width` pixels (rounded down to whole pixels per year). */
export function axisOfWidth(dates: PartialDate[], width: number): TimeAxis {
  const years = axisFor(dates, 1).width;
  return axisFor(dates, Math.max(1, Math.floor(width / years)));
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

/** One thread's own record at a mark, with its change since the thread's last known state. */
export interface LaneEntry {
  thread: Thread;
  state: PassageState;
  change: PassageChange;
}

/** A version where at least one of the lane's threads has a record of its own. */
export interface LaneStep {
  version: VersionEntry;
  ref: VersionRef;
  /** The document line and the version's index in it. */
  line: number;
  index: number;
  entries: LaneEntry[];
  /** What the mark shows: the weightiest of its entries' changes. */
  change: ChangeKind;
}

/** States backed by a record of their own at this version (an interval's `present` is not). */
const OWN: PassageState['evidence'][] = ['quoted', 'rendered', 'described', 'absent'];
const hasOwnRecord = (s: PassageState) => OWN.includes(s.evidence);

/** Which change a mark shows when its threads differ: the first in this list that any of them has. */
const MARK_ORDER: ChangeKind[] = ['changed', 'removed', 'restored', 'added', 'first-known', 'unstated', 'unchanged', 'still-present', 'still-absent'];

/** A thread's change at a step, as a mark shows it: a first record that is an absence says "saknas", not "first known wording". */
const markChange = (e: LaneEntry): ChangeKind => (e.state.evidence === 'absent' && e.change.kind === 'first-known' ? 'still-absent' : e.change.kind);

/** The threads of a lane's passages, each once, in the order the lane lists them. */
export function laneThreads(model: HistoryModel, lane: LaneInput): Thread[] {
  const threads: Thread[] = [];
  for (const ref of lane.passages) {
    const t = threadOf(model, ref.document, ref.passage);
    if (t && !threads.includes(t)) threads.push(t);
  }
  return threads;
}

const versionEntry = (corpus: Corpus, ref: VersionRef) => versionOf(corpus, ref.document, ref.id)!;

/** The lane's marks: every version of its lines where one of its threads has a record of its own. */
export function laneSteps(corpus: Corpus, lane: LaneInput): LaneStep[] {
  const model = historyModel(corpus);
  const threads = laneThreads(model, lane);
  const lines = [...new Set(threads.map((t) => t.line))].sort((a, b) => a - b);
  const steps: LaneStep[] = [];
  for (const line of lines) {
    const histories = threads.filter((t) => t.line === line).map((thread) => ({ thread, steps: threadHistory(model, thread) }));
    model.lines[line].versions.forEach((versionIndex, index) => {
      const entries = histories
        .filter((h) => hasOwnRecord(h.thread.states[index]))
        .map((h) => ({ thread: h.thread, state: h.thread.states[index], change: h.steps[index].change! }));
      if (entries.length === 0) return;
      const kinds = entries.map(markChange);
      const ref = model.versions[versionIndex];
      steps.push({ version: versionEntry(corpus, ref), ref, line, index, entries, change: MARK_ORDER.find((k) => kinds.includes(k)) ?? kinds[0] });
    });
  }
  return steps;
}

export type SegmentState = 'present' | 'interval' | 'absent' | 'unknown';

export interface LaneSegment {
  state: SegmentState;
  x1: number;
  x2: number;
  /** Indexes of the steps the segment runs from and to; none before the first or after the last. */
  fromStep?: number;
  toStep?: number;
  /** For `interval`: the record whose interval statement covers the stretch. */
  statement?: PassageRecord;
}

/** b is the very next version after a: same document, numbers one apart. */
const veryNext = (a: VersionEntry, b: VersionEntry) =>
  a.document === b.document && a.data.number !== null && b.data.number !== null && b.data.number === a.data.number + 1;

/** The record whose interval statement covers a thread's state, if any. */
const intervalOf = (s: PassageState) => (s.evidence === 'present' ? s.record : isPresent(s) && s.record?.presentUntil ? s.record : undefined);

/** What one thread shows from step a to step b (consecutive marks of one line); see the rule at the top. */
function threadBetween(model: HistoryModel, thread: Thread, a: LaneStep, b: LaneStep): { state: SegmentState; statement?: PassageRecord } {
  const s = thread.states[a.index];
  if (isPresent(s) && veryNext(a.version, b.version)) return { state: 'present' };
  const r = intervalOf(s);
  if (r) {
    const lineVersions = model.lines[thread.line].versions.map((i) => model.versions[i]);
    const until = lineVersions.findIndex((v) => v.document === r.document && v.id === r.presentUntil!.until);
    // The interval reaches b when b is inside it or is the version it ends at.
    if (b.index <= until || (thread.states[b.index].evidence === 'present' && thread.states[b.index].record === r)) return { state: 'interval', statement: r };
  }
  if (s.evidence === 'absent' && veryNext(a.version, b.version)) return { state: 'absent' };
  return { state: 'unknown' };
}

/** What the lane shows between two consecutive marks: present if any thread is, absent only if every thread is. */
export function segmentBetween(corpus: Corpus, threads: Thread[], a: LaneStep, b: LaneStep): { state: SegmentState; statement?: PassageRecord } {
  if (a.line !== b.line) return { state: 'unknown' };
  const model = historyModel(corpus);
  const each = threads.filter((t) => t.line === a.line).map((t) => threadBetween(model, t, a, b));
  return (
    each.find((e) => e.state === 'present') ??
    each.find((e) => e.state === 'interval') ??
    (each.length > 0 && each.every((e) => e.state === 'absent') ? { state: 'absent' } : { state: 'unknown' })
  );
}

/** The lane drawn between and around its marks, from the axis start to its end. */
export function laneSegments(corpus: Corpus, axis: TimeAxis, lane: LaneInput, steps: LaneStep[]): LaneSegment[] {
  const threads = laneThreads(historyModel(corpus), lane);
  const places = steps.map((s) => placeDate(axis, s.version.data.decided));
  const segments: LaneSegment[] = [];
  const add = (segment: LaneSegment) => {
    if (segment.x2 > segment.x1) segments.push(segment);
  };
  if (steps.length === 0) return [{ state: 'unknown', x1: 0, x2: axis.width }];
  add({ state: 'unknown', x1: 0, x2: places[0].x1, toStep: 0 });
  steps.slice(1).forEach((b, i) => {
    add({ ...segmentBetween(corpus, threads, steps[i], b), x1: places[i].x2, x2: places[i + 1].x1, fromStep: i, toStep: i + 1 });
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
export const MARK_FONT = 11;

/** The extent a mark takes on the axis: its date range, its symbol and its label. */
const markExtent = (p: Placement, label: string) => ({
  x1: Math.min(p.x1, p.x - MARK_RADIUS),
  x2: Math.max(p.x2, p.x + MARK_RADIUS + labelWidth(label, MARK_FONT)),
});

/**
 * A mark's short name: "v4" in the lane's first document, the document's
 * number first in a successor ("2015:1 v1"), the date for an unnumbered version.
 */
export function markLabel(corpus: Corpus, step: Pick<LaneStep, 'version'>, firstDocument: string): string {
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
      segments: laneSegments(corpus, axis, lane, steps),
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

/** What a mark's entry says, as text for a tooltip: the evidence, the wording or description, and the change. */
export interface EntryText {
  title: string;
  evidence: string;
  /** Verbatim or rendered wording, or the report's description; none for an absence. */
  text?: string;
  /** True when `text` is the guidance's own words (shown in quotation marks). */
  verbatim: boolean;
  change: string;
  cite: string;
  url: string;
}

export function entryText(e: LaneEntry): EntryText {
  const r = e.state.record!;
  const text = wordingOf(e.state) ?? (e.state.evidence === 'described' ? r.text : undefined);
  return { title: r.title, evidence: EVIDENCE_LABEL[e.state.evidence], text, verbatim: e.state.evidence === 'quoted', change: changeLabel(e.change), cite: r.cite, url: r.url };
}

/** One formulation in the summary of the shift, with where it is attested and what the sources say happened to it later. */
export interface ShiftItem {
  concept: string;
  /** The short words shown. */
  phrase: string;
  /** The wording the phrase is taken from, when it is longer than the phrase. */
  wording: string;
  state: PassageState;
  record: PassageRecord;
  version: VersionEntry;
  ref: VersionRef;
  /** Later changes a source attests (removal, a new wording), each with its statements. */
  later: { version: VersionEntry; ref: VersionRef; change: PassageChange }[];
}

/**
 * The formulations marked `headline` in their concept, in the order of
 * their first known wording: the shift in short. Throws, naming the concept
 * file, when a headline names a passage with no wording or a phrase that
 * the wording does not contain.
 */
export function shiftSummary(corpus: Corpus): ShiftItem[] {
  const model = historyModel(corpus);
  const items = corpus.concepts.flatMap((c): (ShiftItem & { order: number })[] => {
    const h = c.data.headline;
    if (!h) return [];
    const where = `${c.file ?? c.id}: headline`;
    const thread = threadOf(model, h.passage.document, h.passage.passage);
    if (!thread) throw new Error(`${where} names passage "${h.passage.passage}" of "${h.passage.document}", which no version has`);
    const history = threadHistory(model, thread);
    const first = history.findIndex((s) => wordingOf(s.state) !== undefined);
    if (first < 0) throw new Error(`${where}: passage "${h.passage.passage}" has no quoted or rendered wording in any version`);
    const step = history[first];
    const wording = wordingOf(step.state)!;
    const phrase = h.phrase ?? wording;
    if (!wording.toLocaleLowerCase('sv').includes(phrase.toLocaleLowerCase('sv'))) throw new Error(`${where}.phrase "${phrase}" does not occur in the wording "${wording}"`);
    const later = history
      .slice(first + 1)
      .filter((s) => s.change && s.change.basis === 'attested' && ['changed', 'removed', 'restored'].includes(s.change.kind))
      .map((s) => ({ version: versionEntry(corpus, s.version), ref: s.version, change: s.change! }));
    const order = model.versions.indexOf(step.version);
    return [{ concept: c.id, phrase, wording, state: step.state, record: step.state.record!, version: versionEntry(corpus, step.version), ref: step.version, later, order }];
  });
  return items.sort((a, b) => a.order - b.order).map(({ order: _, ...item }) => item);
}

/** Event kinds grouped into the context lanes, in the order they are drawn. */
export const EVENT_GROUPS: { id: string; title: string; kinds: PolicyEvent['kind'][] }[] = [
  { id: 'generaldirektorer', title: 'Generaldirektörer', kinds: ['generaldirektör'] },
  { id: 'regering-och-lag', title: 'Regering, reformer och lagar', kinds: ['regleringsbrev', 'regeringsuppdrag', 'utredning', 'lag', 'reform'] },
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
export const labelWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.56);

/**
 * Events as bars (with an end) or marks, each with its label on the bar's
 * line: before the bar, after it, or (with `over`) over it when it fits
 * there, whichever lets it sit in the lowest row. Rows keep bars and labels
 * from overlapping. `label` gives the text drawn (default the title; the
 * timeline draws each event's number in its key).
 */
export function eventLayout(
  axis: TimeAxis,
  events: Entry<PolicyEvent>[],
  fontSize: number,
  { label = (e: Entry<PolicyEvent>) => e.data.title, over = true }: { label?: (e: Entry<PolicyEvent>) => string; over?: boolean } = {},
): { marks: EventMark[]; rows: number } {
  const GAP = 3;
  const ROW_GAP = 4;
  const rows: { x1: number; x2: number }[][] = [];
  const free = (row: number, e: { x1: number; x2: number }) => (rows[row] ?? []).every((o) => e.x2 + ROW_GAP <= o.x1 || o.x2 + ROW_GAP <= e.x1);
  const firstFree = (e: { x1: number; x2: number }) => {
    let row = 0;
    while (!free(row, e)) row++;
    return row;
  };
  const sorted = [...events].sort((a, b) => (dateBounds(a.data.date).earliest ?? '').localeCompare(dateBounds(b.data.date).earliest ?? ''));
  const marks = sorted.map((event): EventMark => {
    const start = placeDate(axis, event.data.date);
    const end = event.data.end ? placeDate(axis, event.data.end) : undefined;
    const x1 = start.x1;
    const x2 = Math.max(end ? end.x2 : start.x2, x1 + 2 * MARK_RADIUS);
    const width = labelWidth(label(event), fontSize);
    const candidates: { labelX: number; labelAtEnd: boolean; extent: { x1: number; x2: number } }[] = [];
    if (over && x2 - x1 >= width + 2 * GAP) candidates.push({ labelX: x1 + GAP, labelAtEnd: false, extent: { x1, x2 } });
    if (x2 + GAP + width <= axis.width) candidates.push({ labelX: x2 + GAP, labelAtEnd: false, extent: { x1, x2: x2 + GAP + width } });
    if (x1 - GAP - width >= 0) candidates.push({ labelX: x1 - GAP, labelAtEnd: true, extent: { x1: x1 - GAP - width, x2 } });
    if (candidates.length === 0) candidates.push({ labelX: x1 + GAP, labelAtEnd: false, extent: { x1, x2: Math.max(x2, x1 + GAP + width) } });
    const best = candidates.map((c) => ({ ...c, row: firstFree(c.extent) })).reduce((a, b) => (b.row < a.row ? b : a));
    (rows[best.row] ??= []).push(best.extent);
    return { event, start, end, x1, x2, labelX: best.labelX, labelAtEnd: best.labelAtEnd, row: best.row };
  });
  return { marks, rows: rows.length };
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
