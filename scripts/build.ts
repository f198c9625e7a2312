/**
 * `npm run build`: builds the site (pages and search index) into a fresh
 * folder in dist.builds/ (Astro's build checks the content first, in the
 * validate-content integration, and stops on any problem), adds the Content
 * Security Policy and the offline service worker, and only on success
 * switches dist/ (a symbolic link) to it in one atomic rename
 * (scripts/publish.ts). A failed or killed build leaves the previously built
 * site served; a second build while one runs stops with a message (dist.lock
 * holds the running build's pid).
 *
 * Env: CONTENT_DIR (default content/), OUT_DIR (default dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { addContentSecurityPolicy, addServiceWorker } from './finish-site.ts';
import { acquireLock, newBuildDir, publish, PublishError, recover } from './publish.ts';

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
const astro = resolve('node_modules/.bin/astro');
const result = spawnSync(astro, ['build', '--outDir', staging], { stdio: 'inherit' });
if (result.status !== 0 || !existsSync(resolve(staging, 'index.html')) || !existsSync(resolve(staging, 'pagefind'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was left as it was.`);
  process.exit(1);
}
try {
  const pages = addContentSecurityPolicy(staging);
  const precache = await addServiceWorker(staging);
  console.log(`Content Security Policy in ${pages} pages; service worker precaches ${precache.count} files (${Math.round(precache.size / 1024)} kB).`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`${error}\nFinishing the site failed; ${outDir} was left as it was.`);
  process.exit(1);
}

publish(outDir, staging);
console.log(`Built the site into ${outDir}.`);
