/**
 * Steps run on the built site in the `astro:build:done` hook
 * (src/integrations/finish-site.ts): a Content Security Policy in every page
 * (a page with inline code the site's components do not author stops the
 * build), and a Workbox service worker that precaches
 * every page, asset and the search index so the site works offline after one
 * visit. A new build changes the precache revisions, so the next visit
 * replaces the old cache.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { type AuthoredInline, ContentSecurityError, withContentSecurityPolicy } from '../src/lib/csp.ts';

/** Checks every page before writing any, and throws one ContentSecurityError naming every page with a problem. */
export function addContentSecurityPolicy(siteDir: string, authored: AuthoredInline): number {
  const pages = readdirSync(siteDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  const finished: [string, string][] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const path = join(siteDir, page);
    try {
      finished.push([path, withContentSecurityPolicy(page, readFileSync(path, 'utf8'), authored)]);
    } catch (error) {
      if (!(error instanceof ContentSecurityError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) {
    throw new ContentSecurityError(`Pages with inline code that the site's components do not author (it would run or style the page):\n${problems.join('\n')}`);
  }
  for (const [path, html] of finished) writeFileSync(path, html);
  return pages.length;
}

export async function addServiceWorker(siteDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
    swDest: join(siteDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // /sok/?q=… and compare links carry their state in the query; offline they open the cached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: '/404.html',
    navigateFallbackDenylist: [/^\/pagefind\//, /^\/data\//],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  if (warnings.length) console.warn(warnings.join('\n'));
  return { count, size };
}
