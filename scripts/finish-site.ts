/**
 * Steps run on the built site before it is swapped into place: a Content
 * Security Policy in every page, and a Workbox service worker that precaches
 * every page, asset and the search index so the site works offline after one
 * visit. A new build changes the precache revisions, so the next visit
 * replaces the old cache.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { withContentSecurityPolicy } from '../src/lib/csp.ts';

export function addContentSecurityPolicy(siteDir: string): number {
  const pages = readdirSync(siteDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const path = join(siteDir, page);
    writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
  }
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
