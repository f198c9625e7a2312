/**
 * Reads what the built search indexes hold of each page from their Pagefind
 * fragment files: the title index and the offline lists are written from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchFragment } from '../lib/offline-plan.ts';
import { SEARCH_BUNDLES, type SearchIndexName } from '../lib/search-index.ts';
import { type FragmentAnchor, fragmentHeadings, type IndexedPage } from '../lib/title-index.ts';

/**
 * Each Pagefind fragment of both indexes: its id, file and page, and the page's title, metadata, filters and headings
 * as its index holds them (a fragment file holds one page, or a group of pages keyed by id).
 */
export function readFragments(siteDir: string): (SearchFragment & IndexedPage)[] {
  return (Object.entries(SEARCH_BUNDLES) as [SearchIndexName, string][]).flatMap(([index, bundle]) => bundleFragments(siteDir, index, `${bundle.slice(1)}fragment/`));
}

function bundleFragments(siteDir: string, index: SearchIndexName, folder: string): (SearchFragment & IndexedPage)[] {
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
    type Fragment = { url: string; meta?: Record<string, string>; filters?: Record<string, string[]>; anchors?: FragmentAnchor[] };
    const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>;
    const entries: [string, Fragment][] = 'url' in parsed && typeof parsed.url === 'string' ? [[name.replace(/\.pf_fragment$/, ''), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>);
    return entries.map(([id, f]) => ({ id, path, index, url: f.url, title: f.meta?.title ?? f.url, meta: f.meta ?? {}, filters: f.filters ?? {}, headings: fragmentHeadings(f.anchors ?? []) }));
  });
}
