/**
 * One version's full text into the content model: split into passages,
 * aligned with the previous known version so each passage keeps its
 * predecessor's id, and written as a version record (every passage the
 * version's own wording, `quoted`, cited to the imported text), a source
 * record for the text, the text itself, and a review report. Pure: it
 * returns the files to write; scripts/import.ts writes them.
 */
import type { Corpus } from '../corpus.ts';
import type { Passage, PartialDate } from '../schema.ts';
import { stringify } from 'yaml';
import { orderedVersions, versionName } from '../versions.ts';
import { alignPassages, REVIEW_BELOW, type Match } from './align.ts';
import { plainText, splitFullText, type FullTextFormat, type SplitPassage } from './split.ts';

export interface ImportOptions {
  document: string;
  version: number;
  format: FullTextFormat;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the editor knows it; unknown when left out. */
  decided?: string;
  /** Id of the source record to write; `fulltext-<document>-<version>` by default. */
  source?: string;
  /** Where the text was obtained (an address or a description). */
  obtained: string;
  publisher: string;
  /** Name of the imported file, for the source record's description. */
  fileName: string;
}

export interface ImportResult {
  /** Paths relative to the content folder, with their contents. */
  files: Map<string, string>;
  /** The review report as Markdown: every match, low confidence first. */
  report: string;
  matches: ReviewRow[];
}

export interface ReviewRow {
  kind: Match['kind'];
  confidence: number;
  /** Passage ids in the previous version and in this one. */
  previous: string[];
  next: string[];
  heading: string;
}

export class ImportError extends Error {}

const toSlug = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '') || 'stycke';

