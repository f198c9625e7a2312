/**
 * A document's history as the site walks it: adjacent known versions, one
 * passage followed through every known version (unknown where the sources do
 * not mention it), and what each passage of a version did since it was last
 * known.
 */
import type { Corpus, VersionEntry } from './corpus.ts';
import type { Passage } from './schema.ts';
import { changeOf, orderedVersions, type Change } from './versions.ts';

/** Each known version of a document paired with the next known one. */
export function adjacentVersions(corpus: Corpus, documentId: string): [VersionEntry, VersionEntry][] {
  const order = orderedVersions(corpus, documentId);
  return order.slice(1).map((v, i) => [order[i], v]);
}

/** Ids of every passage a document has in some version, in first-seen order. */
export function passageIds(corpus: Corpus, documentId: string): string[] {
  return [...new Set(orderedVersions(corpus, documentId).flatMap((v) => v.data.passages.map((p) => p.id)))];
}

export interface PassageStep {
  version: VersionEntry;
  /** Undefined where the sources do not mention the passage for this version. */
  passage?: Passage;
  change?: Change;
  /** The last earlier version where the passage is known. */
  previous?: { version: VersionEntry; passage: Passage };
}

/** One passage through every known version of its document. */
export function passageHistory(corpus: Corpus, documentId: string, passageId: string): PassageStep[] {
  let previous: PassageStep['previous'];
  return orderedVersions(corpus, documentId).map((version) => {
    const passage = version.data.passages.find((p) => p.id === passageId);
    if (!passage) return { version };
    const step = { version, passage, change: changeOf(passage, previous?.passage), previous };
    previous = { version, passage };
    return step;
  });
}

export interface PassageChange {
  passage: Passage;
  change: Change;
  /** The last earlier version where this passage is known, if any. */
  previous?: { version: VersionEntry; passage: Passage };
}

/** What each passage of `version` did since the last earlier version that has it. */
export function passageChanges(corpus: Corpus, version: VersionEntry): PassageChange[] {
  return version.data.passages.map((passage) => {
    const step = passageHistory(corpus, version.document, passage.id).find((s) => s.version.id === version.id)!;
    return { passage, change: step.change!, previous: step.previous };
  });
}

/** Passages known in some version of the document but not mentioned for this one: unknown here. */
export function unknownPassages(corpus: Corpus, version: VersionEntry): { id: string; title: string }[] {
  const here = new Set(version.data.passages.map((p) => p.id));
  const seen = new Map<string, string>();
  for (const v of orderedVersions(corpus, version.document)) {
    for (const p of v.data.passages) if (!here.has(p.id) && !seen.has(p.id)) seen.set(p.id, p.title);
  }
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** Passages in other documents that continue this one, or that this one continues. */
export function passageLinks(corpus: Corpus, documentId: string, passageId: string) {
  const continuedBy = new Map<string, { document: string; passage: string }>();
  let continues: { document: string; passage: string } | undefined;
  for (const v of corpus.versions) {
    for (const p of v.data.passages) {
      if (p.continues?.document === documentId && p.continues.passage === passageId) continuedBy.set(`${v.document}/${p.id}`, { document: v.document, passage: p.id });
      if (v.document === documentId && p.id === passageId && p.continues) continues = p.continues;
    }
  }
  return { continues, continuedBy: [...continuedBy.values()] };
}
