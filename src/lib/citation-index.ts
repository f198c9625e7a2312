/** Where each source is cited on the site, for the sources page and validation. */
import { documentName, type Corpus } from './corpus.ts';
import { guideFacts } from './guide-facts.ts';
import { oncePer } from './once-per.ts';
import { guideUrl, termUrl, versionUrl } from './routes.ts';
import { versionName } from './versions.ts';

/** Every citation inside a record, with its dotted field path. */
export function citationsIn(value: unknown, path: string[] = []): { path: string; source: string; section: string; parent?: string; footnote?: string | number; table?: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citationsIn(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own =
      typeof record.source === 'string' && typeof record.section === 'string'
        ? [{
            path: [...path, 'source'].join('.'),
            source: record.source,
            section: record.section as string,
            parent: record.parent as string | undefined,
            footnote: record.footnote as string | number | undefined,
            table: record.table as string | undefined,
          }]
        : [];
    return [...own, ...Object.entries(record).flatMap(([k, v]) => citationsIn(v, [...path, k]))];
  }
  return [];
}

export interface CitingPage {
  label: string;
  url: string;
  count: number;
}

/** For each source id, the pages that cite it and how often; worked out once per corpus. */
export const whereCited: (corpus: Corpus) => Map<string, CitingPage[]> = oncePer(citingPages);

function citingPages(corpus: Corpus): Map<string, CitingPage[]> {
  const index = new Map<string, Map<string, CitingPage>>();
  const add = (source: string, label: string, url: string) => {
    const pages = index.get(source) ?? new Map<string, CitingPage>();
    const page = pages.get(url) ?? { label, url, count: 0 };
    page.count++;
    pages.set(url, page);
    index.set(source, pages);
  };
  const docName = (id: string) => documentName(corpus, id);
  for (const g of corpus.guides) for (const source of guideFacts(g).citedSources) add(source, `Guide: ${g.title}`, guideUrl(g.id));
  for (const v of corpus.versions) {
    for (const c of citationsIn(v.data)) add(c.source, `${docName(v.document)}, ${versionName(v)}`, versionUrl(v));
  }
  for (const d of corpus.documents) for (const c of citationsIn(d.data)) add(c.source, d.data.name, `/vagledningar/${d.id}/`);
  for (const e of corpus.events) for (const c of citationsIn(e.data)) add(c.source, 'Tidslinjen: händelser', '/tidslinje/samordningsansvar/');
  for (const s of corpus.statistics) for (const c of citationsIn(s.data)) add(c.source, `Statistik: ${s.data.title}`, `/statistik/#${s.id}`);
  for (const t of corpus.glossary) for (const c of citationsIn(t.data)) add(c.source, `Begrepp: ${t.data.term}`, termUrl(t.id));
  return new Map([...index].map(([k, v]) => [k, [...v.values()]]));
}
