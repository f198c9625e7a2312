/**
 * Process diagrams laid out at build time. ELK's layered algorithm decides
 * which row (layer) each step goes in and the order within a row; the lanes
 * are then drawn as columns, so every step sits under its actor, and the
 * transitions are routed between rows or, when they skip rows or go back, in a
 * gutter on the right where no step can be crossed. The result is plain
 * geometry that a component turns into inline SVG: no client JavaScript.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Corpus } from './corpus.ts';
import type { Process } from './schema.ts';

type Step = Process['steps'][number];
export type StepKind = Step['kind'];

/** How a step differs between two versions of a process, for marking it in both. */
export type StepMark = 'removed' | 'silent' | 'added' | 'changed';

export interface PlacedStep {
  id: string;
  kind: StepKind;
  lane: string;
  /** The mark's words, then the label, wrapped into lines as drawn. */
  lines: string[];
  /** How many of `lines` are the mark's words. */
  markLineCount: number;
  /** Baseline of the first line, centring the text in the shape. */
  textY: number;
  mark?: StepMark;
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
}

export interface PlacedTransition {
  from: string;
  to: string;
  label?: string;
  /** Polyline from the source's bottom to the target's top. */
  points: { x: number; y: number }[];
  /** Where the label's left end sits, when there is a label. */
  labelAt?: { x: number; y: number; width: number };
}

export interface PlacedLane {
  id: string;
  lines: string[];
  x: number;
  width: number;
  /** Baseline of the first line of the lane's name, left-aligned so it shows at phone width. */
  text: { x: number; y: number };
}

export interface ProcessLayout {
  width: number;
  /** The narrowest the drawing may be shown: scaled to this width its text is MIN_TEXT_PX. */
  minWidth: number;
  height: number;
  headerHeight: number;
  lanes: PlacedLane[];
  steps: PlacedStep[];
  transitions: PlacedTransition[];
}

/** Line height of the SVG text, and the baseline's distance from the top of a line. */
export const LINE = 16;
const BASELINE = 12;
/** Size of every text in the drawing, in px at natural size. */
export const TEXT_PX = 13;
/** The smallest text a reader should have to read: a drawing is scaled down only this far, then it scrolls. */
export const MIN_TEXT_PX = 12;
/** Estimated character widths of the 13px labels and italic transition labels; generous so nothing clips. */
const CHAR = 7.2;
const LABEL_CHAR = 6.9;
const BOX = { width: 160, chars: 20 };
const DIAMOND = { width: 232, chars: 16 };
const ROW_GAP = 64;
const CELL_GAP = 12;
const LANE_PAD = 10;
const HEADER_PAD = 12;
const GUTTER_STEP = 10;

/** Breaks a label into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The words a mark adds above a step's label, so a difference is never shown by colour alone. */
export function markText(mark: StepMark, version: string): string {
  return {
    removed: `Borttaget i version ${version}`,
    silent: `Version ${version}: uppgift saknas`,
    added: `Nytt i version ${version}`,
    changed: `Ändrat i version ${version}`,
  }[mark];
}

function stepBox(step: Step, markLine: string | undefined) {
  const diamond = step.kind === 'beslut';
  const shape = diamond ? DIAMOND : BOX;
  const markLines = markLine ? wrapText(markLine, shape.chars) : [];
  const lines = [...markLines, ...wrapText(step.label, shape.chars)];
  // A diamond's text must fit in its middle half, so it is twice as tall as its text.
  const height = diamond ? Math.max(88, lines.length * LINE * 2 + 16) : Math.max(48, lines.length * LINE + 24);
  return { lines, markLineCount: markLines.length, width: shape.width, height };
}

/**
 * The ELK input graph: one node per step, sized to its wrapped label, one
 * edge per transition. A process whose order is unknown gets no edges, so
 * ELK puts every step in one row and no order is drawn.
 */
