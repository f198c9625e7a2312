/**
 * Word-level redline between two wordings, shared by the static change pages
 * and the compare page's client script, so both show the same diff.
 * Tokens are whole words, runs of whitespace and single punctuation marks,
 * so a compound ("arbetslivsinriktade") changes as a whole word.
 */
import { editScript } from './edit-script.ts';

export interface Segment {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

// A word is letters, digits and marks, kept whole across an inner ":" or "." or
// apostrophe ("EU:s", "t.ex", "2004:2"). A regular expression rather than
// Intl.Segmenter: it gives the same words for Swedish and is many times faster.
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:[.:'’][\p{L}\p{M}\p{N}_]+)*|\s+|./gsu;

/** Words, runs of whitespace and single punctuation marks, in order; joined they give the text back. */
export const wordTokens = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * The text cut after each run of full stops, question or exclamation marks
 * that ends the text or is followed by whitespace (kept with the sentence
 * before it); joined they give the text back. Marks inside a word ("t.ex",
 * "2.5") do not cut, and a run of marks is taken whole, so matching cannot backtrack.
 */
const SENTENCE = /[^.!?…]*(?:[.!?…]+(?![\s.!?…]|$)[^.!?…]*)*(?:[.!?…]+\s*|$)/g;
const sentences = (text: string): string[] => (text.match(SENTENCE) ?? []).filter(Boolean);

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

const isSpaceAt = (text: string, at: number) => /\s/.test(text.charAt(at));

/** The whitespace both texts begin with (`end` false) or end with (`end` true), if it is the same. */
function sharedSpace(a: string, b: string, end: boolean): string {
  // Cheap check first: this runs for every change.
  if (!a || !b || !isSpaceAt(a, end ? a.length - 1 : 0) || !isSpaceAt(b, end ? b.length - 1 : 0)) return '';
  const edge = end ? /\s+$/ : /^\s+/;
  const found = edge.exec(a)![0];
  return found === edge.exec(b)![0] ? found : '';
}

/**
 * Reads better: a short unchanged stretch between two changes, no longer than
 * either of them (a space, or a common word like "om" that two different
 * sentences share), is folded into the changes, so a rewritten phrase shows
 * as one deletion followed by one insertion, with no space at either end that
 * both sides share. This is the semantic clean-up of diff-match-patch.
 */
function foldShortSames(segments: Segment[]): Segment[] {
  // The size of the change that starts at each index: the longer of its deleted and inserted text.
  const changeAt = new Array<number>(segments.length + 1).fill(0);
  const [delAt, insAt] = [changeAt.slice(), changeAt.slice()];
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (s.kind === 'same') continue;
    delAt[i] = delAt[i + 1] + (s.kind === 'del' ? s.text.length : 0);
    insAt[i] = insAt[i + 1] + (s.kind === 'ins' ? s.text.length : 0);
    changeAt[i] = Math.max(delAt[i], insAt[i]);
  }
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    const [head, tail] = [sharedSpace(del, ins, false), sharedSpace(del, ins, true)];
    if (del.length > head.length + tail.length && ins.length > head.length + tail.length) {
      push(out, 'same', head);
      push(out, 'del', del.slice(head.length, del.length - tail.length));
      push(out, 'ins', ins.slice(head.length, ins.length - tail.length));
      push(out, 'same', tail);
    } else {
      push(out, 'del', del);
      push(out, 'ins', ins);
    }
    del = ins = '';
  };
  segments.forEach((s, i) => {
    const short = s.kind === 'same' && s.text.length <= Math.max(del.length, ins.length) && s.text.length <= changeAt[i + 1];
    if (s.kind === 'del' || short) del += s.text;
    if (s.kind === 'ins' || short) ins += s.text;
    if (s.kind === 'same' && !short) {
      flush();
      push(out, 'same', s.text);
    }
  });
  flush();
  return out;
}

/**
 * Word diff of two token lists: the shortest edit script within a bound on
 * edits (beyond it, the whole of `a` replaced by the whole of `b`). Text is
 * put together a run at a time, so the work per word is only the comparing.
 */
function diffTokens(out: Segment[], a: string[], b: string[], runs = editScript(a, b, MAX_EDITS)) {
  if (!runs) {
    push(out, 'del', a.join(''));
    push(out, 'ins', b.join(''));
    return;
  }
  let [i, j] = [0, 0];
  const text = (tokens: string[], from: number, count: number) => (count === 1 ? tokens[from] : tokens.slice(from, from + count).join(''));
  for (const { kind, count } of runs) {
    if (kind === 'ins') push(out, kind, text(b, j, count));
    else push(out, kind, text(a, i, count));
    if (kind !== 'del') j += count;
    if (kind !== 'ins') i += count;
  }
}

