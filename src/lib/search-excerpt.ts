/**
 * Pagefind's excerpts are HTML-escaped text with the hits wrapped in
 * <mark>…</mark>. This splits one into plain-text pieces, each flagged as a
 * hit or not, keeping every character (spaces included) so the search page can
 * build DOM nodes from them without parsing markup.
 */
export interface ExcerptPiece {
  text: string;
  hit: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes (named basics and numeric); anything else stays as written. */
export function decodeEntities(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp);
    const name = semi > amp ? text.slice(amp + 1, semi) : '';
    let decoded: string | undefined;
    if (name.length > 0 && name.length <= 8) {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
      } else decoded = NAMED[name];
    }
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}

const OPEN = '<mark>';
const CLOSE = '</mark>';

/** Splits an excerpt at its <mark> tags; an unclosed <mark> runs to the end. Empty pieces are left out. */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const push = (raw: string, hit: boolean) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = pieces.at(-1);
    if (last && last.hit === hit) last.text += text;
    else pieces.push({ text, hit });
  };
  let i = 0;
  while (i < excerpt.length) {
    const open = excerpt.indexOf(OPEN, i);
    if (open < 0) break;
    push(excerpt.slice(i, open), false);
    const close = excerpt.indexOf(CLOSE, open + OPEN.length);
    const end = close < 0 ? excerpt.length : close;
    push(excerpt.slice(open + OPEN.length, end), true);
    i = close < 0 ? excerpt.length : close + CLOSE.length;
  }
  push(excerpt.slice(i), false);
  return pieces;
}
