/**
 * Versions of a document in order, their names, adjacent pairs and passage
 * ids. What a passage did between versions is the history model's
 * (passage-history.ts).
 */
import type { Corpus, VersionEntry } from './corpus.ts';
import { certainlyAfter } from './dates.ts';
import { oncePer } from './once-per.ts';

/**
 * A document's versions in order: numbered ones by number, an unnumbered one
 * right after the last numbered version that is certainly earlier.
 */
export function orderedVersions(corpus: Pick<Corpus, 'versions'>, documentId: string): VersionEntry[] {
  const all = versionsByDocument(corpus.versions).get(documentId) ?? [];
  const ordered = all.filter((v) => v.data.number !== null).sort((a, b) => a.data.number! - b.data.number!);
  for (const u of all.filter((v) => v.data.number === null)) {
    let at = 0;
    ordered.forEach((v, i) => {
      if (certainlyAfter(u.data.decided, v.data.decided)) at = i + 1;
    });
    ordered.splice(at, 0, u);
  }
  return ordered;
}

/**
 * The versions grouped by document, once per list of versions: looking
 * through every version for each document made the checks and pages grow with
 * documents × versions (at 1000×, 3 001 × 13 012).
 */
const versionsByDocument = oncePer((versions: VersionEntry[]) => Map.groupBy(versions, (v) => v.document));

/** A document's version by its id. */
export const versionOf = (corpus: Pick<Corpus, 'versions'>, documentId: string, versionId: string): VersionEntry | undefined =>
  versionsByDocument(corpus.versions).get(documentId)?.find((v) => v.id === versionId);

/** "version 4" or the label of an unnumbered version. */
export const versionName = (v: VersionEntry) => (v.data.number === null ? v.data.label! : `version ${v.data.number}`);

/** Each known version of a document paired with the next known one. */
export function adjacentVersions(corpus: Corpus, documentId: string): [VersionEntry, VersionEntry][] {
  const order = orderedVersions(corpus, documentId);
  return order.slice(1).map((v, i) => [order[i], v]);
}

/** Ids of every passage a document has in some version, in first-seen order. */
export function passageIds(corpus: Corpus, documentId: string): string[] {
  return [...new Set(orderedVersions(corpus, documentId).flatMap((v) => v.data.passages.map((p) => p.id)))];
}
