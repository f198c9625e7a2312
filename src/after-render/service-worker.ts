/**
 * The service worker step after rendering: a Workbox service worker that
 * precaches the shell (frame, entry pages, search indexes, guides; planned
 * by src/lib/offline-plan.ts) on the first visit and caches every other page
 * when it is read; online, search fragments outside the shell pass it by.
 * A new build changes the precache revisions; its worker installs during a
 * visit and takes over on the next one (every tab closed), and keeps the
 * frame (CSS, JS) of the last few builds for pages kept under them.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { CACHE_NAMES, FRAME_CACHE_PREFIX, FRAMES_KEPT, frameUrls } from '../lib/offline-plan.ts';
import { SEARCH_BUNDLES } from '../lib/search-index.ts';
import { MAX_PAGE_BYTES, MAX_PRECACHED_FILE_BYTES, sizeText } from '../lib/size-limits.ts';

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

/**
 * Online, a search result's fragment that the shell did not precache goes
 * past the worker, fetched by the browser as if there were none: Workbox's
 * cache-first route would look it up, fetch it and store a copy, 4–7 ms more
 * on each result's data at 100× (README, "Search"). Offline, and for the
 * shell's fragments (answered from the device, also on a slow network),
 * Workbox's routes answer as before. sw.js imports this worker's own script
 * before Workbox adds its listener, so stopping the event keeps it from
 * Workbox. Written into that script, so it may use nothing outside itself.
 */
function passFragmentOnline(event: { request: Request; stopImmediatePropagation: () => void }, { folders, precached }: { folders: string[]; precached: Set<string> }): void {
  const url = new URL(event.request.url);
  const fragment = url.origin === location.origin && folders.some((folder) => url.pathname.startsWith(folder));
  if (fragment && navigator.onLine && !precached.has(url.pathname)) event.stopImmediatePropagation();
}

/** A frame file the precache does not hold (a page kept under an earlier build asks for it): a kept copy, else the network. Serialised into sw.js by Workbox. */
async function keptFrameFile({ request }: { request: Request }): Promise<Response> {
  return (await caches.match(request, { ignoreSearch: true })) ?? fetch(request);
}

/** A request's URL without its query, as the key of its one cached copy. Serialised into sw.js by Workbox. */
async function withoutQuery({ request }: { request: Request }): Promise<string> {
  return `${new URL(request.url).origin}${new URL(request.url).pathname}`;
}

/** The worker's own script besides Workbox's, imported by sw.js: keeps the frame of each build (keepFrame), lets search fragments pass online (passFragmentOnline). */
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

export async function addServiceWorker(siteDir: string, shell: string[]): Promise<{ count: number; size: number }> {
  const tooLarge = oversized(siteDir);
  if (tooLarge.length) {
    throw new Error(
      `${tooLarge.join('\n')}\nA page that large is too large to read and to keep offline: ` +
        'shorten or split the content it shows (long passages into several, a long guide into several guides); see "Size limits" in README.md',
    );
  }
  const frame = { frame: frameUrls(shell), prefix: FRAME_CACHE_PREFIX, keep: FRAMES_KEPT };
  // The search indexes' fragment folders (the title index's is all in the shell), and the fragments the shell holds.
  const folders = Object.values(SEARCH_BUNDLES).map((bundle) => `${bundle}fragment/`);
  const precached = shell.map((p) => `/${p}`).filter((url) => folders.some((folder) => url.startsWith(folder)));
  writeFileSync(
    join(siteDir, FRAME_SCRIPT),
    `self.addEventListener('activate', (event) => event.waitUntil((${keepFrame})(${JSON.stringify(frame)})));\n` +
      `const fragments = { folders: ${JSON.stringify(folders)}, precached: new Set(${JSON.stringify(precached)}) };\n` +
      `self.addEventListener('fetch', (event) => (${passFragmentOnline})(event, fragments));\n`,
  );
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
