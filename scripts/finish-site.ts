/**
 * Steps run on the built site in the `astro:build:done` hook
 * (src/integrations/finish-site.ts): a Content Security Policy in every page
 * (a page with inline code the site's components do not author stops the
 * build), the lists of what can be kept offline (src/lib/offline-plan.ts),
 * and a Workbox service worker that precaches the shell (frame, entry pages,
 * search indexes, guides) on the first visit and caches every other page when
 * it is read. A new build changes the precache revisions; its worker installs
 * during a visit and takes over on the next one (every tab closed), and keeps
 * the frame (CSS, JS) of the last few builds for pages kept under them.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { type AuthoredInline, checkPage, ContentSecurityError, insertPolicy } from '../src/lib/csp.ts';
import {
  type BuiltFile, CACHE_NAMES, documentSaveUrl, FRAME_CACHE_PREFIX, FRAMES_KEPT, frameUrls, OFFLINE_LISTS, offlinePages, type OfflinePlan,
  planOffline, type PlanInput, type SearchFragment, type ShellPages, SITE_SAVE_URL,
} from '../src/lib/offline-plan.ts';
import { SEARCH_BUNDLES, type SearchIndexName } from '../src/lib/search-index.ts';
import { type FragmentAnchor, fragmentHeadings, type IndexedPage } from '../src/lib/title-index.ts';
import { MAX_PAGE_BYTES, MAX_PRECACHED_FILE_BYTES, sizeText } from '../src/lib/size-limits.ts';

/**
 * Checks every page before writing any, and throws one ContentSecurityError
 * naming every page with a problem. Two passes so that memory does not grow
 * with the site: the check keeps only each page's policy (one string per
 * distinct policy) and where it goes, and the second pass reads each page
 * again and writes it with its policy, one page at a time. Holding the
 * finished pages instead took the whole output (315 MB at 100×) in memory.
 */
export function addContentSecurityPolicy(siteDir: string, authored: AuthoredInline): number {
  const pages = readdirSync(siteDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  const policies = new Map<string, string>();
  const checked: { path: string; policy: string; insertAt: number }[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const path = join(siteDir, page);
    const check = checkPage(page, readFileSync(path, 'utf8'), authored);
    if (check.problems.length || check.insertAt === undefined) {
      problems.push(...check.problems);
      continue;
    }
    if (!policies.has(check.policy)) policies.set(check.policy, check.policy);
    checked.push({ path, policy: policies.get(check.policy)!, insertAt: check.insertAt });
  }
  if (problems.length) {
    throw new ContentSecurityError(`Pages with inline code that the site's components do not author (it would run or style the page):\n${problems.join('\n')}`);
  }
  for (const { path, ...policy } of checked) writeFileSync(path, insertPolicy(readFileSync(path, 'utf8'), policy));
  return pages.length;
}

/**
 * A navigation that neither the network nor a cache answers (Workbox's
 * NetworkFirst failed): offline, `/om` redirects to `/om/` as the server
 * does; a page the site has but this device has not saved gets the "not
 * saved" page (status 503: the page exists, it cannot be fetched now); any
 * other path the 404 page with status 404. The site's pages are those in
 * the page lists the device has (their pages and their results' pages):
 * the main one always (it is in the shell), the archive's once the
 * archive's index is saved. Without the archive's list, any path under a
 * document's folder (/vagledningar/<id>/…, its page in the main list)
 * counts as a page, since the archive's pages are not known there. A list is read once it is cached; one not cached yet is
 * looked for again on the next navigation, since a save can bring it.
 * Serialised into sw.js by Workbox, so it may use nothing outside itself:
 * the addresses below are NOT_SAVED_PAGE and OFFLINE_LISTS
 * (src/lib/offline-plan.ts). Workbox writes it on one line, so no comments
 * in it, nor "//" (as in a regular expression).
 */
async function offlineNavigation({ request }: { request: Request }): Promise<Response> {
  const url = new URL(request.url);
  const cached = (path: string) => caches.match(path, { ignoreSearch: true });
  const page = async (path: string, status: number, statusText: string) => {
    const found = (await cached(`${path}index.html`)) ?? (await cached(path));
    return found ? new Response(found.body, { status, statusText, headers: found.headers }) : Response.error();
  };
  const last = url.pathname.split('/').pop() ?? '';
  if (last !== '' && !last.includes('.') && ((await cached(`${url.pathname}/index.html`)) ?? (await cached(`${url.pathname}/`)))) {
    return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
  }
  const read = ((self as unknown as { offlineLists?: Record<string, Set<string>> }).offlineLists ??= {});
  const pages = async (list: string) => {
    const response = read[list] ? undefined : await cached(list);
    const data = response && ((await response.json()) as { pages: string[]; results: Record<string, [string, string]> });
    if (data) read[list] = new Set([...data.pages, ...Object.values(data.results).map(([page]) => page)]);
    return read[list];
  };
  const main = (await pages('/offline/sidor.json')) ?? new Set<string>();
  const archive = await pages('/offline/sidor-arkiv.json');
  const [, top, id, below] = url.pathname.split('/');
  const underDocument = top === 'vagledningar' && Boolean(below) && main.has(`/vagledningar/${id}/`);
  if (main.has(url.pathname) || archive?.has(url.pathname) || (!archive && underDocument)) return page('/utan-nat/', 503, 'Service Unavailable');
  const notFound = await cached('/404.html');
  return notFound ? new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers }) : Response.error();
}

