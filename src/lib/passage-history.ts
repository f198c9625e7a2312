/**
 * The one model of a passage's history, derived once from the corpus and read
 * by every page that shows a passage: version pages, passage histories,
 * change pages, compare, the timeline, JSON and the feed.
 *
 * A *thread* is one provision followed through every known version of its
 * document line (2004:2 and its successor 2015:1 are one line): the same id
 * in documents of one line, or a passage that `continues` another. At each
 * version the thread has one state with its evidence:
 * - `quoted`: the guidance's own wording, verbatim;
 * - `rendered`: the wording as a report renders it, its framing clause left out;
 * - `described`: a report's statement about the passage, without its wording;
 * - `present`: present with unknown wording, from a source's interval
 *   statement ("from version 4 until version 13");
 * - `absent`: a source states it is not there;
 * - `unknown`: the sources say nothing about this version.
 *
 * A change between two versions is *attested* by a source statement (a
 * record marked `stated`, or an attested absence) or *derived* from two
 * wordings of the same kind; nothing else is called a change. The model is
 * plain data, so the compare page's script reads the same model from JSON.
 */
import { citationText } from './citations.ts';
import { type Corpus, documentById, documentName, type VersionEntry } from './corpus.ts';
import { oncePer } from './once-per.ts';
import type { Problem } from './problems.ts';
import { passageUrl, versionUrl } from './routes.ts';
import type { Citation, Passage } from './schema.ts';
import { orderedVersions, versionName, versionOf } from './versions.ts';

export type Evidence = 'quoted' | 'rendered' | 'described' | 'present' | 'absent' | 'unknown';

/** A passage record where it stands, with its citation as text. */
export type PassageRecord = Passage & { document: string; version: string; cite: string; url: string; presentUntilCite?: string };

export interface PassageState {
  evidence: Evidence;
  /** The record this state comes from; for `present`, the record whose interval statement covers this version. */
  record?: PassageRecord;
}

export interface VersionRef {
  document: string;
  id: string;
  /** "Vägledning 2004:2, version 4". */
  name: string;
  /** "version 4", or the label of an unnumbered version. */
  short: string;
  url: string;
}

export interface Thread {
  /** `<document>/<passage>` of the thread's first record. */
  key: string;
  title: string;
  /** Every document and passage id the thread has a record under. */
  members: { document: string; passage: string }[];
  /** The line of documents this thread runs through. */
  line: number;
  /** One state per version of the line, in order. */
  states: PassageState[];
}

export interface HistoryModel {
  versions: VersionRef[];
  /** Each document line with its versions in order (indexes into `versions`). */
  lines: { documents: string[]; versions: number[] }[];
  threads: Thread[];
}

const PRESENT: Evidence[] = ['quoted', 'rendered', 'described', 'present'];
export const isPresent = (s: PassageState) => PRESENT.includes(s.evidence);
export const isKnown = (s: PassageState) => s.evidence !== 'unknown';

/** The wording a redline compares: verbatim text, or the report's rendering without its framing. */
export function wordingOf(s: PassageState): string | undefined {
  if (s.evidence === 'quoted') return s.record!.text;
  if (s.evidence === 'rendered') return s.record!.wording;
  return undefined;
}

/**
 * A document's line: the documents it replaced and that replaced it, oldest
 * first, through `replaces` and `replacedBy`. The one walk of that chain; it
 * stops where it comes round to a document again (the content checks report a circle).
 */
export function documentLine(corpus: Pick<Corpus, 'documents'>, documentId: string): string[] {
  const data = (id: string) => documentById(corpus, id)?.data;
  const line = [documentId];
  for (let before = data(documentId)?.replaces; before && !line.includes(before); before = data(before)?.replaces) line.unshift(before);
  for (let after = data(documentId)?.replacedBy; after && !line.includes(after); after = data(after)?.replacedBy) line.push(after);
  return line;
}