/**
 * Two sentences as the text they begin and end with alike, and the tokens of
 * what lies between. Only the middle is cut into words, which saves most of
 * the work when a sentence changed in a word or two; the shared ends are cut
 * at a space, so no word is split.
 */
function sharedEnds(a: string, b: string) {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start < shorter || a.length !== b.length) start = start > 0 ? a.lastIndexOf(' ', start - 1) + 1 : 0;
  let end = 0;
  while (end < shorter - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  const cut = end > 0 ? a.indexOf(' ', a.length - end) : -1;
  const tail = cut < 0 ? '' : a.slice(cut);
  return {
    head: a.slice(0, start),
    before: wordTokens(a.slice(start, a.length - tail.length)),
    after: wordTokens(b.slice(start, b.length - tail.length)),
    tail,
    // Edits allowed for "edited in place": about a quarter of the pair's tokens, at some four characters a token.
    inPlace: (a.length + b.length) >> 4,
  };
}

/**
 * A stretch of changed sentences. When each side has as many sentences and
 * most were edited in place, they are compared pair by pair: much less work
 * than the whole stretch at once, and the same redline. A quarter of the
 * tokens is the bound for "in place" because spaces and common words match
 * even between unrelated sentences. Otherwise an edit joined, split, moved or
 * rewrote sentences, and pairing them would misalign, so the stretch is compared whole.
 */
function diffChangedSentences(out: Segment[], a: string[], b: string[]) {
  if (a.length === b.length && a.length > 1) {
    const pairs = a.map((sentence, k) => {
      const pair = sharedEnds(sentence, b[k]);
      return { ...pair, runs: editScript(pair.before, pair.after, pair.inPlace) };
    });
    if (4 * pairs.filter((p) => p.runs).length >= 3 * pairs.length) {
      for (const { head, before, after, tail, runs } of pairs) {
        push(out, 'same', head);
        diffTokens(out, before, after, runs ?? editScript(before, after, MAX_EDITS));
        push(out, 'same', tail);
      }
      return;
    }
  }
  diffTokens(out, wordTokens(a.join('')), wordTokens(b.join('')));
}

/** Texts longer than this (both sides, in characters) are compared sentence by sentence first. */
const LONG_TEXT_CHARS = 2000;

/**
 * For long texts: unchanged sentences are matched first, and words are
 * compared only inside each stretch of changed sentences, so even a
 * 300 000-character document compares quickly however far apart its versions are.
 */
function diffLongText(out: Segment[], before: string, after: string) {
  const [a, b] = [sentences(before), sentences(after)];
  let [i, j] = [0, 0];
  let [changedFrom, changedTo] = [0, 0];
  const flushChanged = () => {
    if (i > changedFrom || j > changedTo) diffChangedSentences(out, a.slice(changedFrom, i), b.slice(changedTo, j));
  };
  // Beyond the bound the sentences have little in common: one stretch, compared as such.
  const runs = editScript(a, b, MAX_EDITS) ?? [
    { kind: 'del', count: a.length },
    { kind: 'ins', count: b.length },
  ];
  for (const { kind, count } of runs) {
    if (kind === 'same') {
      flushChanged();
      push(out, 'same', a.slice(i, (i += count)).join(''));
      j += count;
      [changedFrom, changedTo] = [i, j];
    } else if (kind === 'del') i += count;
    else j += count;
  }
  flushChanged();
}

/** The word-level changes that turn `before` into `after`. Identical texts give one `same` segment. */
export function diffPassages(before: string, after: string): Segment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const out: Segment[] = [];
  if (before.length + after.length > LONG_TEXT_CHARS) diffLongText(out, before, after);
  else diffTokens(out, wordTokens(before), wordTokens(after));
  return foldShortSames(out);
}

/** Text made safe to put in HTML. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The redline as HTML: <ins>/<del> with a visually hidden "infogat:" /
 * "borttaget:" so screen readers announce the change, which browsers do not.
 * Search indexes what the redline leads to, not the removed words (found where
 * they were current) or the labels.
 */
export function redlineHtml(segments: Segment[]): string {
  return segments
    .map((s) =>
      s.kind === 'same'
        ? escapeHtml(s.text)
        : `<${s.kind}${s.kind === 'del' ? ' data-pagefind-ignore' : ''}><span class="sr-only" data-pagefind-ignore>${s.kind === 'ins' ? 'infogat:' : 'borttaget:'} </span>${escapeHtml(s.text)}</${s.kind}>`,
    )
    .join('');
}