/**
 * Run as a build's worker activates: keeps its frame (`frame`, the /_astro/
 * files it precached) in a cache of its own, unless the newest kept frame
 * is the same files, and deletes all but the newest `keep` kept frames.
 * A page read or saved under this build asks for these files by name; after
 * a newer build the precache no longer holds them, and keptFrameFile
 * answers from here. Written into the worker's imported script, so it may
 * use nothing outside itself.
 */
async function keepFrame({ frame, prefix, keep }: { frame: string[]; prefix: string; keep: number }): Promise<void> {
  const keptAt = (name: string) => Number(name.slice(prefix.length));
  const kept = (await caches.keys()).filter((name) => name.startsWith(prefix)).sort((a, b) => keptAt(a) - keptAt(b));
  const newest = kept.at(-1);
  if (newest) {
    const held = (await (await caches.open(newest)).keys()).map((request) => new URL(request.url).pathname);
    if (held.length === frame.length && frame.every((url) => held.includes(url))) return;
  }
  const name = `${prefix}${Date.now()}`;
  const cache = await caches.open(name);
  for (const url of frame) {
    // Any copy will do: the name of a frame file is its content's hash.
    const found = await caches.match(url, { ignoreSearch: true });
    if (found) await cache.put(url, found);
  }
  for (const old of [...kept, name].slice(0, -keep)) await caches.delete(old);
}

/** A frame file the precache does not hold (a page kept under an earlier build asks for it): a kept copy, else the network. Serialised into sw.js by Workbox. */
async function keptFrameFile({ request }: { request: Request }): Promise<Response> {
  return (await caches.match(request, { ignoreSearch: true })) ?? fetch(request);
}

/** A request's URL without its query, as the key of its one cached copy. Serialised into sw.js by Workbox. */
async function withoutQuery({ request }: { request: Request }): Promise<string> {
  return `${new URL(request.url).origin}${new URL(request.url).pathname}`;
}

/** The worker's own script besides Workbox's: keeps the frame of each build (keepFrame), imported by sw.js. */
const FRAME_SCRIPT = 'sw-frames.js';

/** Built files over their limit: pages too large to read, files too large to precache (they would silently not work offline). */
function oversized(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true })
    .map(String)
    .flatMap((file) => {
      const stat = statSync(join(siteDir, file));
      const limit = file.endsWith('.html') ? MAX_PAGE_BYTES : MAX_PRECACHED_FILE_BYTES;
      return stat.isFile() && stat.size > limit ? [`${file} is ${sizeText(stat.size)}, over the limit of ${sizeText(limit)}`] : [];
    });
}

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

const builtFiles = (siteDir: string): BuiltFile[] =>
  readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: full.slice(siteDir.length).replace(/^[\\/]+/, '').split(sep).join('/'), bytes: statSync(full).size };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

const writeJson = (siteDir: string, url: string, value: unknown) => {
  const path = join(siteDir, url);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
};

/**
 * Writes what the worker and the save controls read: each search index's
 * pages and results' titles (the main one precached, saying which search
 * index the shell holds; the archive's with the archive's index), and per
 * document and for the whole site the files to save with their sizes
 * (fetched when a reader asks to save).
 */
