/**
 * The structure of a source text: its headings, sections, footnotes and
 * tables, so that a citation (`section`, `parent`, `footnote`, `table`) can
 * be resolved to the text it points to.
 *
 * The sources are plain-text extractions of PDFs and web articles. A heading
 * is a line of its own: a blank line before and after, no tab, at most 170
 * characters, not a footnote (¹²…), list item, quotation, figure or table
 * caption, not ending like a sentence (. , ; : or a long parenthesis such as
 * an interviewee's attribution), with no sentence break inside, and not a
 * paragraph cut by a page break (the next text line, after any footnotes,
 * does not continue in lower case or with a parenthesis). Where the source prints a table of
 * contents ("Innehåll", entries ending with a page number), its entries are
 * chapters: a section whose heading is one runs to the next heading that is
 * one, sub-headings included; any other section runs to the next heading.
 */
import { normaliseForQuote } from './quotes.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE = /^([\u00B9\u00B2\u00B3\u2070-\u2079]+)\s*(.*)$/;
const CAPTION = /^\**(Figur|Tabell)\s+\d/;
const TOC_ENTRY = /^(.+?)(?:\s*\.{2,}\s*|\t+)\s*\d+$/;

const superscriptNumber = (s: string) => Number([...s].map((c) => (c === '¹' ? 1 : c === '²' ? 2 : c === '³' ? 3 : SUPERSCRIPT_DIGITS.indexOf(c))).join(''));

/** A heading as compared: the quote check's normalisation, without a trailing footnote marker. */
export const headingKey = (text: string) =>
  normaliseForQuote(text.replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+\s*$/, '').replace(/\*+/g, ''));

export interface SourceStructure {
  lines: string[];
  /** 0-based line indexes of headings, in order. */
  headings: number[];
  /** Headings that are entries of the printed table of contents. */
  chapters: Set<number>;
  /** Footnote number → 0-based line index. */
  footnotes: Map<number, number>;
  /** Normalised first line of the source's title. */
  title: string;
  /** Heading line → its key (headingKey), computed once. */
  keys: Map<number, string>;
}

const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';

