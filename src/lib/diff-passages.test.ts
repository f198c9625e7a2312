import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffPassages, redlineHtml, wordTokens, type Segment } from './diff-passages.ts';

const text = (segments: Segment[], kind: Segment['kind']) => segments.filter((s) => s.kind === kind).map((s) => s.text);
/** Both sides of a diff put back together: the diff loses nothing. */
const sides = (segments: Segment[]) => ({
  before: segments.filter((s) => s.kind !== 'ins').map((s) => s.text).join(''),
  after: segments.filter((s) => s.kind !== 'del').map((s) => s.text).join(''),
});

describe('wordTokens', () => {
  it('keeps Swedish compounds whole and splits hyphens, spaces and punctuation off', () => {
    expect(wordTokens('arbetslivsinriktade')).toEqual(['arbetslivsinriktade']);
    expect(wordTokens('hälso- och  sjukvården,')).toEqual(['hälso', '-', ' ', 'och', '  ', 'sjukvården', ',']);
  });

  it('keeps abbreviations, genitives and document numbers whole', () => {
    expect(wordTokens('t.ex. EU:s 2004:2').filter((t) => t.trim())).toEqual(['t.ex', '.', 'EU:s', '2004:2']);
  });
});

describe('diffPassages', () => {
  it('marks an inserted compound as one word', () => {
    const d = diffPassages('sociala åtgärder', 'sociala och arbetslivsinriktade åtgärder');
    expect(text(d, 'ins')).toEqual(['och arbetslivsinriktade ']);
    expect(text(d, 'del')).toEqual([]);
  });

  it('changes a whole compound, not part of it', () => {
    const d = diffPassages('hälso- och sjukvården', 'hälso- och sjukvårdens');
    expect(text(d, 'del')).toEqual(['sjukvården']);
    expect(text(d, 'ins')).toEqual(['sjukvårdens']);
    expect(text(d, 'same')).toEqual(['hälso- och ']);
  });

  it('sees a hyphenated word pair change at the first part', () => {
    const d = diffPassages('hälso- och sjukvården', 'socialtjänsten och sjukvården');
    expect(text(d, 'del')).toEqual(['hälso-']);
    expect(text(d, 'ins')).toEqual(['socialtjänsten']);
  });

  it('shows punctuation changes on their own', () => {
    const d = diffPassages('ska se till, och verka för.', 'ska se till och verka för!');
    expect(text(d, 'del')).toEqual([',', '.']);
    expect(text(d, 'ins')).toEqual(['!']);
  });

  it('shows a whitespace change without touching the words', () => {
    const d = diffPassages('samordning  och samverkan', 'samordning och samverkan');
    expect(text(d, 'del')).toEqual(['  ']);
    expect(text(d, 'ins')).toEqual([' ']);
    expect(sides(d)).toEqual({ before: 'samordning  och samverkan', after: 'samordning och samverkan' });
  });

  it('folds a rewritten phrase into one deletion and one insertion', () => {
    const d = diffPassages('ska ta initiativ till åtgärder', 'ska utöva tillsyn över åtgärder');
    expect(d).toEqual([
      { kind: 'same', text: 'ska ' },
      { kind: 'del', text: 'ta initiativ till' },
      { kind: 'ins', text: 'utöva tillsyn över' },
      { kind: 'same', text: ' åtgärder' },
    ]);
  });

  it('gives identical texts as one unchanged segment', () => {
    expect(diffPassages('Samverkan ger förtroende.', 'Samverkan ger förtroende.')).toEqual([{ kind: 'same', text: 'Samverkan ger förtroende.' }]);
  });

  it('handles empty texts', () => {
    expect(diffPassages('', '')).toEqual([]);
    expect(diffPassages('', 'ny text')).toEqual([{ kind: 'ins', text: 'ny text' }]);
    expect(diffPassages('gammal text', '')).toEqual([{ kind: 'del', text: 'gammal text' }]);
  });

  it('finds the 2007 clarification in the record of version 6 and 7', () => {
    const wording = (v: string) =>
      parse(readFileSync(`content/documents/vagledning-2004-2/versions/${v}.yaml`, 'utf8')).passages.find(
        (p: { id: string }) => p.id === 'sammanfogning-av-atgarder',
      ).text as string;
    const d = diffPassages(wording('6'), wording('7'));
    expect(text(d, 'ins').join('|')).toContain('medicinska, sociala och arbetslivsinriktade');
    expect(sides(d)).toEqual({ before: wording('6'), after: wording('7') });
  });

  it('compares a 300 000 character text with itself nearly unchanged and with a wholly different one', () => {
    const words = 'samordning samverkan rehabilitering förtroende arbetsförmåga avstämningsmöte'.split(' ');
    const long = (seed: number) =>
      Array.from({ length: 40_000 }, (_, i) => words[(i * seed + (i >> 3)) % words.length]).join(' ').slice(0, 300_000);
    const a = long(7);
    const b = `${a.slice(0, 150_000)} infogat ord ${a.slice(150_000)}`;
    const c = long(11);
    expect(a.length).toBeGreaterThanOrEqual(300_000);
    const near = diffPassages(a, b);
    const far = diffPassages(a, c);
    expect(text(near, 'ins').join('')).toContain('infogat ord');
    expect(sides(far)).toEqual({ before: a, after: c });
  });

  it('compares a long document sentence by sentence, still marking single changed words', () => {
    const sentence = (i: number, word: string) => `Handläggaren ${word} mötet nummer ${i}.`;
    const before = Array.from({ length: 3000 }, (_, i) => sentence(i, 'kallar till')).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => sentence(i, i % 10 === 0 ? 'bokar' : 'kallar till')).join(' ');
    const segments = diffPassages(before, after);
    expect(sides(segments)).toEqual({ before, after });
    expect(text(segments, 'ins')).toHaveLength(300);
    expect(new Set(text(segments, 'ins'))).toEqual(new Set(['bokar']));
    expect(new Set(text(segments, 'del'))).toEqual(new Set(['kallar till']));
  });

  it('does not pair sentences one by one when one was removed and another added in the same stretch', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Samverkan sker i möte ${i}.`).join(' ');
    const before = `${filler} Handläggaren ringer arbetsgivaren om planen. Läkaren skriver ett intyg om arbetsförmågan. ${filler}`;
    const after = `${filler} Läkaren skriver ett nytt intyg om arbetsförmågan. Kommunen erbjuder stöd till den försäkrade i sin vardag. ${filler}`;
    const segments = diffPassages(before, after);
    expect(sides(segments)).toEqual({ before, after });
    expect(text(segments, 'del').join('|')).toContain('Handläggaren ringer arbetsgivaren om planen.');
    expect(text(segments, 'same')[0]).toContain('Samverkan sker i möte 59.');
    expect(text(segments, 'ins').join('|')).toContain('Kommunen erbjuder stöd till den försäkrade i sin vardag');
  });

  it('still marks single words in a long text when an edit joins two sentences', () => {
    const before = Array.from({ length: 100 }, (_, i) => `Mötet nummer ${i} hålls i samverkan.`).join(' ');
    // Sentence 50 loses its full stop and so runs into sentence 51: the sentences no longer pair one to one.
    const after = before.replace('nummer 50 hålls i samverkan.', 'nummer 50 hålls i samverkan och').replace('nummer 70 hålls', 'nummer 70 planeras');
    const segments = diffPassages(before, after);
    expect(sides(segments)).toEqual({ before, after });
    expect(text(segments, 'del')).toEqual(['.', 'hålls']);
    expect(text(segments, 'ins')).toEqual([' och', 'planeras']);
  });
});

describe('redlineHtml', () => {
  it('marks changes with ins/del and hidden text for screen readers, escapes the text, and keeps removed words and labels out of search', () => {
    expect(redlineHtml([{ kind: 'same', text: 'a < b ' }, { kind: 'ins', text: 'ny' }, { kind: 'del', text: 'gammal' }])).toBe(
      'a &lt; b <ins><span class="sr-only" data-pagefind-ignore>infogat: </span>ny</ins><del data-pagefind-ignore><span class="sr-only" data-pagefind-ignore>borttaget: </span>gammal</del>',
    );
  });

});

