import { describe, expect, it } from 'vitest';
import { processSchema, type Process } from './schema.ts';
import { diagramSizeCss, layoutProcess, processGraph, stepMarks, stepsInReadingOrder, variantDifferences, wrapText } from './process-layout.ts';

const cite = { source: 'kalla', section: 'Inledning' };
const process = (data: unknown): Process => processSchema.parse({ title: 'Flöde', description: 'Ett flöde.', citation: cite, ...(data as object) });

const flow = process({
  lanes: [{ id: 'vard', label: 'Vårdgivaren' }, { id: 'fk', label: 'Försäkringskassan' }],
  steps: [
    { id: 'initiativ', kind: 'start', label: 'Tar initiativ', lane: 'vard' },
    { id: 'avgor', kind: 'beslut', label: 'Ska ett möte hållas?', lane: 'fk' },
    { id: 'samtycke', label: 'Samtycke', lane: 'fk' },
    { id: 'kallelse', label: 'Kallelse', lane: 'fk' },
    { id: 'mote', label: 'Möte', lane: 'fk' },
    { id: 'klart', kind: 'slut', label: 'Dokumenterat', lane: 'vard' },
  ],
  transitions: [
    { from: 'initiativ', to: 'avgor' },
    { from: 'avgor', to: 'samtycke', label: 'ja' },
    { from: 'avgor', to: 'kallelse', label: 'ja' },
    { from: 'samtycke', to: 'mote' },
    { from: 'kallelse', to: 'mote' },
    { from: 'mote', to: 'klart' },
    { from: 'mote', to: 'avgor', label: 'nytt möte' },
  ],
});

describe('wrapText', () => {
  it('breaks at spaces and keeps each line within the limit', () => {
    expect(wrapText('Hämtar in den försäkrades samtycke', 16)).toEqual(['Hämtar in den', 'försäkrades', 'samtycke']);
  });
  it('keeps a word longer than the limit whole', () => {
    expect(wrapText('samordningsuppdraget', 10)).toEqual(['samordningsuppdraget']);
  });
});

describe('processGraph', () => {
  it('has one node per step and one edge per transition', () => {
    const graph = processGraph(flow);
    expect(graph.children?.map((n) => n.id)).toEqual(flow.steps.map((s) => s.id));
    expect(graph.edges?.map((e) => [e.sources[0], e.targets[0]])).toEqual(flow.transitions.map((t) => [t.from, t.to]));
    expect(graph.layoutOptions?.['elk.algorithm']).toBe('layered');
  });
  it('draws a decision larger than a step, so its label fits inside the diamond', () => {
    const [, decision, step] = processGraph(flow).children!;
    expect(decision.width!).toBeGreaterThan(step.width!);
    expect(decision.height!).toBeGreaterThan(step.height!);
  });
  it('gives a process with no known order no edges', () => {
    const unordered = process({ ...flow, orderKnown: false, transitions: [] });
    expect(processGraph(unordered).edges).toEqual([]);
  });
});