const refKey = (document: string, passage: string) => `${document}/${passage}`;

function buildModel(corpus: Corpus): HistoryModel {
  const versions: VersionRef[] = [];
  const versionIndex = new Map<VersionEntry, number>();
  const lines: HistoryModel['lines'] = [];
  const lineOf = new Map<string, number>();
  for (const doc of corpus.documents) {
    if (lineOf.has(doc.id)) continue;
    const documents = documentLine(corpus, doc.id);
    const line = { documents, versions: [] as number[] };
    for (const d of documents) {
      lineOf.set(d, lines.length);
      const name = documentName(corpus, d);
      for (const v of orderedVersions(corpus, d)) {
        versionIndex.set(v, versions.length);
        line.versions.push(versions.length);
        versions.push({ document: d, id: v.id, name: `${name}, ${versionName(v)}`, short: versionName(v), url: versionUrl(v) });
      }
    }
    lines.push(line);
  }

  // Threads: records under one id in one line, joined where one continues another.
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k) ?? (parent.set(k, k), k);
    return k;
  };
  // A thread is keyed by its line's first document, from the lines worked out above.
  const threadKey = (document: string, passage: string) => refKey(lines[lineOf.get(document)!].documents[0], passage);
  /** Each record by where it stands: document, version and passage id. */
  const records = new Map<string, PassageRecord>();
  for (const v of corpus.versions) {
    for (const p of v.data.passages) {
      const cite = (c: Citation) => {
        const source = corpus.sources.find((s) => s.id === c.source);
        return source ? citationText(c, source.data) : c.source;
      };
      records.set(`${v.document}/${v.id}/${p.id}`, {
        ...p, document: v.document, version: v.id, cite: cite(p.citation), url: passageUrl(v, p.id),
        presentUntilCite: p.presentUntil && cite(p.presentUntil.citation),
      });
      root(threadKey(v.document, p.id));
    }
  }
  for (const r of records.values()) {
    if (r.continues) parent.set(root(threadKey(r.document, r.id)), root(threadKey(r.continues.document, r.continues.passage)));
  }

  const threads = new Map<string, Thread>();
  for (const v of orderedVersionsOfAll(corpus)) {
    for (const p of v.data.passages) {
      const k = root(threadKey(v.document, p.id));
      const record = records.get(`${v.document}/${v.id}/${p.id}`)!;
      let thread = threads.get(k);
      if (!thread) {
        const line = lineOf.get(v.document)!;
        thread = { key: refKey(v.document, p.id), title: p.title, members: [], line, states: lines[line].versions.map(() => ({ evidence: 'unknown' })) };
        threads.set(k, thread);
      }
      if (!thread.members.some((m) => m.document === v.document && m.passage === p.id)) thread.members.push({ document: v.document, passage: p.id });
      const at = lines[thread.line].versions.indexOf(versionIndex.get(v)!);
      // A second record for one thread in one version is reported by historyProblems; the first stands.
      if (at >= 0 && thread.states[at].evidence === 'unknown') thread.states[at] = { evidence: p.status, record };
    }
  }
  // Interval statements: present, wording unknown, in every version between that has no record of its own.
  for (const thread of threads.values()) {
    const lineVersions = lines[thread.line].versions.map((i) => versions[i]);
    thread.states.forEach((s, i) => {
      const until = s.record?.presentUntil?.until;
      if (!until) return;
      const end = lineVersions.findIndex((v) => v.document === s.record!.document && v.id === until);
      for (let j = i + 1; j < end; j++) if (thread.states[j].evidence === 'unknown') thread.states[j] = { evidence: 'present', record: s.record };
    });
  }
  return { versions, lines, threads: [...threads.values()] };
}

/** All versions, document by document, each document's in order: records are met in version order. */
const orderedVersionsOfAll = (corpus: Corpus) => corpus.documents.flatMap((d) => orderedVersions(corpus, d.id));