export function processGraph(process: Process, marks: Map<string, string> = new Map()): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Each step as early as its predecessors allow, so a branch lines up with its siblings.
      'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    },
    children: process.steps.map((s) => {
      const { width, height } = stepBox(s, marks.get(s.id));
      return { id: s.id, width, height };
    }),
    edges: process.orderKnown
      ? process.transitions.map((t, i) => ({ id: `e${i}`, sources: [t.from], targets: [t.to] }))
      : [],
  };
}

/** Groups ELK's nodes into rows: a node starts a new row when it lies wholly below the current one. */
function rowsOf(nodes: ElkNode[]): string[][] {
  const sorted = [...nodes].sort((a, b) => a.y! - b.y! || a.x! - b.x!);
  const rows: ElkNode[][] = [];
  let bottom = -Infinity;
  for (const n of sorted) {
    if (n.y! >= bottom) rows.push([]);
    rows.at(-1)!.push(n);
    bottom = Math.max(...rows.at(-1)!.map((m) => m.y! + m.height!));
  }
  return rows.map((r) => r.sort((a, b) => a.x! - b.x!).map((n) => n.id));
}

/**
 * Lays out a process: ELK's layering, then lanes as columns and
 * transitions routed between rows. `marks` labels steps that differ from
 * another version of the process.
 */
