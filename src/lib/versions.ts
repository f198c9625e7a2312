/**
 * Versions of a document in order, and what each version's passages did
 * compared with the last version where the same passage is known.
 */
import type { Corpus, VersionEntry } from './corpus.ts';
import { certainlyAfter } from './dates.ts';
import type { Passage } from './schema.ts';

/**
 * A document's versions in order: numbered ones by number, an unnumbered one
 * right after the last numbered version that is certainly earlier.
 */
export function orderedVersions(corpus: Corpus, documentId: string): VersionEntry[] {
  const all = corpus.versions.filter((v) => v.document === documentId);
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

/** "version 4" or the label of an unnumbered version. */
export const versionName = (v: VersionEntry) => (v.data.number === null ? v.data.label! : `version ${v.data.number}`);

export type Change = 'först-känd' | 'oförändrad' | 'ändrad' | 'borttagen' | 'återinförd' | 'fortsatt-borta';

const present = (p: Passage) => p.status !== 'absent';

/** Compares a passage with its last known earlier state. */
export function changeOf(passage: Passage, previous?: Passage): Change {
  if (!previous) return 'först-känd';
  if (present(previous) && !present(passage)) return 'borttagen';
  if (!present(previous) && present(passage)) return 'återinförd';
  if (!present(previous) && !present(passage)) return 'fortsatt-borta';
  return previous.text === passage.text && previous.status === passage.status ? 'oförändrad' : 'ändrad';
}

/** Changes shown with a word-level redline against the previous known wording. */
export const showsRedline = (change: Change) => change === 'ändrad' || change === 'borttagen' || change === 'återinförd';

/** What a passage says, for comparing: nothing where there is no passage or the source states it absent. */
export const wordingOf = (p?: Passage) => (p && p.status !== 'absent' ? (p.text ?? '') : '');

export const CHANGE_LABEL: Record<Change, string> = {
  'först-känd': 'Första versionen där källorna nämner lydelsen',
  oförändrad: 'Oförändrad sedan förra kända versionen',
  ändrad: 'Ändrad sedan förra kända versionen',
  borttagen: 'Borttagen: källan anger att lydelsen inte längre finns',
  återinförd: 'Finns igen efter att ha angetts saknas',
  'fortsatt-borta': 'Saknas fortfarande',
};

export const STATUS_LABEL: Record<Passage['status'], string> = {
  quoted: 'Vägledningens egen lydelse',
  paraphrased: 'Källans beskrivning, inte ordagrann',
  absent: 'Saknas enligt källan',
};