/** The history model of a corpus, derived once per corpus object. */
export const historyModel: (corpus: Corpus) => HistoryModel = oncePer(buildModel);

/**
 * What happened to a passage between two versions. `added`: a source states it
 * is new; `first-known`: the first version the sources mention it in, without
 * saying it is new; `still-present`: an interval statement covers both sides;
 * `still-absent`: a source states it absent on both sides; `unstated`: both
 * sides are known but no source states a change and no two like wordings show
 * one. The Swedish words for each are in CHANGE_WORDS.
 */
export type ChangeKind =
  | 'first-known'
  | 'added'
  | 'changed'
  | 'unchanged'
  | 'still-present'
  | 'removed'
  | 'restored'
  | 'still-absent'
  | 'unstated'
  | 'unknown-in-a'
  | 'unknown-in-b';

export interface PassageChange {
  kind: ChangeKind;
  /** `attested`: a source states it; `derived`: two wordings of the same kind differ or match; `none`: the sources do not say. */
  basis: 'attested' | 'derived' | 'none';
  /** The source statements that attest the change, each with its citation. */
  statements: PassageRecord[];
  /** Drawn only between two verbatim wordings, or two of a report's renderings. */
  redline?: { before: string; after: string; kind: 'quoted' | 'rendered' };
}

const recordKey = (r: PassageRecord) => `${r.document}/${r.version}/${r.id}`;

/**
 * What happened to a thread from state index `i` to `j` (i < j, or i
 * undefined for the first known state).
 */
export function changeBetween(thread: Thread, i: number | undefined, j: number): PassageChange {
  const b = thread.states[j];
  if (i === undefined) {
    if (!isKnown(b)) return { kind: 'unknown-in-b', basis: 'none', statements: [] };
    const stated = b.record?.stated === 'ny' && b.evidence !== 'present';
    return { kind: stated ? 'added' : 'first-known', basis: stated ? 'attested' : 'none', statements: stated ? [b.record!] : [] };
  }
  const a = thread.states[i];
  if (!isKnown(a)) return { kind: 'unknown-in-a', basis: 'none', statements: [] };
  if (!isKnown(b)) return { kind: 'unknown-in-b', basis: 'none', statements: [] };
  if (isPresent(a) && b.evidence === 'absent') return { kind: 'removed', basis: 'attested', statements: [b.record!] };
  if (a.evidence === 'absent') {
    return isPresent(b)
      ? { kind: 'restored', basis: 'attested', statements: [b.record!] }
      : { kind: 'still-absent', basis: 'attested', statements: [b.record!] };
  }
  const statements = thread.states
    .slice(i + 1, j + 1)
    .filter((s) => s.evidence !== 'present' && s.record?.stated)
    .map((s) => s.record!);
  const [before, after] = [wordingOf(a), wordingOf(b)];
  const redline = a.evidence === b.evidence && before !== undefined && after !== undefined ? { before, after, kind: a.evidence as 'quoted' | 'rendered' } : undefined;
  if (statements.length > 0) return { kind: 'changed', basis: 'attested', statements, redline };
  if (redline) return { kind: before === after ? 'unchanged' : 'changed', basis: 'derived', statements, redline };
  // One interval statement covering both sides attests that the wording was still there.
  // Compared by where the record stands, not by identity: the compare page reads the model back from JSON.
  const covering = (s: PassageState) => (s.evidence === 'present' || s.record?.presentUntil ? s.record && recordKey(s.record) : undefined);
  if (b.evidence === 'present' && covering(a) === recordKey(b.record!)) return { kind: 'still-present', basis: 'attested', statements: [b.record!] };
  return { kind: 'unstated', basis: 'none', statements };
}

export interface HistoryStep {
  version: VersionRef;
  state: PassageState;
  /** Since the last earlier known state; undefined where this state is unknown. */
  change?: PassageChange;
  /** The last earlier version with a known state. */
  previous?: VersionRef;
}

