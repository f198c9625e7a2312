/**
 * Source fidelity beyond quotations:
 *
 * - Figure check: every figure (number, percentage, date, year, document
 *   number) in a cited text must be stated in the place it cites: the
 *   section (from its heading to the next heading), plus the footnote or
 *   table the citation names. Checked texts: guide paragraphs and list items
 *   (cited by their <Cite>/<Quote>), passages' text and note, versions'
 *   summary, events' description and date, glossary meaning and expansion,
 *   statistics notes. A figure the site computed is exempt only where the
 *   record marks it derived, with how (`derived:` in YAML, <Derived how> in MDX).
 * - Unambiguous citations: a cited heading printed more than once in its
 *   source needs `parent`, and the section must be found under it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import { z } from 'astro/zod';
import type { Corpus, Entry } from './corpus.ts';
import { dateFigure, figuresIn, indexFigures, sameFigure, type Figure, type FigureIndex } from './figures.ts';
import { parseYaml } from './load-content.ts';
import { citingBlocks } from './mdx.ts';
import type { Problem } from './problems.ts';
import { citedSections } from './quote-check.ts';
import type { Citation, DerivedFigures, PartialDate } from './schema.ts';
import {
  findSection,
  footnoteText,
  headingKey,
  readSourceStructure,
  sectionText,
  tableText,
  type SectionLookup,
  type SourceStructure,
} from './source-sections.ts';

type Place = Pick<Citation, 'source' | 'section' | 'parent' | 'footnote' | 'table'>;

/** A text the figure check reads, with the places it cites and the figures it marks derived. */
export interface FigureClaim {
  file: string;
  field?: string;
  line?: number;
  /** What the text is, for messages: 'guide paragraph', 'passage "x" note', … */
  label: string;
  /** The figures, each with the line it is on when that differs from the claim's. */
  figures: (Figure & { line?: number })[];
  citations: Place[];
  /** Figures marked derived, with how; `where` says where to remove a stale mark. */
  derived: { figure: string; how?: string; field?: string; line?: number }[];
}

/** Places cited anywhere inside a record value (citation objects have `source` and `section`). */
function placesIn(value: unknown): Place[] {
  if (Array.isArray(value)) return value.flatMap(placesIn);
  if (value && typeof value === 'object') {
    const r = value as Record<string, unknown>;
    const own = typeof r.source === 'string' && typeof r.section === 'string' ? [r as unknown as Place] : [];
    return [...own, ...Object.values(r).flatMap(placesIn)];
  }
  return [];
}

const yamlLines = new Map<string, ((path: (string | number)[]) => number | undefined) | undefined>();
/** The line of a field in a YAML record file, for messages. */
function lineOfField(file: string, path: (string | number)[]): number | undefined {
  if (!yamlLines.has(file)) {
    const parsed = existsSync(file) ? parseYaml(readFileSync(file, 'utf8'), file, []) : undefined;
    yamlLines.set(file, parsed?.lineOf);
  }
  return yamlLines.get(file)?.(path);
}

const marks = (file: string, derived: DerivedFigures, path: (string | number)[]) =>
  (derived ?? []).map((d, i) => ({ figure: d.figure, how: d.how, field: [...path, 'derived', i].join('.'), line: lineOfField(file, [...path, 'derived', i]) }));

/**
 * Every text the figure check reads, from records and guides. The
 * designation of a policy document in documents/ ("Vägledning 2004:2") is
 * its name, not a figure; its version numbers are figures.
 */
