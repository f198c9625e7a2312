/**
 * Steps run on the built site in the `astro:build:done` hook
 * (src/integrations/finish-site.ts): a Content Security Policy in every page
 * (a page with inline code the site's components do not author stops the
 * build), and a Workbox service worker that precaches
 * every page, asset and the search index so the site works offline after one
 * visit. A new build changes the precache revisions; its worker installs
 * during a visit and takes over on the next one (every tab closed).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { type AuthoredInline, checkPage, ContentSecurityError, insertPolicy } from '../src/lib/csp.ts';
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

export async function addServiceWorker(siteDir: string): Promise<{ count: number; size: number }> {
  const tooLarge = oversized(siteDir);
  if (tooLarge.length) {
    throw new Error(
      `${tooLarge.join('\n')}\nA page that large is too large to read and to keep offline: ` +
        'shorten or split the content it shows (long passages into several, a long guide into several guides); see "Size limits" in README.md',
    );
  }
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
    swDest: join(siteDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    // /sok/?q=… and compare links carry their state in the query; offline they open the cached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Not navigateFallback: it answers every unknown path with the 404 page and status 200.
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: offlineNavigation }],
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