/** A thread through every version of its line, each known state with its change since the last known one. */
export function threadHistory(model: HistoryModel, thread: Thread): HistoryStep[] {
  const lineVersions = model.lines[thread.line].versions.map((i) => model.versions[i]);
  let last: number | undefined;
  return thread.states.map((state, j) => {
    if (!isKnown(state)) return { version: lineVersions[j], state };
    const step = { version: lineVersions[j], state, change: changeBetween(thread, last, j), previous: last === undefined ? undefined : lineVersions[last] };
    last = j;
    return step;
  });
}

const threadIndex = oncePer((model: HistoryModel) => new Map(model.threads.flatMap((t) => t.members.map((m) => [refKey(m.document, m.passage), t] as const))));

/** The thread a document's passage belongs to (through an index built once per model, which stays plain data). */
export const threadOf = (model: HistoryModel, document: string, passage: string): Thread | undefined => threadIndex(model).get(refKey(document, passage));

/** Where a version sits in its line: the line and the index of the version in it. */
export function positionOf(model: HistoryModel, document: string, versionId: string) {
  const at = model.versions.findIndex((v) => v.document === document && v.id === versionId);
  const line = model.lines.findIndex((l) => l.versions.includes(at));
  return { version: at, line, index: line >= 0 ? model.lines[line].versions.indexOf(at) : -1 };
}

/** Threads that run through the line of a document. */
export const threadsOfLine = (model: HistoryModel, line: number) => model.threads.filter((t) => t.line === line);

export interface ComparedPassage {
  thread: Thread;
  a: PassageState;
  b: PassageState;
  change: PassageChange;
}

/**
 * Every thread of the two versions' line, compared from A to B. Versions
 * of different lines share no provisions: every passage is then unknown on
 * the other side. When B is the earlier version the comparison runs from B
 * to A, with the sides kept as chosen.
 */
export function compareVersions(model: HistoryModel, a: { document: string; id: string }, b: { document: string; id: string }): ComparedPassage[] {
  const pa = positionOf(model, a.document, a.id);
  const pb = positionOf(model, b.document, b.id);
  const unknown: PassageState = { evidence: 'unknown' };
  if (pa.line !== pb.line) {
    return [
      ...threadsOfLine(model, pa.line).filter((t) => isKnown(t.states[pa.index])).map((thread) => ({ thread, a: thread.states[pa.index], b: unknown, change: { kind: 'unknown-in-b', basis: 'none', statements: [] } as PassageChange })),
      ...threadsOfLine(model, pb.line).filter((t) => isKnown(t.states[pb.index])).map((thread) => ({ thread, a: unknown, b: thread.states[pb.index], change: { kind: 'unknown-in-a', basis: 'none', statements: [] } as PassageChange })),
    ];
  }
  const forward = pa.index <= pb.index;
  return threadsOfLine(model, pa.line)
    .filter((t) => isKnown(t.states[pa.index]) || isKnown(t.states[pb.index]))
    .map((thread) => {
      const change = forward ? changeBetween(thread, pa.index, pb.index) : flip(changeBetween(thread, pb.index, pa.index));
      return { thread, a: thread.states[pa.index], b: thread.states[pb.index], change };
    });
}

/** A change read backwards, for a comparison whose A is the later version. */
function flip(c: PassageChange): PassageChange {
  const kind: Partial<Record<ChangeKind, ChangeKind>> = { removed: 'restored', restored: 'removed', 'unknown-in-a': 'unknown-in-b', 'unknown-in-b': 'unknown-in-a' };
  return { ...c, kind: kind[c.kind] ?? c.kind, redline: c.redline && { ...c.redline, before: c.redline.after, after: c.redline.before } };
}

