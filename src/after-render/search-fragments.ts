/**
 * Reads what the built search indexes hold of each page from their Pagefind
 * fragment files: the title index, the offline lists and the best bets'
 * page ids are written from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchFragment } from '../lib/offline-plan.ts';
import { SEARCH_BUNDLES, type SearchIndexName } from '../lib/search-index.ts';
import { type FragmentAnchor, fragmentHeadings, type IndexedPage } from '../lib/title-index.ts';

/** A page of the main index or the archive, as its fragment gives it. */
export type IndexedFragment = SearchFragment & IndexedPage;

type Fragment = { url: string; meta?: Record<string, string>; filters?: Record<string, string[]>; anchors?: FragmentAnchor[] };

/**
 * Each Pagefind fragment of both indexes: its id, file and page, and the page's title, metadata, filters and headings
 * as its index holds them.
 */
export function readFragments(siteDir: string): IndexedFragment[] {
  return (Object.entries(SEARCH_BUNDLES) as [SearchIndexName, string][]).flatMap(([index, bundle]) =>
    bundleFragments(siteDir, bundle, (id, path, f) => ({
      id, path, index, url: f.url, title: f.meta?.title ?? f.url, meta: f.meta ?? {}, filters: f.filters ?? {}, headings: fragmentHeadings(f.anchors ?? []),
    })),
  );
}

/** Each page of one search bundle ("/pagefind/") by its address: its id, as a search result gives it. */
export function pageIds(siteDir: string, bundle: string): Map<string, string> {
  return new Map(bundleFragments(siteDir, bundle, (id, _path, f) => [f.url, id]));
}

/**
 * What `pick` takes of each fragment of a bundle, with its id and file (a fragment file holds one page, or a group of
 * pages keyed by id). Picked file by file, so a page's text is not held beyond its file (91 MB of fragments at 1000×).
 */
function bundleFragments<T>(siteDir: string, bundle: string, pick: (id: string, path: string, fragment: Fragment) => T): T[] {
  const folder = `${bundle.slice(1)}fragment/`;
  const dir = join(siteDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  // In name order, so the lists written from them are the same whatever order the folder lists its files in.
  return names.filter((n) => n.endsWith('.pf_fragment')).sort().flatMap((name) => {
    const path = `${folder}${name}`;
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>;
    const entries: [string, Fragment][] = 'url' in parsed && typeof parsed.url === 'string' ? [[name.replace(/\.pf_fragment$/, ''), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>);
    return entries.map(([id, fragment]) => pick(id, path, fragment));
  });
}
