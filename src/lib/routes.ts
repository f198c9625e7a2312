/**
 * Every page the site builds, derived from the corpus. Used to check links in
 * guides before the build, and by the pages themselves to make URLs.
 */
import type { Corpus, VersionEntry } from './corpus.ts';
import { adjacentVersions, passageIds } from './versions.ts';

/** Pages that exist whatever the content. */
export const STATIC_ROUTES = [
  '/',
  '/om/',
  '/begrepp/',
  '/kallor/',
  '/vagledningar/',
  '/statistik/',
  '/tidslinje/samordningsansvar/',
  '/sok/',
  '/vagledningar/jamfor/',
  '/processer/',
] as const;

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

export const sourceUrl = (sourceId: string) => `/kallor/#${sourceId}`;
/** The first page of the list of pages that cite a source. */
export const sourceCitedUrl = (sourceId: string) => `/kallor/${sourceId}/citeras/`;
export const termUrl = (termId: string) => `/begrepp/#${termId}`;
export const guideUrl = (guideId: string) => `/${guideId}/`;
export const processUrl = (processId: string) => `/processer/${processId}/`;

/**
 * Paths of every page, and the anchors of the pages that list records. Pages
 * missing from `anchors` have anchors the checks do not know.
 */
export function siteRoutes(corpus: Corpus): { pages: Set<string>; anchors: Map<string, Set<string>> } {
  const pages = new Set<string>([
    ...STATIC_ROUTES,
    ...corpus.documents.map((d) => documentUrl(d.id)),
    ...corpus.versions.map(versionUrl),
    ...corpus.documents.flatMap((d) => adjacentVersions(corpus, d.id).map(([a, b]) => changesUrl(a, b))),
    ...corpus.documents.flatMap((d) => passageIds(corpus, d.id).map((p) => passageHistoryUrl(d.id, p))),
    ...corpus.guides.map((g) => guideUrl(g.id)),
    // Each guide group with guides has an index page at its folder.
    ...corpus.guides.map((g) => `/${g.id.split('/')[0]}/`),
    ...corpus.processes.map((p) => processUrl(p.id)),
    ...corpus.sources.map((s) => sourceCitedUrl(s.id)),
  ]);
  const anchors = new Map<string, Set<string>>([
    ['/begrepp/', new Set(corpus.glossary.map((g) => g.id))],
    ['/kallor/', new Set(corpus.sources.map((s) => s.id))],
    ['/statistik/', new Set(corpus.statistics.map((s) => s.id))],
    // A version page shows each passage its version records under the passage's id (passageUrl).
    ...corpus.versions.map((v): [string, Set<string>] => [versionUrl(v), new Set(v.data.passages.map((p) => p.id))]),
  ]);
  return { pages, anchors };
}
