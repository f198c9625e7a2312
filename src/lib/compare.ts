/**
 * Comparing two versions passage by passage, also across a succession
 * (2004:2 → 2015:1), and the comparison as HTML. The static change pages and
 * the compare page's client script both use these, so they show the same.
 */
import { citationText } from './citations.ts';
import type { Corpus, VersionEntry } from './corpus.ts';
import { diffPassages, escapeHtml, redlineHtml, type Segment } from './diff-passages.ts';
import { versionUrl } from './routes.ts';
import type { Passage, PolicyDocument } from './schema.ts';
import { changeOf, versionName, wordingOf, type Change } from './versions.ts';

/** A passage with its citation as plain text, ready to show without the source records. */
export type CitedPassage = Passage & { cite: string };

/** One version as the comparison needs it; /data/jamfor.json publishes these. */
export interface ComparableVersion {
  document: string;
  id: string;
  /** "Vägledning 2004:2, version 4". */
  name: string;
  url: string;
  passages: CitedPassage[];
}

export function comparableVersion(corpus: Corpus, v: VersionEntry): ComparableVersion {
  const doc = corpus.documents.find((d) => d.id === v.document)!;
  return {
    document: v.document,
    id: v.id,
    name: `${doc.data.name}, ${versionName(v)}`,
    url: versionUrl(v),
    passages: v.data.passages.map((p) => {
      const source = corpus.sources.find((s) => s.id === p.citation.source)!;
      return { ...p, cite: citationText(p.citation, source.data) };
    }),
  };
}

/** What happened to a passage from A to B; `okänd-*` when a side's sources do not mention it. */
export type PairChange = Exclude<Change, 'först-känd'> | 'okänd-i-a' | 'okänd-i-b';

export interface PassagePair {
  /** The anchor: B's passage id, or A's when B does not have it. */
  id: string;
  title: string;
  before?: CitedPassage;
  after?: CitedPassage;
  change: PairChange;
}

type Lineage = Pick<PolicyDocument, 'replaces' | 'replacedBy'> & { id: string };

/** True when two documents are the same or one line of succession, so the same passage id means the same provision. */
export function sameLineage(documents: Lineage[], a: string, b: string): boolean {
  for (const key of ['replaces', 'replacedBy'] as const) {
    const seen = new Set<string>();
    for (let id: string | undefined = a; id && !seen.has(id); id = documents.find((d) => d.id === id)?.[key]) {
      if (id === b) return true;
      seen.add(id);
    }
  }
  return false;
}

/**
 * Pairs A's passages with B's: by the same id within one line of documents,
 * or where one `continues` the other. A passage one side does not mention is
 * unknown there, never removed or added.
 */
export function pairPassages(a: ComparableVersion, b: ComparableVersion, lineage: boolean): PassagePair[] {
  const continues = (p: Passage, doc: string, other: Passage) => p.continues?.document === doc && p.continues.passage === other.id;
  const partners = (x: Passage, y: Passage) =>
    (lineage && x.id === y.id) || continues(y, a.document, x) || continues(x, b.document, y);
  const rows: PassagePair[] = [];
  const pairedB = new Set<Passage>();
  for (const before of a.passages) {
    const matches = b.passages.filter((after) => partners(before, after));
    if (matches.length === 0) rows.push({ id: before.id, title: before.title, before, change: 'okänd-i-b' });
    for (const after of matches) {
      pairedB.add(after);
      rows.push({ id: after.id, title: after.title, before, after, change: changeOf(after, before) as PairChange });
    }
  }
  for (const after of b.passages) {
    if (!pairedB.has(after)) rows.push({ id: after.id, title: after.title, after, change: 'okänd-i-a' });
  }
  return rows;
}

export const PAIR_LABEL: Record<PairChange, string> = {
  oförändrad: 'Oförändrad',
  ändrad: 'Ändrad',
  borttagen: 'Borttagen: källan anger att lydelsen inte finns i B',
  återinförd: 'Finns i B, men källan anger att den saknades i A',
  'fortsatt-borta': 'Saknas i båda enligt källorna',
  'okänd-i-a': 'OKÄND i A: källorna nämner inte lydelsen i den versionen',
  'okänd-i-b': 'OKÄND i B: källorna nämner inte lydelsen i den versionen',
};

const STATUS_SHORT: Record<Passage['status'], string> = {
  quoted: 'egen lydelse',
  paraphrased: 'källans beskrivning',
  absent: 'saknas enligt källan',
};

export const PARAPHRASE_NOTE = 'Jämför beskrivningar, inte ordagrann lydelse';

/** True when a side is a source's description, so the redline compares descriptions. */
export const comparesParaphrase = (p: PassagePair) => p.before?.status === 'paraphrased' || p.after?.status === 'paraphrased';

/** The word-level change of a pair: a whole passage deleted or inserted when the other side is absent. */
export function pairSegments(p: PassagePair): Segment[] {
  return diffPassages(wordingOf(p.before), wordingOf(p.after));
}

export type CompareView = 'inline' | 'sida';