function looksLikeHeading(lines: string[], i: number): boolean {
  const text = lines[i].trim();
  if (!text || !isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return false;
  if (lines[i].includes('\t') || text.length > 170) return false;
  if (FOOTNOTE_LINE.test(text) || text.startsWith('- ') || CAPTION.test(text)) return false;
  if (/^["”“„'«]/.test(text)) return false;
  if (!/^[*_]*[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;:!]["”’]?$/.test(text)) return false;
  // A long parenthesis at the end is an attribution or a remark ("(Handläggare 2, kontor 2)"), not a heading's abbreviation ("(FaR)").
  const paren = /\(([^()]*)\)$/.exec(text);
  if (paren && paren[1].length > 12) return false;
  // A sentence break inside ("… styrningen. Som …") makes it running text.
  if (/\p{Ll}[.!?]["”’]?\s+\S/u.test(text)) return false;
  // A paragraph cut by a page break continues, after the footnotes, in lower case.
  let j = i + 1;
  while (j < lines.length && (isBlank(lines[j]) || FOOTNOTE_LINE.test(lines[j].trim()))) j++;
  if (j < lines.length && /^[\p{Ll}(,;–]/u.test(lines[j].trim())) return false;
  return true;
}

/** Reads the structure of a source text. */
export function readSourceStructure(text: string): SourceStructure {
  const lines = text.split('\n');
  const headings: number[] = [];
  const footnotes = new Map<number, number>();
  lines.forEach((line, i) => {
    const note = FOOTNOTE_LINE.exec(line.trim());
    if (note && note[2]) {
      const n = superscriptNumber(note[1]);
      if (!footnotes.has(n)) footnotes.set(n, i);
    }
    if (looksLikeHeading(lines, i)) headings.push(i);
  });

  // The table of contents: "Innehåll" followed by entries that end with a page number.
  const chapters = new Set<number>();
  const tocStart = lines.findIndex((l) => l.trim() === 'Innehåll');
  if (tocStart >= 0) {
    const entries: string[] = [];
    let i = tocStart + 1;
    let tocEnd = tocStart;
    for (; i < lines.length; i++) {
      const t = lines[i].trim();
      if (!t) {
        if (entries.length > 0) break;
        continue;
      }
      const m = TOC_ENTRY.exec(t);
      if (!m) break;
      entries.push(headingKey(m[1]));
      tocEnd = i;
    }
    // Each entry is the next heading after the previous one with the same text.
    let from = 0;
    const body = headings.filter((h) => h > tocEnd);
    for (const entry of entries) {
      const at = body.findIndex((h, k) => k >= from && headingKey(lines[h]) === entry);
      if (at >= 0) {
        chapters.add(body[at]);
        from = at + 1;
      }
    }
    // The table of contents itself is no heading and no section.
    for (let k = headings.length - 1; k >= 0; k--) if (headings[k] >= tocStart && headings[k] <= tocEnd) headings.splice(k, 1);
  }
  const first = lines.findIndex((l) => l.trim() !== '');
  const keys = new Map(headings.map((h) => [h, headingKey(lines[h])]));
  return { lines, headings, chapters, footnotes, title: first >= 0 ? headingKey(lines[first]) : '', keys };
}

/** Heading lines that print `section`. */
export function headingOccurrences(structure: SourceStructure, section: string): number[] {
  const wanted = headingKey(section);
  return structure.headings.filter((h) => structure.keys.get(h) === wanted);
}

export type SectionLookup =
  | { ok: true; line: number; end: number; wholeText: boolean }
  | { ok: false; reason: 'not-a-heading' }
  | { ok: false; reason: 'ambiguous'; lines: number[] }
  | { ok: false; reason: 'parent-not-a-heading' }
  | { ok: false; reason: 'parent-ambiguous'; lines: number[] }
  | { ok: false; reason: 'not-under-parent'; parentLine: number };

/**
 * Finds the one section a citation names. A heading printed more than once
 * needs `parent`: a heading printed once that the cited occurrence follows;
 * the section is the first occurrence of the heading after it, and no other
 * chapter of the table of contents may stand between the two.
 * A citation of the source's own title (an article without sections) names
 * the whole text.
 */
export function findSection(structure: SourceStructure, section: string, parent?: string): SectionLookup {
  const { lines, headings, chapters } = structure;
  const occurrences = headingOccurrences(structure, section);
  const endOf = (line: number) => {
    const pool = chapters.has(line) ? [...chapters].sort((a, b) => a - b) : headings;
    return pool.find((h) => h > line) ?? lines.length;
  };
  if (occurrences.length === 0) return { ok: false, reason: 'not-a-heading' };
  if (parent === undefined) {
    if (occurrences.length > 1) return { ok: false, reason: 'ambiguous', lines: occurrences };
    const line = occurrences[0];
    if (headingKey(section) === structure.title && line === lines.findIndex((l) => l.trim() !== '')) {
      return { ok: true, line, end: lines.length, wholeText: true };
    }
    return { ok: true, line, end: endOf(line), wholeText: false };
  }
  const parents = headingOccurrences(structure, parent);
  if (parents.length === 0) return { ok: false, reason: 'parent-not-a-heading' };
  if (parents.length > 1) return { ok: false, reason: 'parent-ambiguous', lines: parents };
  const parentLine = parents[0];
  const line = occurrences.find((h) => h > parentLine);
  // No other chapter of the table of contents may stand between the parent and the cited heading.
  const between = line === undefined ? undefined : [...chapters].find((h) => h > parentLine && h < line);
  if (line === undefined || between !== undefined) return { ok: false, reason: 'not-under-parent', parentLine };
  return { ok: true, line, end: endOf(line), wholeText: false };
}

/** The text of lines [from, to), without footnote lines (a footnote belongs to its citation, not to the section). */
export function sectionText(structure: SourceStructure, from: number, to: number): string {
  return structure.lines
    .slice(from, to)
    .filter((l) => !FOOTNOTE_LINE.test(l.trim()))
    .join('\n');
}

/** The text of footnote `n` (its line, and any lines that continue it before the next blank line). */
export function footnoteText(structure: SourceStructure, n: number): string | undefined {
  const at = structure.footnotes.get(n);
  if (at === undefined) return undefined;
  const { lines } = structure;
  const out = [lines[at]];
  for (let i = at + 1; i < lines.length && !isBlank(lines[i]); i++) out.push(lines[i]);
  return out.join('\n');
}

/**
 * The text of a table named like "Tabell 1": its caption (which may run over
 * two lines) and its rows (lines with tabs), up to the first line of running
 * text after the rows.
 */
export function tableText(structure: SourceStructure, table: string): string | undefined {
  const label = normaliseForQuote(table).replace(/\.$/, '');
  const { lines } = structure;
  const captionPattern = new RegExp(`^\\**${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`);
  const start = lines.findIndex((l) => captionPattern.test(l.trim()));
  if (start < 0) return undefined;
  const out = [lines[start]];
  let sawRow = false;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (l.includes('\t')) {
      sawRow = true;
      out.push(l);
    } else if (!sawRow && !CAPTION.test(l.trim())) {
      out.push(l);
    } else {
      break;
    }
  }
  return out.join('\n');
}
