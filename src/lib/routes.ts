/**
 * Every page the site builds, derived from the corpus. Used to check links in
 * guides before the build, and by the pages themselves to make URLs.
 */
import type { Corpus, VersionEntry } from './corpus.ts';
import { LIST_PAGE_SIZE } from './lists.ts';
import { adjacentVersions, passageIds } from './versions.ts';

/** Pages that exist whatever the content, with the file under src/pages/ that makes each. */
export const STATIC_PAGES: Record<string, string> = {
  '/': 'src/pages/index.astro',
  '/om/': 'src/pages/om/index.astro',
  '/begrepp/': 'src/pages/begrepp/index.astro',
  '/kallor/': 'src/pages/kallor/index.astro',
  '/vagledningar/': 'src/pages/vagledningar/[...page].astro',
  '/statistik/': 'src/pages/statistik/index.astro',
  '/tidslinje/samordningsansvar/': 'src/pages/tidslinje/samordningsansvar.astro',
  '/sok/': 'src/pages/sok/index.astro',
  '/vagledningar/jamfor/': 'src/pages/vagledningar/jamfor/index.astro',
  '/processer/': 'src/pages/processer/index.astro',
  '/utan-nat/': 'src/pages/utan-nat.astro',
};

export const documentUrl = (documentId: string) => `/vagledningar/${documentId}/`;
export const versionUrl = (v: Pick<VersionEntry, 'document' | 'id'>) => `/vagledningar/${v.document}/version-${v.id}/`;
/** A passage on its version page. */
export const passageUrl = (v: Pick<VersionEntry, 'document' | 'id'>, passageId: string) => `${versionUrl(v)}#${passageId}`;
/** One passage across every version where it is known. */
export const passageHistoryUrl = (documentId: string, passageId: string) => `/vagledningar/${documentId}/lydelse/${passageId}/`;
/** The prerendered changes between two adjacent known versions. */
export const changesUrl = (a: Pick<VersionEntry, 'document' | 'id'>, b: Pick<VersionEntry, 'id'>) =>
  `/vagledningar/${a.document}/andringar/${a.id}-till-${b.id}/`;
/** The interactive comparison; `a` and `b` are "<document>/<version>". */
export const compareUrl = (a: Pick<VersionEntry, 'document' | 'id'>, b: Pick<VersionEntry, 'document' | 'id'>, view = 'inline') =>
  `/vagledningar/jamfor/?a=${a.document}/${a.id}&b=${b.document}/${b.id}&vy=${view}`;
/** The data the interactive comparison reads for one document line, named by the line's first document (src/lib/compare-data.ts). */
export const compareDataUrl = (lineKey: string) => `/data/jamfor/${lineKey}.json`;
/** Open data: one document's versions, and the passage threads of one document line (named by its first document). */
export const versionsDataUrl = (documentId: string) => `/data/versioner/${documentId}.json`;
export const passagesDataUrl = (lineKey: string) => `/data/lydelser/${lineKey}.json`;

export const sourceUrl = (sourceId: string) => `/kallor/#${sourceId}`;
/** The first page of the list of pages that cite a source. */
export const sourceCitedUrl = (sourceId: string) => `/kallor/${sourceId}/citeras/`;
export const termUrl = (termId: string) => `/begrepp/#${termId}`;
export const guideUrl = (guideId: string) => `/${guideId}/`;
export const processUrl = (processId: string) => `/processer/${processId}/`;

/** A guide group's index page: its folder under guides/. */
export const guideGroupUrl = (guideId: string) => `/${guideId.split('/')[0]}/`;

/**
 * Every page the site makes other than the guides themselves, each with what
 * makes it (the record's file, or the page's file under src/pages/), so that a
 * guide at one of these addresses can be reported naming both.
 */
export function generatedPages(corpus: Corpus): Map<string, string> {
  const pages = new Map<string, string>(Object.entries(STATIC_PAGES));
  const add = (path: string, madeBy: string) => pages.has(path) || pages.set(path, madeBy);
  for (const d of corpus.documents) {
    add(documentUrl(d.id), d.file);
    for (const [a, b] of adjacentVersions(corpus, d.id)) add(changesUrl(a, b), `${a.file} and ${b.file}`);
    for (const p of passageIds(corpus, d.id)) add(passageHistoryUrl(d.id, p), `the versions of ${d.file}`);
  }
  for (const v of corpus.versions) add(versionUrl(v), v.file);
  // Each guide group with guides has an index page at its folder, going on at <folder>/2/ … past LIST_PAGE_SIZE guides.
  const groups = Map.groupBy(corpus.guides.filter((g) => g.id.includes('/')), (g) => guideGroupUrl(g.id));
  for (const [url, guides] of groups) {
    for (let n = 1; n <= Math.ceil(guides.length / LIST_PAGE_SIZE); n++) add(n === 1 ? url : `${url}${n}/`, 'src/pages/[grupp]/[...page].astro');
  }
  for (const s of corpus.sources) add(sourceCitedUrl(s.id), s.file);
  for (const p of corpus.processes) add(processUrl(p.id), p.file);
  return pages;
}

/**
 * Paths of every page, and the anchors of the pages that list records. Pages
 * missing from `anchors` have anchors the checks do not know.
 */
export function siteRoutes(corpus: Corpus): { pages: Set<string>; anchors: Map<string, Set<string>> } {
  const pages = new Set([...generatedPages(corpus).keys(), ...corpus.guides.map((g) => guideUrl(g.id))]);
  const anchors = new Map<string, Set<string>>([
    ['/begrepp/', new Set(corpus.glossary.map((g) => g.id))],
    ['/kallor/', new Set(corpus.sources.map((s) => s.id))],
    ['/statistik/', new Set(corpus.statistics.map((s) => s.id))],
    // A version page shows each passage its version records under the passage's id (passageUrl).
    ...corpus.versions.map((v): [string, Set<string>] => [versionUrl(v), new Set(v.data.passages.map((p) => p.id))]),
  ]);
  return { pages, anchors };
}