/** Problems in the records that the model exposes: each names the file and what to do. */
export function historyProblems(corpus: Corpus): Problem[] {
  const model = historyModel(corpus);
  const problems: Problem[] = [];
  const fileOf = (r: PassageRecord) => versionOf(corpus, r.document, r.version)?.file ?? r.document;
  for (const v of corpus.versions) {
    const seen = new Map<Thread, string>();
    for (const p of v.data.passages) {
      const thread = threadOf(model, v.document, p.id);
      if (!thread) continue;
      if (seen.has(thread)) {
        problems.push({ file: v.file, message: `passages "${seen.get(thread)}" and "${p.id}" are the same provision (same id, or one continues the other), so one version cannot have both: remove one, or drop the continues link` });
      }
      seen.set(thread, p.id);
      const until = p.presentUntil?.until;
      if (until !== undefined) {
        const order = orderedVersions(corpus, v.document);
        const end = order.findIndex((x) => x.id === until);
        if (end <= order.findIndex((x) => x.id === v.id)) {
          problems.push({ file: v.file, message: `passage "${p.id}": presentUntil.until "${until}" must name a later version of the same document (its file name without .yaml)` });
        }
      }
    }
  }
  for (const thread of model.threads) {
    let last: PassageState | undefined;
    for (const state of thread.states) {
      if (!isKnown(state) || state.evidence === 'present') continue;
      const r = state.record!;
      if (r.presentUntil && thread.states.some((s) => s.evidence === 'absent' && s.record && coveredBy(model, thread, s, r))) {
        problems.push({ file: fileOf(r), message: `passage "${r.id}": presentUntil says the wording stands until version ${r.presentUntil.until}, but a version before that states it absent: correct one of them` });
      }
      const paraphrase = (s?: PassageState) => s?.evidence === 'rendered' || s?.evidence === 'described';
      if (paraphrase(last) && paraphrase(state) && last!.record!.text !== r.text && !r.stated) {
        problems.push({
          file: fileOf(r),
          message: `passage "${r.id}" in version ${r.version} and in version ${last!.record!.version} are two different renderings or descriptions, and no source states a change between them: give one of them its own id, or mark this one stated: ändrad if the source says the wording changed`,
        });
      }
      if (r.stated === 'ny' && thread.states.slice(0, thread.states.indexOf(state)).some(isPresent)) {
        problems.push({ file: fileOf(r), message: `passage "${r.id}" is marked stated: ny, but an earlier version already has it: use stated: ändrad, or give it its own id` });
      }
      last = state;
    }
  }
  return problems;
}

/** True when `s` lies inside the interval that record `r` states. */
function coveredBy(model: HistoryModel, thread: Thread, s: PassageState, r: PassageRecord): boolean {
  const lineVersions = model.lines[thread.line].versions.map((i) => model.versions[i]);
  const from = thread.states.findIndex((x) => x.record === r && x.evidence !== 'present');
  const to = lineVersions.findIndex((v) => v.document === r.document && v.id === r.presentUntil!.until);
  const at = thread.states.indexOf(s);
  return at > from && at < to;
}

export const EVIDENCE_LABEL: Record<Evidence, string> = {
  quoted: 'Vägledningens egen lydelse, ordagrant',
  rendered: 'Rapportens återgivning av lydelsen',
  described: 'Rapportens beskrivning, utan lydelsen',
  present: 'Finns med enligt källan; lydelsen återges inte',
  absent: 'Saknas enligt källan',
  unknown: 'Okänd: källorna nämner inte lydelsen här',
};

/**
 * The Swedish words for each change kind, the one place they are written:
 * - `label`: a step of a history or a row of a comparison; a change found by
 *   comparing two wordings says which kind of wording (`changeLabel`);
 * - `mark`: short, for a timeline mark, its legend and its table;
 * - `one`, `many`: a count in a comparison's summary ("1 ändrad", "2 ändrade");
 *   kinds with the same words are counted together.
 * The order is the order of the timeline's legend and of the summary's counts.
 */
