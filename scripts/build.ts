/**
 * `npm run build`: runs `astro build` into a fresh folder in dist.builds/,
 * then the steps after rendering (search indexes, Content Security Policy,
 * service worker) in a process of their own once Astro's has ended
 * (scripts/after-render.ts; why: src/integrations/after-render.ts), and only
 * on success switches dist/ (a symbolic link) to it in one atomic rename
 * (scripts/publish.ts). Everything else — content checks, quotations against
 * SOURCES_DIR, pages — is in the Astro integrations (astro.config.ts), and
 * `astro build` alone starts the same steps from its hook, so it gives the
 * same site. A failed or killed build leaves the previously built site
 * served; a second build while one runs stops with a message (dist.lock holds
 * the running build's pid).
 *
 * Env: CONTENT_DIR (default content/), OUT_DIR (default dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AFTER_RENDER_INPUT, afterRenderCommand } from '../src/integrations/after-render.ts';
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
// What Astro's hook hands the steps after rendering (src/integrations/after-render.ts).
const inputDir = mkdtempSync(join(tmpdir(), 'after-render-'));
const input = join(inputDir, 'input.json');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(inputDir, { recursive: true, force: true });
    console.error(`\nBuild interrupted; ${outDir} was left as it was.`);
    process.exit(130);
  });
}

rmSync(staging, { recursive: true, force: true });
const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status === 0;
const built =
  // Young-generation halves of 64 MB (above V8's default) promote less garbage, so fewer full collections over
  // the whole content: a 100× build 6 % less wall and 8 % less CPU time for 200 MB more memory; checking the
  // 1000× content alone 144 s instead of 199 s (bench/results/memory-profile.md).
  run(['--max-semi-space-size=64', resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], { ...process.env, [AFTER_RENDER_INPUT]: input }) &&
  run(afterRenderCommand(process.cwd(), staging, input));
rmSync(inputDir, { recursive: true, force: true });
const complete = ['index.html', ...[...Object.values(SEARCH_BUNDLES), TITLE_BUNDLE].map((bundle) => bundle.slice(1)), 'sw.js'];
if (!built || !complete.every((f) => existsSync(resolve(staging, f)))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild stopped; ${outDir} was left as it was.`);
  process.exit(1);
}

publish(outDir, staging);
console.log(`Built the site into ${outDir}.`);