export async function layoutProcess(
  process: Process,
  marks: Map<string, { mark: StepMark; text: string }> = new Map(),
): Promise<ProcessLayout> {
  const markLines = new Map([...marks].map(([id, m]) => [id, m.text]));
  const elk = new ELK();
  const laidOut = await elk.layout(processGraph(process, markLines));
  // With no known order every step shares one row, in the order the data lists them.
  const rows = process.orderKnown ? rowsOf(laidOut.children ?? []) : [process.steps.map((s) => s.id)];
  const stepById = new Map(process.steps.map((s) => [s.id, s]));
  const rowOf = new Map(rows.flatMap((ids, r) => ids.map((id) => [id, r] as const)));

  const boxes = new Map(process.steps.map((s) => [s.id, stepBox(s, markLines.get(s.id))]));
  // Each lane is as wide as its fullest row; a cell holds a lane's steps in one row, side by side.
  const lanes: PlacedLane[] = [];
  let x = 0;
  const cellWidth = new Map<string, number>();
  for (const lane of process.lanes) {
    const inLane = process.steps.filter((s) => s.lane === lane.id);
    const widest = Math.max(...inLane.map((s) => boxes.get(s.id)!.width));
    const perRow = Math.max(...rows.map((ids) => ids.filter((id) => stepById.get(id)!.lane === lane.id).length));
    const width = perRow * widest + (perRow - 1) * CELL_GAP + 2 * LANE_PAD;
    cellWidth.set(lane.id, widest);
    lanes.push({ id: lane.id, lines: wrapText(lane.label, Math.floor((width - 2 * HEADER_PAD) / CHAR)), x, width, text: { x: x + HEADER_PAD, y: HEADER_PAD + BASELINE } });
    x += width;
  }
  const headerHeight = Math.max(...lanes.map((l) => l.lines.length)) * LINE + 2 * HEADER_PAD;

  const steps: PlacedStep[] = [];
  let y = headerHeight + ROW_GAP / 2;
  const rowBottom: number[] = [];
  const rowTop: number[] = [];
  rows.forEach((ids, r) => {
    const height = Math.max(...ids.map((id) => boxes.get(id)!.height));
    rowTop.push(y);
    for (const lane of lanes) {
      const inCell = ids.filter((id) => stepById.get(id)!.lane === lane.id);
      inCell.forEach((id, i) => {
        const step = stepById.get(id)!;
        const box = boxes.get(id)!;
        const cell = cellWidth.get(lane.id)!;
        steps.push({
          id,
          kind: step.kind,
          lane: step.lane,
          lines: box.lines,
          markLineCount: box.markLineCount,
          textY: y + (height - box.height) / 2 + (box.height - box.lines.length * LINE) / 2 + BASELINE,
          mark: marks.get(id)?.mark,
          x: lane.x + LANE_PAD + i * (cell + CELL_GAP) + (cell - box.width) / 2,
          y: y + (height - box.height) / 2,
          width: box.width,
          height: box.height,
          row: r,
        });
      });
    }
    y += height;
    rowBottom.push(y);
    y += ROW_GAP;
  });
  const contentWidth = x;
  const placed = new Map(steps.map((s) => [s.id, s]));

  let gutterX = contentWidth + 16;
  let gutterWidth = 0;
  const transitions: PlacedTransition[] = (process.orderKnown ? process.transitions : []).map((t) => {
    const from = placed.get(t.from)!;
    const to = placed.get(t.to)!;
    const sx = from.x + from.width / 2;
    const sy = from.y + from.height;
    const tx = to.x + to.width / 2;
    const ty = to.y;
    const below = rowBottom[from.row] + ROW_GAP / 2;
    const above = rowTop[to.row] - ROW_GAP / 2;
    const label = t.label ? { width: Math.ceil(t.label.length * LABEL_CHAR) + 6 } : undefined;
    if (to.row === from.row + 1) {
      const points = sx === tx ? [{ x: sx, y: sy }, { x: tx, y: ty }] : [{ x: sx, y: sy }, { x: sx, y: below }, { x: tx, y: below }, { x: tx, y: ty }];
      return { ...t, points, labelAt: label && { x: tx + 6, y: ty - 8, width: label.width } };
    }
    // Skips rows or goes back: down to the gap below the source, along a
    // gutter right of every lane, and in from the gap above the target. The
    // label sits on the first horizontal run, which is this transition's alone.
    const gx = gutterX;
    gutterX += GUTTER_STEP;
    gutterWidth = gx - contentWidth;
    const offset = (gx - contentWidth) / 2;
    const points = [
      { x: sx, y: sy }, { x: sx, y: below + offset }, { x: gx, y: below + offset },
      { x: gx, y: above - offset }, { x: tx, y: above - offset }, { x: tx, y: ty },
    ];
    return { ...t, points, labelAt: label && { x: sx + 10, y: below + offset - 5, width: label.width } };
  });
  const rightmost = Math.max(contentWidth, ...transitions.flatMap((t) => (t.labelAt ? [t.labelAt.x + t.labelAt.width] : [])));
  const lowest = Math.max(...transitions.flatMap((t) => t.points.map((p) => p.y)), y - ROW_GAP);

  const width = Math.max(rightmost, contentWidth + gutterWidth) + 16;
  return {
    width,
    minWidth: Math.ceil((width * MIN_TEXT_PX) / TEXT_PX),
    height: lowest + 16,
    headerHeight,
    lanes,
    steps,
    transitions,
  };
}

/** Steps in reading order: row by row, and within a row lane by lane. */
export function stepsInReadingOrder(process: Process, layout: ProcessLayout): Step[] {
  const laneIndex = new Map(process.lanes.map((l, i) => [l.id, i]));
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  if (!process.orderKnown) return process.steps;
  return [...layout.steps]
    .sort((a, b) => a.row - b.row || laneIndex.get(a.lane)! - laneIndex.get(b.lane)! || a.x - b.x)
    .map((p) => byId.get(p.id)!);
}

export interface VariantDifferences {
  /** Steps only in the earlier version that a source says were removed. */
  removed: Step[];
  /** Steps only in the earlier version that the source says nothing about for the later one. */
  silent: Step[];
  /** Steps only in the later version. */
  added: Step[];
  /** Steps in both whose label or note differ: [earlier, later]. */
  changed: [Step, Step][];
}