export function figureClaims(corpus: Corpus): FigureClaim[] {
  const names = new Set(corpus.documents.flatMap((d) => figuresIn(d.data.name).filter((f) => f.kind === 'document-number').map((f) => f.key)));
  const isName = (f: Figure) => f.kind === 'document-number' && names.has(f.key);
  const figuresOf = (text: string) => figuresIn(text).filter((f) => !isName(f));
  const claims: FigureClaim[] = [];
  const add = (entry: Entry<unknown>, path: (string | number)[], label: string, text: string | undefined, citations: Place[], derived: FigureClaim['derived']) => {
    if (!text) return;
    claims.push({ file: entry.file, field: path.join('.'), line: lineOfField(entry.file, path), label, figures: figuresOf(text), citations, derived });
  };
  const addDate = (entry: Entry<unknown>, path: string, date: PartialDate | undefined, citations: Place[], derived: FigureClaim['derived']) => {
    const figure = date && dateFigure(date as { precision: string; value?: string });
    if (figure) claims.push({ file: entry.file, field: path, line: lineOfField(entry.file, [path]), label: `${path}`, figures: [figure], citations, derived });
  };

  for (const v of corpus.versions) {
    const all = placesIn(v.data);
    add(v, ['summary'], 'summary', v.data.summary, all, marks(v.file, v.data.derived, []));
    v.data.passages.forEach((p, i) => {
      const cited = [p.citation, ...(p.presentUntil ? [p.presentUntil.citation] : [])];
      const derived = marks(v.file, p.derived, ['passages', i]);
      add(v, ['passages', i, 'text'], `passage "${p.id}" text`, p.text, cited, derived);
      add(v, ['passages', i, 'note'], `passage "${p.id}" note`, p.note, cited, derived);
    });
  }
  for (const e of corpus.events) {
    const derived = marks(e.file, e.data.derived, []);
    add(e, ['description'], 'description', e.data.description, [e.data.citation], derived);
    addDate(e, 'date', e.data.date, [e.data.citation], derived);
    addDate(e, 'end', e.data.end, [e.data.citation], derived);
  }
  for (const g of corpus.glossary) {
    if (!g.data.citation) continue;
    const derived = marks(g.file, g.data.derived, []);
    add(g, ['meaning'], 'meaning', g.data.meaning, [g.data.citation], derived);
    add(g, ['expansion'], 'expansion', g.data.expansion, [g.data.citation], derived);
  }
  for (const s of corpus.statistics) {
    s.data.notes.forEach((n, i) => {
      add(s, ['notes', i, 'text'], 'note', n.text, [n.citation ?? s.data.citation], marks(s.file, n.derived, ['notes', i]));
    });
  }
  for (const guide of corpus.guides) {
    for (const block of citingBlocks(guide)) {
      if (block.citations.length === 0) continue; // uncited blocks are the guide check's business
      const citations = block.citations
        .filter((c) => c.attributes.source && c.attributes.section)
        .map((c) => ({ source: c.attributes.source, section: c.attributes.section, parent: c.attributes.parent, footnote: c.attributes.footnote, table: c.attributes.table }));
      const label = { paragraph: 'paragraph', listItem: 'list item', table: 'table' }[block.kind];
      const derived: FigureClaim['derived'] = [];
      const figures: FigureClaim['figures'] = [];
      for (const segment of block.segments) {
        const found = figuresOf(segment.text);
        if (segment.derived) {
          for (const f of found) derived.push({ figure: f.raw, how: segment.derived.how, line: segment.derived.line });
          if (found.length === 0) derived.push({ figure: segment.text.trim(), how: segment.derived.how, line: segment.derived.line });
        }
        for (const f of found) figures.push({ ...f, line: segment.line + segment.text.slice(0, f.index).split('\n').length - 1 });
      }
      claims.push({ file: guide.file, line: block.line, label, figures, citations, derived });
    }
  }
  return claims;
}

/** Source texts by id, read once, with the figures of each cited place indexed once. */
class Sources {
  private readonly structures = new Map<string, { structure: SourceStructure; title: string; bibliographic: string[] } | undefined>();
  private readonly places = new Map<string, { index?: FigureIndex; lookup: SectionLookup; footnoteMissing?: boolean; tableMissing?: boolean }>();
  private readonly corpus: Corpus;
  private readonly dir: string;
  constructor(corpus: Corpus, dir: string) {
    this.corpus = corpus;
    this.dir = dir;
  }

  structure(sourceId: string) {
    if (!this.structures.has(sourceId)) {
      const record = this.corpus.sources.find((s) => s.id === sourceId);
      const path = record && join(this.dir, record.data.file);
      // The source's own date and series number are part of every citation of it ("Försäkringskassan 2020").
      const bibliographic = record ? [dateAsText(record.data.date), record.data.series ?? ''] : [];
      this.structures.set(sourceId, path && existsSync(path) ? { structure: readSourceStructure(readFileSync(path, 'utf8')), title: record.data.title, bibliographic } : undefined);
    }
    return this.structures.get(sourceId);
  }

