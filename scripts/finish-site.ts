/**
 * Steps run on the built site before it is swapped into place: a Content
 * Security Policy in every page, and a Workbox service worker that precaches
 * every page, asset and the search index so the site works offline after one
 * visit. A new build changes the precache revisions, so the next visit
 * replaces the old cache.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { withContentSecurityPolicy } from '../src/lib/csp.ts';
import { MAX_BUILT_FILE_BYTES, sizeText } from '../src/lib/size-limits.ts';

export function addContentSecurityPolicy(siteDir: string): number {
  const pages = readdirSync(siteDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const path = join(siteDir, page);
    writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
  }
  return pages.length;
}

/**
 * A navigation the precache does not answer: the network if there is one;
 * offline, `/om` redirects to `/om/` as the server does, and any other path
 * gets the 404 page with status 404. Serialised into sw.js by Workbox, so it
 * may use nothing outside itself.
 */
async function offlineNavigation({ request, url }: { request: Request; url: URL }): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const cached = (path: string) => caches.match(path, { ignoreSearch: true });
    const last = url.pathname.split('/').pop() ?? '';
    if (last !== '' && !last.includes('.') && (await cached(`${url.pathname}/index.html`))) {
      return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
    }
    const notFound = await cached('/404.html');
    if (!notFound) return Response.error();
    return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  }
}

/** Files the precache would leave out for their size: the build fails on these, rather than the page silently not working offline. */
function tooLargeToPrecache(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true })
    .map(String)
    .flatMap((file) => {
      const stat = statSync(join(siteDir, file));
      return stat.isFile() && stat.size > MAX_BUILT_FILE_BYTES ? [`${file} is ${sizeText(stat.size)}`] : [];
    });
}

export async function addServiceWorker(siteDir: string): Promise<{ count: number; size: number }> {
  const oversized = tooLargeToPrecache(siteDir);
  if (oversized.length) {
    throw new Error(
      `${oversized.join('\n')}\nA built file may be at most ${sizeText(MAX_BUILT_FILE_BYTES)}, or it would not work offline: ` +
        'shorten or split the content it shows (long passages into several, a long guide into several guides); see "Size limits" in README.md',
    );
  }
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
    swDest: join(siteDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: MAX_BUILT_FILE_BYTES,
    // /sok/?q=… and compare links carry their state in the query; offline they open the cached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Not navigateFallback: it answers every unknown path with the 404 page and status 200.
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: offlineNavigation }],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  // A warning means a file left out of the precache or a setting ignored: either breaks the site offline.
  if (warnings.length) throw new Error(`The service worker would not cover the site: ${warnings.join('\n')}`);
  return { count, size };
}
