/**
 * `npm run build`: runs `astro build` into a fresh folder in dist.builds/ and
 * only on success switches dist/ (a symbolic link) to it in one atomic rename
 * (scripts/publish.ts). Everything else — content checks, quotations against
 * SOURCES_DIR, pages, search index, Content Security Policy, service worker —
 * is in the Astro integrations (astro.config.ts), so `astro build` gives the
 * same site. A failed or killed build leaves the previously built site
 * served; a second build while one runs stops with a message (dist.lock holds
 * the running build's pid).
 *
 * Env: CONTENT_DIR (default content/), OUT_DIR (default dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { acquireLock, newBuildDir, publish, PublishError, recover } from './publish.ts';
import { SEARCH_BUNDLES, TITLE_BUNDLE } from '../src/lib/search-index.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');

let release: () => void;
try {
  release = acquireLock(outDir);
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  console.error(`${error.message}\n\nBuild stopped; ${outDir} was left as it was.`);
  process.exit(1);
}
process.on('exit', () => release());
recover(outDir);
const staging = newBuildDir(outDir);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild interrupted; ${outDir} was left as it was.`);
    process.exit(130);
  });
}

rmSync(staging, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
// --expose-gc: before Pagefind starts, the search-index step gives back memory rendering freed (returnFreedMemory).
const result = spawnSync(process.execPath, ['--expose-gc', astro, 'build', '--outDir', staging], { stdio: 'inherit' });
const complete = ['index.html', ...[...Object.values(SEARCH_BUNDLES), TITLE_BUNDLE].map((bundle) => bundle.slice(1)), 'sw.js'];
if (result.status !== 0 || !complete.every((f) => existsSync(resolve(staging, f)))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild stopped; ${outDir} was left as it was.`);
  process.exit(1);
}

publish(outDir, staging);
console.log(`Built the site into ${outDir}.`);