function decidedOf(value: string | undefined): PartialDate {
  if (!value) return { precision: 'unknown' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { precision: 'day', value };
  if (/^\d{4}-\d{2}$/.test(value)) return { precision: 'month', value };
  if (/^\d{4}$/.test(value)) return { precision: 'year', value };
  throw new ImportError(`--decided "${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or leave it out when the date is unknown`);
}

export function importVersion(corpus: Corpus, text: string, options: ImportOptions): ImportResult {
  const doc = corpus.documents.find((d) => d.id === options.document);
  if (!doc) throw new ImportError(`unknown document "${options.document}": use one of ${corpus.documents.map((d) => d.id).join(', ')}`);
  const versions = orderedVersions(corpus, doc.id);
  if (versions.some((v) => v.data.number === options.version || v.id === String(options.version))) {
    throw new ImportError(`${doc.data.name} already has version ${options.version}: choose another number, or remove content/documents/${doc.id}/versions/${options.version}.yaml first`);
  }
  const sourceId = options.source ?? `fulltext-${doc.id}-${options.version}`;
  if (corpus.sources.some((s) => s.id === sourceId)) throw new ImportError(`a source "${sourceId}" already exists: give --source another id`);
  const decided = decidedOf(options.decided);

  let passages: SplitPassage[];
  try {
    passages = splitFullText(text, options.format);
  } catch (error) {
    throw new ImportError(`${options.fileName} ${(error as Error).message}`);
  }

  // The previous known version is the nearest earlier numbered one; only its own wording (quoted) is aligned with.
  const previousVersion = versions.filter((v) => v.data.number !== null && v.data.number < options.version).at(-1);
  const previous = (previousVersion?.data.passages ?? []).filter((p) => p.status === 'quoted' && p.text);
  const matches = alignPassages(
    previous.map((p) => ({ headings: [p.citation.section], text: p.text! })),
    passages.map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })),
  );

  // Ids: a passage keeps its predecessor's; a new one gets its heading and place, never an id the document has used.
  const taken = new Set(versions.flatMap((v) => v.data.passages.map((p) => p.id)));
  const fresh = (p: SplitPassage) => {
    const base = `${toSlug(p.headings.at(-1)!)}-${p.paragraph}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const ids = new Array<string>(passages.length);
  for (const m of matches) {
    if (m.next.length === 0) continue;
    const kept = m.previous.length ? previous[m.previous[0]].id : undefined;
    m.next.forEach((j, k) => (ids[j] = k === 0 && kept ? kept : fresh(passages[j])));
  }

  const citation = (section: string) => ({ source: sourceId, section });
  const records: Passage[] = passages.map((p, j) => ({
    id: ids[j],
    title: `${p.headings.at(-1)}, stycke ${p.paragraph}`,
    status: 'quoted',
    text: p.text,
    citation: citation(p.headings.at(-1)!),
  }));
  // A passage of the previous version that this full text does not have is absent from it: the whole text is here.
  const firstHeading = passages[0].headings[0];
  for (const m of matches) {
    const gone = m.kind === 'removed' ? m.previous : m.kind === 'merged' ? m.previous.slice(1) : [];
    for (const i of gone) {
      const into = m.kind === 'merged' ? ids[m.next[0]] : undefined;
      records.push({
        id: previous[i].id,
        title: previous[i].title,
        status: 'absent',
        citation: citation(into ? passages[m.next[0]].headings.at(-1)! : firstHeading),
        note: into ? `Sammanslagen med ${into} i den importerade fulltexten.` : 'Finns inte i den importerade fulltexten.',
      });
    }
  }

  const textFile = `fulltext/${doc.id}-${options.version}.txt`;
  const versionRecord = {
    number: options.version,
    decided,
    ...(decided.precision === 'unknown' ? {} : { dateCitation: citation(firstHeading) }),
    summary: `Fulltexten till version ${options.version}, importerad från ${options.fileName}.${
      previousVersion ? ` Styckena är matchade mot ${versionName(previousVersion)}.` : ''
    }`,
    passages: records,
  };
  const sourceRecord = {
    title: `${doc.data.name}, version ${options.version} (fulltext)`,
    kind: 'fulltext',
    publisher: options.publisher,
    date: decided,
    file: textFile,
    fulltextOf: { document: doc.id, version: String(options.version), obtained: options.obtained },
    description: `Fulltexten till version ${options.version} av ${doc.data.name}, importerad från ${options.fileName} och uppdelad i stycken under sina rubriker.`,
  };

  const rows: ReviewRow[] = matches.map((m) => ({
    kind: m.kind,
    confidence: m.confidence,
    previous: m.previous.map((i) => previous[i].id),
    next: m.next.map((j) => ids[j]),
    heading: (m.next.length ? passages[m.next[0]].headings : [previous[m.previous[0]].citation.section]).join(' › '),
  }));
  rows.sort((a, b) => Number(a.confidence >= REVIEW_BELOW) - Number(b.confidence >= REVIEW_BELOW) || a.confidence - b.confidence);
  const report = reviewReport(doc.data.name, options.version, previousVersion ? versionName(previousVersion) : undefined, rows);

  const files = new Map<string, string>([
    [`documents/${doc.id}/versions/${options.version}.yaml`, stringify(versionRecord, { lineWidth: 0 })],
    [`sources/${sourceId}.yaml`, stringify(sourceRecord, { lineWidth: 0 })],
    [textFile, plainText(passages)],
    [`documents/${doc.id}/imports/${options.version}.md`, report],
  ]);
  return { files, report, matches: rows };
}

/** The Swedish word for each kind, in the review report authors read. */
const KIND_LABEL: Record<Match['kind'], string> = {
  identical: 'oförändrad', moved: 'flyttad', changed: 'ändrad', split: 'delad', merged: 'sammanslagen', added: 'ny', removed: 'borttagen',
};

function reviewReport(document: string, version: number, previous: string | undefined, rows: ReviewRow[]): string {
  const review = rows.filter((r) => r.confidence < REVIEW_BELOW);
  const counts = Object.entries(Object.groupBy(rows, (r) => KIND_LABEL[r.kind])).map(([k, v]) => `${v!.length} ${k}`).join(', ');
  const line = (r: ReviewRow) => `| ${KIND_LABEL[r.kind]} | ${r.confidence.toFixed(2).replace('.', ',')} | ${r.previous.join(', ') || '–'} | ${r.next.join(', ') || '–'} | ${r.heading.replace(/\|/g, '\\|')} |`;
  return [
    `# Import: ${document}, version ${version}`,
    '',
    previous ? `Matchad mot ${previous}: ${counts}.` : `Ingen tidigare version att matcha mot: alla ${rows.length} stycken är nya.`,
    `${review.length} ${review.length === 1 ? 'matchning' : 'matchningar'} med säkerhet under ${String(REVIEW_BELOW).replace('.', ',')} att granska; de står först.`,
    '',
    '| slag | säkerhet | id i förra versionen | id i den här | rubrik |',
    '|---|---|---|---|---|',
    ...rows.map(line),
    '',
  ].join('\n');
}