export function writeOfflineLists(siteDir: string, content: Pick<PlanInput, 'guides' | 'documents' | 'limit'>): OfflinePlan {
  const fragments = readFragments(siteDir);
  const lists = offlinePages(builtFiles(siteDir), fragments);
  const writeLists = (titleIndex: boolean) => {
    const shellList: ShellPages = { ...lists.main, titleIndex };
    writeJson(siteDir, OFFLINE_LISTS.main, shellList);
    writeJson(siteDir, OFFLINE_LISTS.archive, lists.archive);
  };
  writeLists(false);
  const wasmLanguages = Object.values(
    (JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> }).languages,
  ).flatMap((l) => (l.wasm ? [l.wasm] : []));
  const plan = planOffline({ files: builtFiles(siteDir), fragments, wasmLanguages, ...content });
  // The plan counted the shell's list as written above; "true" is one byte shorter than "false".
  if (!plan.mainIndexInShell) writeLists(true);
  for (const [id, set] of plan.documents) writeJson(siteDir, documentSaveUrl(id), set);
  writeJson(siteDir, SITE_SAVE_URL, plan.site);
  return plan;
}

export async function addServiceWorker(siteDir: string, shell: string[]): Promise<{ count: number; size: number }> {
  const tooLarge = oversized(siteDir);
  if (tooLarge.length) {
    throw new Error(
      `${tooLarge.join('\n')}\nA page that large is too large to read and to keep offline: ` +
        'shorten or split the content it shows (long passages into several, a long guide into several guides); see "Size limits" in README.md',
    );
  }
  const frame = { frame: frameUrls(shell), prefix: FRAME_CACHE_PREFIX, keep: FRAMES_KEPT };
  writeFileSync(join(siteDir, FRAME_SCRIPT), `self.addEventListener('activate', (event) => event.waitUntil((${keepFrame})(${JSON.stringify(frame)})));\n`);
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    // Only the shell (src/lib/offline-plan.ts); folders whose every file is in it by one pattern each.
    globPatterns: [...new Set(shell.map((p) => p.replace(/^(_astro|pagefind(?:-arkiv|-rubriker)?\/(?:index|filter)|pagefind-rubriker\/fragment)\/.*$/, '$1/**')))],
    globIgnores: ['sw.js', FRAME_SCRIPT, 'workbox-*.js', '**/*.map'],
    importScripts: [`/${FRAME_SCRIPT}`],
    swDest: join(siteDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    // /sok/?q=… and compare links carry their state in the query; offline they open the cached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Not navigateFallback: it answers every unknown path with the 404 page and status 200.
    runtimeCaching: [
      {
        // A page read online is kept for reading offline; the network first, so online every page is the latest build's.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.pages,
          networkTimeoutSeconds: 5,
          matchOptions: { ignoreSearch: true },
          plugins: [
            {
              // Only a page itself: a redirect or an error page kept under a page's address would be served for it offline.
              cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
              // One copy per page: the compare page's ?a=…&b=… is read by its script, the HTML is the same.
              cacheKeyWillBeUsed: withoutQuery,
              handlerDidError: offlineNavigation,
            },
          ],
        },
      },
      {
        // A search index's entry names its current files, and Pagefind asks for it with ?ts=<time>: the latest online, and
        // offline the copy saved with the site, where the precache does not hold it (src/lib/offline-plan.ts). One copy.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/pagefind[^/]*\/pagefind-entry\.json$/.test(url.pathname) && !url.searchParams.has('spara'),
        handler: 'NetworkFirst',
        options: { cacheName: CACHE_NAMES.files, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true }, plugins: [{ cacheKeyWillBeUsed: withoutQuery }] },
      },
      {
        // Search fragments and the like: their names change with their content, so a cached one is never stale.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/pagefind(-arkiv)?\//.test(url.pathname) && !url.searchParams.has('spara'),
        handler: 'CacheFirst',
        options: { cacheName: CACHE_NAMES.files },
      },
      {
        // The precache answers for this build's frame; an earlier build's, which a kept page asks for, comes from the kept frames.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: keptFrameFile,
      },
      {
        // Any other file of the site a page fetches (the compare data, a CSV): the latest online, the kept copy offline.
        // Not a file the save control fetches (?spara, src/scripts/save-offline.ts): it stores that itself.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && !url.searchParams.has('spara'),
        handler: 'NetworkFirst',
        options: { cacheName: CACHE_NAMES.files, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } },
      },
    ],
    cleanupOutdatedCaches: true,
    // The first worker takes charge of the page that installed it. A new build's worker waits until no tab
    // uses the old one: taking over mid-visit (skipWaiting) once held a navigation that arrived while it
    // installed and activated for over 15 s (tests/browser/offline.test.ts); now every navigation of a visit
    // is answered by the worker that began it.
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  // A warning means a file left out of the precache or a setting ignored: either breaks the site offline.
  if (warnings.length) throw new Error(`The service worker would not cover the site: ${warnings.join('\n')}`);
  return { count, size };
}
