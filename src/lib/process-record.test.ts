/**
 * Content tests for the process diagrams in content/: the diagrams the issue
 * asks for exist, lay out without overlaps, and the two versions of the
 * customer flows differ exactly as the source says.
 */
import { describe, expect, it } from 'vitest';
import { loadValidContent } from './validate.ts';
import { layoutProcess, variantDifferences } from './process-layout.ts';

const corpus = loadValidContent(process.env.CONTENT_DIR ?? 'content');
const byId = new Map(corpus.processes.map((p) => [p.id, p.data]));

describe('process diagrams', () => {
  it('has every diagram the issue lists', () => {
    expect([...byId.keys()].sort()).toEqual([
      'amia-syd-arbetssatt', 'avstamningsmote', 'gemensam-kartlaggning', 'kundfloden-version-12', 'kundfloden-version-13',
      'mi-fyra-processer', 'mi-inforande', 'omstallningsmote', 'redo', 'rehabiliteringskedjan', 'sassam',
    ]);
  });

  it.each([...byId.keys()])('%s lays out with no two steps overlapping', async (id) => {
    const layout = await layoutProcess(byId.get(id)!);
    for (const a of layout.steps) {
      for (const b of layout.steps) {
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it('draws SASSAM and MI:s four processes without an order, since their sources give none', () => {
    for (const id of ['sassam', 'mi-fyra-processer']) {
      expect(byId.get(id)!.orderKnown).toBe(false);
      expect(byId.get(id)!.transitions).toEqual([]);
    }
  });

  it('ties the customer flows to Process 2009:07 version 12 and 13', () => {
    expect(byId.get('kundfloden-version-12')!.document).toEqual({ id: 'process-2009-07', version: '12' });
    expect(byId.get('kundfloden-version-13')!.document).toEqual({ id: 'process-2009-07', version: '13' });
    expect(byId.get('kundfloden-version-13')!.variantOf).toBe('kundfloden-version-12');
  });

  it('has version 13 remove the initial needs assessment, change K2 and K3, and leave K1 unknown', () => {
    const d = variantDifferences(byId.get('kundfloden-version-12')!, byId.get('kundfloden-version-13')!);
    expect(d.removed.map((s) => s.id)).toEqual(['ibb']);
    expect(d.silent.map((s) => s.id)).toEqual(['k1']);
    expect(d.changed.map(([a]) => a.id)).toEqual(['k2', 'k3']);
    expect(d.added.map((s) => s.id)).toEqual(['behov-arbetslivsinriktad-rehabilitering']);
  });

  it('keeps the day limits of the rehabilitation chain in order', () => {
    const ids = byId.get('rehabiliteringskedjan')!.transitions.map((t) => `${t.from}>${t.to}`);
    expect(ids).toEqual(expect.arrayContaining(['dag-1-90>dag-91-180', 'dag-91-180>fran-dag-181', 'bortre-tidsgrans>borta-87-dagar']));
  });
});