  /** The cited place: how its section resolves, and the figures it states. */
  place(p: Place) {
    const key = JSON.stringify([p.source, p.section, p.parent, p.footnote, p.table]);
    let found = this.places.get(key);
    if (!found) {
      const s = this.structure(p.source);
      if (!s) return undefined;
      const { structure } = s;
      const wholeText = p.parent === undefined && headingKey(p.section) === headingKey(s.title);
      let lookup = findSection(structure, p.section, p.parent);
      if (wholeText) lookup = { ok: true, line: 0, end: structure.lines.length, wholeText: true };
      const parts: string[] = [];
      if (lookup.ok) parts.push(sectionText(structure, lookup.line, lookup.end));
      let footnoteMissing = false;
      if (p.footnote !== undefined) {
        const text = footnoteText(structure, Number(p.footnote));
        if (text === undefined) footnoteMissing = true;
        else parts.push(text, `fotnot ${Number(p.footnote)}`);
      }
      const keys = new Set(indexFigures([...parts, ...s.bibliographic].join('\n')).keys);
      let tableMissing = false;
      if (p.table !== undefined) {
        const text = tableText(structure, String(p.table));
        if (text === undefined) tableMissing = true;
        else for (const k of indexFigures(text, { percentTable: text.includes('%') }).keys) keys.add(k);
      }
      const index = lookup.ok || parts.length > 0 || p.table !== undefined ? { keys, has: (f: Pick<Figure, 'key'>) => keys.has(f.key) } : undefined;
      found = { index, lookup, footnoteMissing, tableMissing };
      this.places.set(key, found);
    }
    return found;
  }
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** A structured date as the figure reader reads it: "2006-03-10", "april 2020", "2020". */
const dateAsText = (d: PartialDate) =>
  d.precision === 'month' ? `${MONTH_NAMES[Number(d.value.slice(5, 7)) - 1]} ${d.value.slice(0, 4)}` : d.precision === 'unknown' ? '' : d.value;

export const describePlace = (p: Place) =>
  [
    `source "${p.source}", section "${p.section}"${p.parent ? ` under "${p.parent}"` : ''}`,
    p.footnote !== undefined ? `footnote ${p.footnote}` : undefined,
    p.table !== undefined ? String(p.table) : undefined,
  ]
    .filter(Boolean)
    .join(', ');

export interface FigureProblem extends Problem {
  figure?: Figure;
}

/** Checks every figure against the places its text cites. */
export function verifyFigures(corpus: Corpus, sourcesDir: string): { checked: number; problems: FigureProblem[] } {
  const sources = new Sources(corpus, sourcesDir);
  const problems: FigureProblem[] = [];
  let checked = 0;
  const claims = figureClaims(corpus);
  for (const claim of claims) {
    const places = claim.citations.map((c) => ({ citation: c, place: sources.place(c) }));
    // A citation whose text is not at hand, or whose section does not resolve, is reported by the other checks.
    if (places.some((p) => !p.place || !p.place.lookup.ok)) continue;
    const isGuide = claim.file.endsWith('.mdx');
    for (const figure of claim.figures) {
      if (claim.derived.some((d) => sameFigure(d.figure, figure) || d.figure === figure.raw)) continue;
      checked++;
      if (places.some((p) => p.place!.index?.has(figure))) continue;
      const where = places.map((p) => describePlace(p.citation)).join('; or ');
      problems.push({
        file: claim.file,
        field: claim.field,
        line: figure.line ?? claim.line,
        figure,
        message: `${claim.label}: figure "${figure.raw}" is not in the cited place (${where}): cite the section, footnote or table that states it, correct the figure, or, if the site computed it, mark it derived with how (${isGuide ? '<Derived how="…">…</Derived>' : 'derived: [{ figure, how }]'})`,
      });
    }
  }
  return { checked, problems: [...problems, ...derivedMarkProblems(claims)] };
}

/**
 * Derived marks must say how, and must mark a figure that the text they
 * belong to contains: a stale mark is reported, so no exemption outlives
 * its figure.
 */
function derivedMarkProblems(claims: FigureClaim[]): Problem[] {
  const problems: Problem[] = [];
  const marks = new Map<FigureClaim['derived'][number], { file: string; used: boolean }>();
  for (const claim of claims) {
    for (const d of claim.derived) {
      const entry = marks.get(d) ?? { file: claim.file, used: false };
      if (claim.figures.some((f) => sameFigure(d.figure, f) || d.figure === f.raw)) entry.used = true;
      marks.set(d, entry);
    }
  }
  for (const [d, { file, used }] of marks) {
    if (!d.how?.trim()) {
      problems.push({ file, field: d.field, line: d.line, message: `derived figure "${d.figure}" does not say how it was computed: add how naming the computation and the stated figures it uses` });
    }
    if (!used) {
      problems.push({ file, field: d.field, line: d.line, message: `derived figure "${d.figure}" is not a figure of the text it belongs to: mark a figure written with digits, as it stands in the text, or remove the mark` });
    }
  }
  return problems;
}

/** Every cited section resolves to one heading: a heading printed more than once needs parent, and the section must be under it. */
export function verifyCitationsUnambiguous(corpus: Corpus, sourcesDir: string): { checked: number; problems: Problem[] } {
  const sources = new Sources(corpus, sourcesDir);
  const problems: Problem[] = [];
  const cited = citedSections(corpus);
  for (const c of cited) {
    const s = sources.structure(c.source);
    if (!s) continue;
    const place = sources.place(c)!;
    const at = (message: string, key = 'section') => {
      const field = c.field?.replace(/\.section$/, `.${key}`);
      problems.push({ file: c.file, field, line: c.line ?? lineOfCitationField(c.file, field), message });
    };
    const { lookup } = place;
    const lineList = (lines: number[]) => lines.map((l) => l + 1).join(', ');
    if (!lookup.ok) {
      if (lookup.reason === 'ambiguous') {
        const parents = lookup.lines.map((l) => candidateParent(s.structure, l)).filter(Boolean);
        at(`section "${c.section}" is printed ${lookup.lines.length} times in source "${c.source}" (lines ${lineList(lookup.lines)}): say which with parent, the heading it is under${parents.length ? ` (${parents.map((p) => `"${p}"`).join(', ')})` : ''}`);
      } else if (lookup.reason === 'parent-not-a-heading') {
        at(`parent "${c.parent}" is not a heading of source "${c.source}": use the heading printed once that the cited section is under`);
      } else if (lookup.reason === 'parent-ambiguous') {
        at(`parent "${c.parent}" is itself printed ${lookup.lines.length} times in source "${c.source}" (lines ${lineList(lookup.lines)}): use a heading printed once`);
      } else if (lookup.reason === 'not-under-parent') {
        at(`section "${c.section}" is not under parent "${c.parent}" (line ${lookup.parentLine + 1}) in source "${c.source}": correct the section or the parent`);
      } else if (lookup.reason === 'not-a-heading' && s.structure.lines.some((l) => headingKey(l) === headingKey(c.section))) {
        at(`section "${c.section}" is printed in source "${c.source}" but not as a heading (it reads as running text): cite the heading above it`);
      }
      // A section not printed at all is reported by the section check.
    }
    if (c.footnote !== undefined && place.footnoteMissing) at(`footnote ${c.footnote} is not in source "${c.source}": cite a footnote the source prints`, 'footnote');
    if (c.table !== undefined && place.tableMissing) at(`table "${c.table}" is not in source "${c.source}": name the table as its caption does (e.g. "Tabell 1")`, 'table');
  }
  return { checked: cited.length, problems };
}

/** The nearest chapter (or heading) above line `l` that the source prints once: a parent that tells the occurrence apart. */
function candidateParent(structure: SourceStructure, l: number): string | undefined {
  const above = [...structure.headings].filter((h) => h < l).reverse();
  const pool = [...above.filter((h) => structure.chapters.has(h)), ...above];
  for (const h of pool) {
    const text = structure.lines[h].trim();
    const lookup = findSection(structure, text);
    if (lookup.ok && lookup.line === h && headingKey(text) !== headingKey(structure.lines[l])) return headingKey(text);
  }
  return undefined;
}

function lineOfCitationField(file: string, field: string | undefined): number | undefined {
  if (!field || !file.endsWith('.yaml')) return undefined;
  return lineOfField(file, field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
}

/** `content/figure-check-pending.yaml`: known figure errors that are being corrected. */
export const PENDING_FILE = 'figure-check-pending.yaml';

const pendingSchema = z
  .object({
    pending: z
      .array(
        z
          .object({
            /** The record or guide, relative to the content folder ("guides/samordning/x.mdx"). */
            file: z.string().min(1),
            /** The figure as the check reports it. */
            figure: z.string().min(1),
            /** What is wrong and who is fixing it. */
            reason: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type PendingEntry = z.infer<typeof pendingSchema>['pending'][number];

/** Reads the pending list; a malformed list is a problem, not an empty list. */
export function readPending(contentDir: string): { entries: PendingEntry[]; problems: Problem[] } {
  const path = join(contentDir, PENDING_FILE);
  if (!existsSync(path)) return { entries: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = parseYamlText(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    return { entries: [], problems: [{ file: path, message: `YAML cannot be read: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = pendingSchema.safeParse(parsed);
  if (!result.success) {
    return { entries: [], problems: [{ file: path, message: `cannot be read: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Each entry needs file, figure and reason` }] };
  }
  return { entries: result.data.pending, problems: [] };
}

/**
 * Splits figure problems into those on the pending list (reported, not
 * failing) and the rest; entries that match no problem any more are stale
 * and fail, so the list empties as the content is fixed.
 */
export function applyPending(problems: FigureProblem[], entries: PendingEntry[], contentDir: string) {
  const rel = (file: string) => relative(resolve(contentDir), isAbsolute(file) ? file : resolve(file));
  const matches = (p: FigureProblem, e: PendingEntry) =>
    p.figure !== undefined && rel(p.file) === e.file && figuresIn(e.figure).some((f) => f.key === p.figure!.key);
  const pending = problems.filter((p) => entries.some((e) => matches(p, e)));
  const failing = problems.filter((p) => !pending.includes(p));
  const stale: Problem[] = entries
    .filter((e) => !problems.some((p) => matches(p, e)))
    .map((e) => ({ file: join(contentDir, PENDING_FILE), message: `entry for ${e.file}, figure "${e.figure}" matches no figure problem any more: the content is fixed, remove the entry` }));
  return { pending, failing: [...failing, ...stale] };
}
