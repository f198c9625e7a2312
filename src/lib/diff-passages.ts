/**
 * Word-level redline between two wordings, shared by the static change pages
 * and the compare page's client script, so both show the same diff.
 * Tokens are Swedish words, spaces and punctuation from Intl.Segmenter, so a
 * compound ("arbetslivsinriktade") changes as a whole word.
 */
// The array module alone: the package index pulls in every other diff kind.
import { diffArrays } from 'diff/lib/diff/array.js';

export interface Segment {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'word' });

/** Words, runs of whitespace and punctuation marks, in order; joined they give the text back. */
export function wordTokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Beyond this many edits the texts have little in common: the diff gives up
 * and shows the whole wording as replaced, which keeps very long or very
 * different texts fast (Myers' algorithm is O(N·D)).
 */
const MAX_EDITS = 1000;

/** Appends a segment, merging it into the last one when it is of the same kind. */
function push(out: Segment[], kind: Segment['kind'], text: string) {
  if (!text) return;
  const last = out.at(-1);
  if (last?.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * Reads better: a lone space kept between two changes ("<del>a</del> <ins>b</ins>
 * <del>c</del>…") is folded into the change, so a rewritten phrase shows as one
 * deletion followed by one insertion.
 */
function foldSpaces(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'del', del);
    push(out, 'ins', ins);
    del = ins = '';
  };
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const between = s.kind === 'same' && /^\s+$/.test(s.text) && Boolean(del || ins) && next !== undefined && next.kind !== 'same';
    if (s.kind === 'del' || between) del += s.text;
    if (s.kind === 'ins' || between) ins += s.text;
    if (s.kind === 'same' && !between) {
      flush();
      push(out, 'same', s.text);
    }
  });
  flush();
  return out;
}

/** Word diff of two token lists: shared start and end cut off, then Myers' diff with a bound on edits. */
function diffTokens(out: Segment[], a: string[], b: string[]) {
  // A shared start and end is cut off first: cheap, and usually most of a text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;

  push(out, 'same', a.slice(0, start).join(''));
  const middleA = a.slice(start, a.length - end);
  const middleB = b.slice(start, b.length - end);
  const changes = diffArrays(middleA, middleB, { maxEditLength: MAX_EDITS });
  if (changes) {
    for (const c of changes) push(out, c.added ? 'ins' : c.removed ? 'del' : 'same', c.value.join(''));
  } else {
    push(out, 'del', middleA.join(''));
    push(out, 'ins', middleB.join(''));
  }
  push(out, 'same', a.slice(a.length - end).join(''));
}

/** Texts longer than this (both sides, in characters) are compared sentence by sentence first. */
const LONG_TEXT_CHARS = 2000;
const sentenceSegmenter = new Intl.Segmenter('sv', { granularity: 'sentence' });
const sentences = (text: string) => Array.from(sentenceSegmenter.segment(text), (s) => s.segment);

/**
 * For long texts: unchanged sentences are matched first, and words are
 * compared only inside a run of changed sentences, pairing them in order.
 * Word diffs stay small, so even a 300 000-character document compares
 * quickly however far apart its versions are.
 */
function diffLongText(out: Segment[], before: string, after: string) {
  const parts = diffArrays(sentences(before), sentences(after));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (!part.added && !part.removed) {
      push(out, 'same', part.value.join(''));
    } else if (part.removed && next?.added) {
      const pairs = Math.max(part.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) diffTokens(out, wordTokens(part.value[k] ?? ''), wordTokens(next.value[k] ?? ''));
      i++;
    } else {
      push(out, part.added ? 'ins' : 'del', part.value.join(''));
    }
  }
}

/** The word-level changes that turn `before` into `after`. Identical texts give one `same` segment. */
export function diffPassages(before: string, after: string): Segment[] {
  const out: Segment[] = [];
  if (before.length + after.length > LONG_TEXT_CHARS) diffLongText(out, before, after);
  else diffTokens(out, wordTokens(before), wordTokens(after));
  return foldSpaces(out);
}

/** Text made safe to put in HTML. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The redline as HTML: <ins>/<del> with a visually hidden "infogat:" /
 * "borttaget:" so screen readers announce the change, which browsers do not.
 */
export function redlineHtml(segments: Segment[]): string {
  return segments
    .map((s) =>
      s.kind === 'same'
        ? escapeHtml(s.text)
        : `<${s.kind}><span class="sr-only">${s.kind === 'ins' ? 'infogat:' : 'borttaget:'} </span>${escapeHtml(s.text)}</${s.kind}>`,
    )
    .join('');
}