/** What changed from `earlier` to `later`, a process record with `variantOf` pointing at `earlier`. */
export function variantDifferences(earlier: Process, later: Process): VariantDifferences {
  const laterSteps = new Map(later.steps.map((s) => [s.id, s]));
  const earlierIds = new Set(earlier.steps.map((s) => s.id));
  const removedIds = new Set(later.removedSteps.map((r) => r.step));
  const gone = earlier.steps.filter((s) => !laterSteps.has(s.id));
  return {
    removed: gone.filter((s) => removedIds.has(s.id)),
    silent: gone.filter((s) => !removedIds.has(s.id)),
    added: later.steps.filter((s) => !earlierIds.has(s.id)),
    changed: earlier.steps
      .filter((s) => laterSteps.has(s.id))
      .map((s) => [s, laterSteps.get(s.id)!] as [Step, Step])
      .filter(([a, b]) => a.label !== b.label || a.note !== b.note),
  };
}

/**
 * Marks for drawing one side of a comparison: the earlier version marks what
 * the later one removed or is silent about; the later marks what is new; both
 * mark what changed. `version` is the later version's name, as in "Nytt i version 13".
 */
export function stepMarks(differences: VariantDifferences, side: 'earlier' | 'later', version: string) {
  const changed = differences.changed.map(([a, b]) => [side === 'earlier' ? a : b, 'changed'] as [Step, StepMark]);
  const entries: [Step, StepMark][] = side === 'earlier'
    ? [...differences.removed.map((s) => [s, 'removed'] as [Step, StepMark]), ...differences.silent.map((s) => [s, 'silent'] as [Step, StepMark]), ...changed]
    : [...differences.added.map((s) => [s, 'added'] as [Step, StepMark]), ...changed];
  return new Map(entries.map(([s, mark]) => [s.id, { mark, text: markText(mark, version) }]));
}

/**
 * A process of the corpus as its diagram draws it: the marks against its
 * other version (`variantOf`, either way round) and the layout with them.
 */
export function processFigure(corpus: Pick<Corpus, 'processes'>, id: string) {
  const entry = corpus.processes.find((p) => p.id === id);
  if (!entry) throw new Error(`<ProcessDiagram> names unknown process "${id}": use a file name under content/processes/`);
  // A diagram is drawn on its process page, in guides and in diagram.css: lay it out once.
  let figure = figures.get(entry);
  if (!figure) figures.set(entry, (figure = layOutFigure(corpus, entry)));
  return figure;
}

const figures = new WeakMap<object, ReturnType<typeof layOutFigure>>();

async function layOutFigure(corpus: Pick<Corpus, 'processes'>, entry: Corpus['processes'][number]) {
  const id = entry.id;
  const process = entry.data;
  const earlier = process.variantOf ? corpus.processes.find((p) => p.id === process.variantOf) : undefined;
  const later = corpus.processes.find((p) => p.data.variantOf === id);
  const marks = earlier
    ? stepMarks(variantDifferences(earlier.data, process), 'later', process.document?.version ?? earlier.data.title)
    : later
      ? stepMarks(variantDifferences(process, later.data), 'earlier', later.data.document?.version ?? later.data.title)
      : new Map<string, { mark: StepMark; text: string }>();
  return { process, marks, layout: await layoutProcess(process, marks) };
}

/**
 * The size rules of every diagram as one stylesheet (served at
 * /processer/diagram.css): each drawing scales to its figure's width, but
 * never so far that its text falls below MIN_TEXT_PX; narrower than that it
 * scrolls, and a container query shows the cue that says so. A stylesheet of
 * its own, not an inline <style>, because the Content Security Policy allows
 * only inline code a component writes as it stands.
 */
export const diagramSizeCss = (figures: { id: string; layout: Pick<ProcessLayout, 'width' | 'minWidth'> }[]) =>
  figures
    .map(({ id, layout }) => `[data-process-figure="${id}"] .process-svg { max-width: ${layout.width}px; min-width: ${layout.minWidth}px; }
@container process (width < ${layout.minWidth + 2}px) { [data-process-figure="${id}"] .process-cue { display: block; } }`)
    .join('\n');