export const CHANGE_WORDS: Record<ChangeKind, { label: string | ((c: PassageChange) => string); mark: string; one: string; many: string }> = {
  'first-known': { label: 'Första version där källorna nämner lydelsen', mark: 'Första omnämnande', one: 'först nämnd', many: 'först nämnda' },
  added: { label: 'Ny enligt källan', mark: 'Ny enligt källan', one: 'ny', many: 'nya' },
  changed: {
    label: (c) => (c.basis === 'attested' ? 'Ändrad enligt källan' : c.redline?.kind === 'rendered' ? 'Ändrad: rapportens återgivningar skiljer sig' : 'Ändrad: den ordagranna lydelsen skiljer sig'),
    mark: 'Ändrad',
    one: 'ändrad',
    many: 'ändrade',
  },
  unchanged: {
    label: (c) => (c.redline?.kind === 'rendered' ? 'Oförändrad: rapportens återgivning är densamma' : 'Oförändrad: samma ordagranna lydelse'),
    mark: 'Oförändrad',
    one: 'oförändrad',
    many: 'oförändrade',
  },
  'still-present': { label: 'Finns kvar enligt källan', mark: 'Finns kvar enligt källan', one: 'finns kvar enligt källan', many: 'finns kvar enligt källan' },
  // A source says the wording is missing from a version, and an earlier known version had it. When it was taken out is
  // known only if no version between them is unknown, so the step and the mark say what the sources do: missing, there before.
  removed: { label: 'Saknas enligt källan, fanns i en tidigare version', mark: 'Saknas, fanns tidigare', one: 'borttagen', many: 'borttagna' },
  restored: { label: 'Finns igen enligt källan', mark: 'Finns igen enligt källan', one: 'återinförd', many: 'återinförda' },
  'still-absent': { label: 'Saknas fortfarande enligt källan', mark: 'Saknas enligt källan', one: 'saknas fortfarande enligt källan', many: 'saknas fortfarande enligt källan' },
  unstated: { label: 'Källorna säger inget om någon ändring', mark: 'Nämns, ingen uppgift om ändring', one: 'utan uppgift om ändring', many: 'utan uppgift om ändring' },
  'unknown-in-a': { label: 'Okänd i A: källorna nämner inte lydelsen i den versionen', mark: 'Okänd i A', one: 'okänd på ena sidan', many: 'okända på ena sidan' },
  'unknown-in-b': { label: 'Okänd i B: källorna nämner inte lydelsen i den versionen', mark: 'Okänd i B', one: 'okänd på ena sidan', many: 'okända på ena sidan' },
};

/** The label of a change, for a step in a history or a row of a comparison. */
export function changeLabel(c: PassageChange): string {
  const { label } = CHANGE_WORDS[c.kind];
  return typeof label === 'string' ? label : label(c);
}

/** The kinds that are changes the sources attest or two wordings show: what a change page lists. */
export const CHANGES: ChangeKind[] = ['added', 'changed', 'removed', 'restored'];
export const isChange = (c: PassageChange) => CHANGES.includes(c.kind);

export interface VersionView {
  /** Threads with a record in this version, in the record order of the version file. */
  recorded: { thread: Thread; step: HistoryStep }[];
  /** Threads present here only by a source's interval statement. */
  present: { thread: Thread; step: HistoryStep }[];
  /** Threads of this document that the sources do not mention for this version. */
  unknown: Thread[];
}

/** Every thread of a version's document as that version has it. */
export function versionView(model: HistoryModel, document: string, versionId: string): VersionView {
  const { line, index } = positionOf(model, document, versionId);
  const view: VersionView = { recorded: [], present: [], unknown: [] };
  for (const thread of threadsOfLine(model, line)) {
    const state = thread.states[index];
    if (state.evidence === 'unknown') {
      if (thread.members.some((m) => m.document === document)) view.unknown.push(thread);
      continue;
    }
    const step = threadHistory(model, thread)[index];
    (state.evidence === 'present' ? view.present : view.recorded).push({ thread, step });
  }
  return view;
}
