/** How citations read on the site: author–year labels and source locations. */
import type { Citation, Source } from './schema.ts';

/** Author–year label, e.g. "Försäkringskassan 2020" or "Nilsson u.å." (no year printed). */
export function sourceLabel(source: Source): string {
  const author = source.authors[0]?.split(/\s+/).at(-1) ?? source.publisher;
  const year = source.date.precision === 'unknown' ? 'u.å.' : source.date.value.slice(0, 4);
  return `${author} ${year}`;
}

/** Where in the source: 'avsnittet ”…”, fotnot 24'. */
export function locationText(c: Omit<Citation, 'source'>): string {
  return [
    `avsnittet ”${c.section}”`,
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
