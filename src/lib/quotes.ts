/**
 * Quote verification: is a quotation word for word in its source? Only the
 * artefacts of text extraction are normalised (DESIGN.md): whitespace and line
 * breaks, PDF hyphenation across breaks, typographic quotes and emphasis
 * markers. Nothing else: a changed word, letter or punctuation mark is a miss.
 */

/** Normalises text for comparison. Applied identically to quote and source. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*+/g, '')
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\u00AD/g, '')
    // A hyphen between letters, at a line break or where extraction kept one inside a word.
    .replace(/(\p{L})-[^\S\n]*\n\s*(?=\p{Ll})/gu, '$1')
    .replace(/(\p{L})-(?=\p{Ll})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QuoteMiss {
  /** The closest stretch of the source, in its original form. */
  nearest: string;
  /** 1-based line in the source where the nearest stretch starts. */
  line: number;
}

export interface SourceText {
  normalised: string;
  /** Original words with their lines, for reporting the nearest passage. */
  words: { word: string; key: string; line: number }[];
}

const wordKey = (w: string) => normaliseForQuote(w).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function prepareSource(text: string): SourceText {
  const words: SourceText['words'] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const word of lineText.split(/\s+/).filter(Boolean)) words.push({ word, key: wordKey(word), line: i + 1 });
  });
  return { normalised: normaliseForQuote(text), words };
}

/** Returns undefined when the quote is in the source, else the nearest passage. */
export function findQuote(quote: string, source: SourceText): QuoteMiss | undefined {
  const wanted = normaliseForQuote(quote);
  if (wanted && source.normalised.includes(wanted)) return undefined;
  return nearestPassage(quote, source);
}

/** The window of the source sharing the most words with the quote, in order of appearance. */
function nearestPassage(quote: string, source: SourceText): QuoteMiss {
  const keys = quote.split(/\s+/).map(wordKey).filter(Boolean);
  const size = Math.max(1, keys.length);
  const need = new Map<string, number>();
  for (const k of keys) need.set(k, (need.get(k) ?? 0) + 1);
  const have = new Map<string, number>();
  let score = 0;
  let best = { score: -1, start: 0 };
  const add = (k: string, delta: number) => {
    const before = Math.min(have.get(k) ?? 0, need.get(k) ?? 0);
    have.set(k, (have.get(k) ?? 0) + delta);
    score += Math.min(have.get(k)!, need.get(k) ?? 0) - before;
  };
  source.words.forEach((w, i) => {
    add(w.key, 1);
    if (i >= size) add(source.words[i - size].key, -1);
    const start = Math.max(0, i - size + 1);
    if (score > best.score) best = { score, start };
  });
  // Start the reported window at its first shared word, not at filler before it.
  let start = best.start;
  while (start < best.start + size - 1 && !need.has(source.words[start].key)) start++;
  const window = source.words.slice(start, start + size);
  return { nearest: window.map((w) => w.word).join(' '), line: window[0]?.line ?? 1 };
}