describe('layoutProcess', () => {
  it('places every step once, inside its lane column, with no two steps overlapping', async () => {
    const layout = await layoutProcess(flow);
    expect(layout.steps.map((s) => s.id).sort()).toEqual(flow.steps.map((s) => s.id).sort());
    for (const step of layout.steps) {
      const lane = layout.lanes.find((l) => l.id === step.lane)!;
      expect(step.x).toBeGreaterThanOrEqual(lane.x);
      expect(step.x + step.width).toBeLessThanOrEqual(lane.x + lane.width);
      expect(step.y).toBeGreaterThanOrEqual(layout.headerHeight);
    }
    for (const a of layout.steps) {
      for (const b of layout.steps) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('puts lanes side by side in data order and steps in rows following the transitions', async () => {
    const layout = await layoutProcess(flow);
    expect(layout.lanes.map((l) => l.id)).toEqual(['vard', 'fk']);
    expect(layout.lanes[1].x).toBe(layout.lanes[0].x + layout.lanes[0].width);
    const row = (id: string) => layout.steps.find((s) => s.id === id)!.row;
    expect(row('initiativ')).toBeLessThan(row('avgor'));
    expect(row('samtycke')).toBe(row('kallelse'));
    expect(row('avgor')).toBeLessThan(row('samtycke'));
    expect(row('mote')).toBeLessThan(row('klart'));
  });

  it('routes each transition from the bottom of its source to the top of its target, inside the drawing', async () => {
    const layout = await layoutProcess(flow);
    const at = new Map(layout.steps.map((s) => [s.id, s]));
    for (const t of layout.transitions) {
      const [first, last] = [t.points[0], t.points.at(-1)!];
      const from = at.get(t.from)!;
      const to = at.get(t.to)!;
      expect(first).toEqual({ x: from.x + from.width / 2, y: from.y + from.height });
      expect(last).toEqual({ x: to.x + to.width / 2, y: to.y });
      for (const p of t.points) {
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
      if (t.labelAt) expect(t.labelAt.x + t.labelAt.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('routes a transition back to an earlier row through the gutter right of the lanes', async () => {
    const layout = await layoutProcess(flow);
    const back = layout.transitions.find((t) => t.from === 'mote' && t.to === 'avgor')!;
    const lanesEnd = Math.max(...layout.lanes.map((l) => l.x + l.width));
    expect(Math.max(...back.points.map((p) => p.x))).toBeGreaterThan(lanesEnd);
  });

  it('puts every step of an unordered process in one row, in data order, with no transitions', async () => {
    const unordered = process({ ...flow, orderKnown: false, transitions: [] });
    const layout = await layoutProcess(unordered);
    expect(new Set(layout.steps.map((s) => s.row))).toEqual(new Set([0]));
    expect(layout.transitions).toEqual([]);
    expect(stepsInReadingOrder(unordered, layout).map((s) => s.id)).toEqual(unordered.steps.map((s) => s.id));
  });

  it('reads row by row and, within a row, lane by lane', async () => {
    const layout = await layoutProcess(flow);
    expect(stepsInReadingOrder(flow, layout).map((s) => s.id)).toEqual(['initiativ', 'avgor', 'samtycke', 'kallelse', 'mote', 'klart']);
  });

  it('adds a mark as the first line of the step it marks', async () => {
    const layout = await layoutProcess(flow, new Map([['mote', { mark: 'added' as const, text: 'Nytt i version 2' }]]));
    const mote = layout.steps.find((s) => s.id === 'mote')!;
    expect(mote.mark).toBe('added');
    expect(mote.lines[0]).toBe('Nytt i version 2');
  });
});

describe('variant differences', () => {
  const lanes = [{ id: 'fk', label: 'Försäkringskassan' }];
  const v12 = process({
    document: { id: 'process-2009-07', version: '12' },
    lanes,
    steps: [
      { id: 'nytt', kind: 'start', label: 'Nytt ärende', lane: 'fk' },
      { id: 'ibb', kind: 'beslut', label: 'IBB', lane: 'fk' },
      { id: 'k1', label: 'K1', lane: 'fk' },
      { id: 'k3', label: 'K3', lane: 'fk', note: 'Från utredning till planering.' },
    ],
    transitions: [{ from: 'nytt', to: 'ibb' }, { from: 'ibb', to: 'k1' }, { from: 'ibb', to: 'k3' }],
  });
  const v13 = process({
    document: { id: 'process-2009-07', version: '13' },
    variantOf: 'v12',
    removedSteps: [{ step: 'ibb', citation: cite }],
    lanes,
    steps: [
      { id: 'nytt', kind: 'start', label: 'Nytt ärende', lane: 'fk' },
      { id: 'behov', kind: 'beslut', label: 'Behov?', lane: 'fk' },
      { id: 'k3', label: 'K3', lane: 'fk', note: 'När behovet ska utredas.' },
    ],
    transitions: [{ from: 'nytt', to: 'behov' }, { from: 'behov', to: 'k3' }],
  });

  it('separates steps a source says were removed from steps it is silent about', () => {
    const d = variantDifferences(v12, v13);
    expect(d.removed.map((s) => s.id)).toEqual(['ibb']);
    expect(d.silent.map((s) => s.id)).toEqual(['k1']);
    expect(d.added.map((s) => s.id)).toEqual(['behov']);
    expect(d.changed.map(([a, b]) => [a.note, b.note])).toEqual([['Från utredning till planering.', 'När behovet ska utredas.']]);
  });

  it('marks removals on the earlier version, additions on the later one and changes on both, in words', () => {
    const d = variantDifferences(v12, v13);
    expect([...stepMarks(d, 'earlier', '13')]).toEqual([
      ['ibb', { mark: 'removed', text: 'Borttaget i version 13' }],
      ['k1', { mark: 'silent', text: 'Version 13: uppgift saknas' }],
      ['k3', { mark: 'changed', text: 'Ändrat i version 13' }],
    ]);
    expect([...stepMarks(d, 'later', '13')]).toEqual([
      ['behov', { mark: 'added', text: 'Nytt i version 13' }],
      ['k3', { mark: 'changed', text: 'Ändrat i version 13' }],
    ]);
  });
});

describe('diagramSizeCss', () => {
  it('lets each drawing shrink to its text limit and shows the cue only below it', () => {
    const css = diagramSizeCss([{ id: 'motet', layout: { width: 872, minWidth: 805 } }]);
    expect(css).toContain('[data-process-figure="motet"] .process-svg { max-width: 872px; min-width: 805px; }');
    expect(css).toContain('@container process (width < 807px) { [data-process-figure="motet"] .process-cue { display: block; } }');
  });
});
