import { describe, expect, it } from 'vitest';
import { alignPassages, type AlignInput } from './align.ts';

const p = (heading: string, text: string): AlignInput => ({ headings: [heading], text });
const kinds = (prev: AlignInput[], next: AlignInput[]) =>
  alignPassages(prev, next).map((m) => [m.kind, m.previous, m.next]).sort((a, b) => String(a).localeCompare(String(b)));

const A = 'Försäkringskassan ska samordna de rehabiliteringsåtgärder som den försäkrade behöver och följa upp dem under hela sjukfallet.';
const B = 'Avstämningsmötet är ett möte mellan den försäkrade, arbetsgivaren, hälso- och sjukvården och Försäkringskassan om arbetsförmågan.';
const C = 'Handläggaren utreder behovet av arbetslivsinriktad rehabilitering och planerar återgången i arbete tillsammans med individen.';

describe('alignPassages', () => {
  it('keeps identical wording under the same heading, and calls the same wording under another heading moved', () => {
    expect(kinds([p('1', A), p('2', B)], [p('1', A), p('3', B)])).toEqual([['identical', [0], [0]], ['moved', [1], [1]]]);
  });

  it('calls a few changed words an edit in place, with its similarity as confidence', () => {
    const [m] = alignPassages([p('1', A)], [p('1', A.replace('följa upp dem', 'aktivt följa upp dem'))]);
    expect(m.kind).toBe('changed');
    expect(m.confidence).toBeGreaterThan(0.8);
  });

  it('finds a passage split in two, and two passages merged into one', () => {
    expect(kinds([p('1', `${A} ${B}`)], [p('1', A), p('1', B)])).toEqual([['split', [0], [0, 1]]]);
    expect(kinds([p('1', A), p('1', B)], [p('1', `${A} ${B}`)])).toEqual([['merged', [0, 1], [0]]]);
  });

  it('calls a passage with no counterpart new or removed, never an edit of something unrelated', () => {
    expect(kinds([p('1', A), p('1', B)], [p('1', A), p('1', C)])).toEqual([['added', [], [1]], ['identical', [0], [0]], ['removed', [1], []]]);
  });

  it('pairs repeated identical wordings in order', () => {
    expect(kinds([p('1', A), p('2', A)], [p('1', A), p('2', A)])).toEqual([['identical', [0], [0]], ['identical', [1], [1]]]);
  });
});
