/**
 * Which version of a document applied on a given day. A version is counted
 * from its decision date until the next version's. Where dates are uncertain,
 * or versions the sources do not describe lie in between, the answer lists
 * every version it could be and never picks one.
 */
import { type Corpus, documentById, type VersionEntry } from './corpus.ts';
import { dateBounds } from './dates.ts';
import type { PartialDate, Version } from './schema.ts';
import { orderedVersions } from './versions.ts';

/** What the question needs of a version: small enough to embed in a page for the client script. */
export type TimelineVersion = Pick<VersionEntry, 'id'> & Pick<Version, 'number' | 'decided'>;

export interface DocumentTimeline {
  /** Known versions in order. */
  versions: TimelineVersion[];
  /** Decision date of the successor's version 1, when the document was replaced. */
  replacedOn?: PartialDate;
  /** True when no version came after the last known one. */
  lastIsFinal: boolean;
}

/** Versions the sources do not describe, by the numbers they could have. */
export interface UndescribedVersions {
  from?: number;
  to?: number;
}

export interface InForce {
  /** Ids of known versions that could have applied on the day, in order. */
  versions: string[];
  /** Stretches of undescribed versions that could have applied instead. */
  undescribed: UndescribedVersions[];
  /** Exactly one known version applied, whatever the uncertain dates turn out to be. */
  certain: boolean;
  /** Whether the successor had replaced the document by that day. */
  replaced: 'nej' | 'kanske' | 'ja';
}

export function documentTimeline(corpus: Corpus, documentId: string): DocumentTimeline {
  const doc = documentById(corpus, documentId);
  const versions = orderedVersions(corpus, documentId).map((v) => ({ id: v.id, number: v.data.number, decided: v.data.decided }));
  const successorFirst = doc?.data.replacedBy
    ? orderedVersions(corpus, doc.data.replacedBy).find((v) => v.data.number === 1)
    : undefined;
  const last = versions.at(-1);
  return {
    versions,
    replacedOn: successorFirst?.data.decided,
    // The source read every version up to analysedRange.to and the document was
    // then replaced, so a known version with that number was the last one.
    lastIsFinal: Boolean(doc?.data.replacedBy && last?.number != null && last.number === doc.data.analysedRange?.to),
  };
}

/** Numbers that versions between two known ones could have; undefined when there can be none. */
export function gapBetween(a: TimelineVersion | undefined, b: TimelineVersion | undefined): UndescribedVersions | undefined {
  if (!a) return b?.number === 1 ? undefined : { to: b?.number != null ? b.number - 1 : undefined };
  if (!b) return { from: a.number != null ? a.number + 1 : undefined };
  if (a.number != null && b.number != null) return b.number - a.number > 1 ? { from: a.number + 1, to: b.number - 1 } : undefined;
  // An unnumbered version may or may not sit right next to its neighbour.
  return { from: a.number != null ? a.number + 1 : undefined, to: b.number != null ? b.number - 1 : undefined };
}

/** "version 8–10", "version 12 eller senare", "tidigare versioner": undescribed versions in words. */
export function undescribedText(gap: UndescribedVersions): string {
  if (gap.from !== undefined && gap.to !== undefined) return gap.from === gap.to ? `version ${gap.from}` : `version ${gap.from}–${gap.to}`;
  if (gap.from !== undefined) return `version ${gap.from} eller senare`;
  if (gap.to !== undefined) return gap.to === 1 ? 'version 1' : `version ${gap.to} eller tidigare`;
  return 'versioner utan känt nummer';
}

/** `day` is YYYY-MM-DD. */
export function versionsInForce(timeline: DocumentTimeline, day: string): InForce {
  const mayHaveStarted = (d?: PartialDate) => !d || (dateBounds(d).earliest ?? '') <= day;
  const hasStarted = (d?: PartialDate) => Boolean(d) && dateBounds(d!).latest !== undefined && dateBounds(d!).latest! <= day;
  const mayNotHaveStarted = (d?: PartialDate) => !d || dateBounds(d).latest === undefined || dateBounds(d).latest! > day;
  const hasNotStarted = (d?: PartialDate) => Boolean(d) && dateBounds(d!).earliest !== undefined && dateBounds(d!).earliest! > day;

  const { versions, replacedOn, lastIsFinal } = timeline;
  const replaced = !replacedOn || hasNotStarted(replacedOn) ? 'nej' : hasStarted(replacedOn) ? 'ja' : 'kanske';
  const result: InForce = { versions: [], undescribed: [], certain: false, replaced };
  const first = versions[0];
  const gapBefore = gapBetween(undefined, first);
  if (gapBefore && mayNotHaveStarted(first?.decided)) result.undescribed.push(gapBefore);

  let certain: string | undefined;
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    const end = next ? next.decided : replacedOn;
    const gap = next ? gapBetween(v, next) : lastIsFinal ? undefined : gapBetween(v, undefined);
    if (!mayHaveStarted(v.decided) || !mayNotHaveStarted(end)) return;
    result.versions.push(v.id);
    if (gap) result.undescribed.push(gap);
    else if (hasStarted(v.decided) && hasNotStarted(end)) certain = v.id;
  });
  result.certain = certain !== undefined && result.versions.length === 1 && result.undescribed.length === 0;
  return result;
}

export interface LineInForce {
  /** Known versions, of any document in the line, that could have applied on the day, in order. */
  versions: { document: string; id: string }[];
  /** Undescribed versions that could have applied instead. */
  undescribed: { document: string; gap: UndescribedVersions }[];
  /** Exactly one known version applied, whatever the uncertain dates turn out to be. */
  certain: boolean;
}

/**
 * Which versions of a document line (a document and the documents that
 * replaced it, oldest first) could have applied on `day`: a successor counts
 * from the day it may have replaced its predecessor.
 */
export function versionsInForceInLine(line: { document: string; timeline: DocumentTimeline }[], day: string): LineInForce {
  const result: LineInForce = { versions: [], undescribed: [], certain: false };
  let answers = 0;
  let lastCertain = false;
  for (const [i, { document, timeline }] of line.entries()) {
    if (i > 0 && versionsInForce(line[i - 1].timeline, day).replaced === 'nej') break;
    const r = versionsInForce(timeline, day);
    if (r.replaced === 'ja') continue;
    if (r.versions.length || r.undescribed.length) answers++;
    result.versions.push(...r.versions.map((id) => ({ document, id })));
    result.undescribed.push(...r.undescribed.map((gap) => ({ document, gap })));
    lastCertain = r.certain;
  }
  result.certain = answers === 1 && lastCertain;
  return result;
}
