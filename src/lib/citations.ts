/** How citations read on the site: author–year labels and source locations. */
import type { Citation, Passage, Source } from './schema.ts';

/** Author–year label, e.g. "Försäkringskassan 2020" or "Nilsson u.å." (no year printed). */
export function sourceLabel(source: Source): string {
  const author = source.authors[0]?.split(/\s+/).at(-1) ?? source.publisher;
  const year = source.date.precision === 'unknown' ? 'u.å.' : source.date.value.slice(0, 4);
  return `${author} ${year}`;
}

/** Where in the source: 'avsnittet ”…”, fotnot 24'. */
export function locationText(c: Omit<Citation, 'source'>): string {
  return [
    c.parent !== undefined ? `avsnittet ”${c.section}” under ”${c.parent}”` : `avsnittet ”${c.section}”`,
    c.table !== undefined ? String(c.table) : undefined,
    c.footnote !== undefined ? `fotnot ${c.footnote}` : undefined,
    c.page !== undefined ? `s. ${c.page}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A plain-text citation for copying: 'Försäkringskassan 2020, Samordningsuppdragets praktik, avsnittet ”…”'. */
export function citationText(c: Citation, source: Source): string {
  return `${sourceLabel(source)}, ${source.title}, ${locationText(c)}`;
}

const STATUS_IN_CITATION: Record<Passage['status'], string> = {
  quoted: 'vägledningens egen lydelse',
  rendered: 'rapportens återgivning av lydelsen',
  described: 'rapportens beskrivning',
  absent: 'saknas enligt källan',
};

/** A plain-text citation of one passage of one version: which document, version and passage, and the source that gives it. */
export function passageCitationText(documentName: string, versionName: string, passage: Passage, source: Source): string {
  return `${documentName}, ${versionName}, ”${passage.title}” (${STATUS_IN_CITATION[passage.status]}). Enligt ${citationText(passage.citation, source)}.`;
}