function sideHtml(label: string, version: ComparableVersion, passage: Passage | undefined, segments: Segment[] | undefined) {
  const body = !passage
    ? '<p class="cmp-unknown">OKÄND: källorna nämner inte lydelsen här.</p>'
    : passage.status === 'absent'
      ? '<p class="cmp-absent">Saknas enligt källan.</p>'
      : `<p class="cmp-text">${segments ? redlineHtml(segments) : escapeHtml(passage.text ?? '')}</p>`;
  return `<div class="cmp-side"><p class="cmp-side-label">${label}: ${escapeHtml(version.name)}</p>${body}</div>`;
}

const passageUrlIn = (v: ComparableVersion, id: string) => `${v.url}#${id}`;

function rowHtml(p: PassagePair, a: ComparableVersion, b: ComparableVersion, view: CompareView): string {
  const known = p.change !== 'okänd-i-a' && p.change !== 'okänd-i-b';
  const segments = known ? pairSegments(p) : undefined;
  const statuses = [p.before, p.after].map((x) => (x ? STATUS_SHORT[x.status] : 'okänd'));
  const head = `<p class="cmp-change cmp-change--${p.change}"><strong>${PAIR_LABEL[p.change]}</strong> (A: ${statuses[0]}; B: ${statuses[1]})${
    known && comparesParaphrase(p) ? `. <span class="cmp-paraphrase">${PARAPHRASE_NOTE}.</span>` : ''
  }</p>`;
  let body: string;
  if (view === 'sida' || !known) {
    body = `<div class="cmp-sides">${sideHtml('A', a, p.before, segments?.filter((s) => s.kind !== 'ins'))}${sideHtml('B', b, p.after, segments?.filter((s) => s.kind !== 'del'))}</div>`;
  } else if (p.change === 'fortsatt-borta') {
    body = '<p class="cmp-absent">Saknas enligt källan i både A och B.</p>';
  } else {
    body = `<p class="cmp-text">${redlineHtml(segments!)}</p>`;
  }
  const cites = [
    p.before && `A: <a href="${passageUrlIn(a, p.before.id)}">${escapeHtml(p.before.cite)}</a>`,
    p.after && `B: <a href="${passageUrlIn(b, p.after.id)}">${escapeHtml(p.after.cite)}</a>`,
  ].filter(Boolean);
  const inner = `${head}${body}<p class="cmp-cite">Källa: ${cites.join('; ')}</p>`;
  const title = escapeHtml(p.title);
  // Unchanged and unknown passages fold away, so the changes stand out; the summary still says what they are.
  return p.change === 'oförändrad' || !known
    ? `<details class="cmp-row" id="${p.id}"><summary><span class="cmp-title">${title}</span>: ${p.change === 'oförändrad' ? 'oförändrad' : `OKÄND i ${p.change === 'okänd-i-a' ? 'A' : 'B'}`}</summary>${inner}</details>`
    : `<section class="cmp-row" id="${p.id}" aria-labelledby="${p.id}-rubrik"><h3 id="${p.id}-rubrik">${title}</h3>${inner}</section>`;
}

/** Changes first, then unchanged passages, then those one side does not mention. */
const ROW_ORDER: PairChange[] = ['borttagen', 'ändrad', 'återinförd', 'fortsatt-borta', 'oförändrad', 'okänd-i-b', 'okänd-i-a'];

/** A comparison of A with B as HTML: a summary line, then one block per passage. */
export function comparisonHtml(a: ComparableVersion, b: ComparableVersion, lineage: boolean, view: CompareView): string {
  const rows = pairPassages(a, b, lineage);
  if (rows.length === 0) return '<p>Källorna återger ingen lydelse ur någon av versionerna, så det finns inget att jämföra.</p>';
  const counts = (
    [
      [['ändrad'], 'ändrad', 'ändrade'],
      [['borttagen'], 'borttagen', 'borttagna'],
      [['återinförd'], 'återinförd', 'återinförda'],
      [['oförändrad', 'fortsatt-borta'], 'oförändrad', 'oförändrade'],
      [['okänd-i-a', 'okänd-i-b'], 'okänd på ena sidan', 'okända på ena sidan'],
    ] as [PairChange[], string, string][]
  )
    .map(([changes, one, many]) => {
      const n = rows.filter((r) => changes.includes(r.change)).length;
      return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
    })
    .filter(Boolean);
  const summary = `<p class="cmp-summary">A: <a href="${a.url}">${escapeHtml(a.name)}</a>. B: <a href="${b.url}">${escapeHtml(b.name)}</a>. ${rows.length} ${
    rows.length === 1 ? 'lydelse' : 'lydelser'
  }: ${counts.join(', ')}.${
    rows.some((r) => r.change !== 'okänd-i-a' && r.change !== 'okänd-i-b' && comparesParaphrase(r))
      ? ` <strong class="cmp-paraphrase">Minst en sida är källans beskrivning: här jämförs beskrivningar, inte ordagrann lydelse.</strong>`
      : ''
  }</p>`;
  const ordered = [...rows].sort((x, y) => ROW_ORDER.indexOf(x.change) - ROW_ORDER.indexOf(y.change));
  return summary + ordered.map((r) => rowHtml(r, a, b, view)).join('');
}
