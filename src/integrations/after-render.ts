/**
 * What runs once Astro has written the pages: the steps in src/after-render/
 * (the search indexes, then the Content Security Policy, the offline lists
 * and the service worker), all in scripts/after-render.ts, a Node process of
 * its own, from what this hook hands it of the content (AfterRenderInput,
 * as JSON).
 *
 * `astro build` starts that process from its `astro:build:done` hook and
 * waits for it. `npm run build` (scripts/build.ts) sets AFTER_RENDER_INPUT:
 * the hook then only writes the input to that file, and the build starts the
 * process once Astro's has ended. After rendering 53 000 pages at 1000×,
 * Astro's process still held 1.2–1.4 GB, and beside Pagefind's main index
 * (3.5 GB) that took the build past its 4 GB budget (bench/results/
 * memory-profile.md). Both ways run the same code under the same loader, so
 * they give the same site (tests/build/build-swap.test.ts): the service
 * worker's own script is written from a function's source text, which
 * differs between Node's and Astro's (Vite's) way of loading TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type AfterRenderInput, offlineContent } from '../after-render/input.ts';
import { checkedContentOnce } from '../lib/content-once.ts';
import { keywordsByPage } from '../lib/search-best-bets.ts';

/** The environment variable naming the file the hook writes AfterRenderInput to, leaving the steps to whoever set it. */
export const AFTER_RENDER_INPUT = 'AFTER_RENDER_INPUT';

/** The command that runs the steps: `node <root>/scripts/after-render.ts <site folder> <input file>`. */
export const afterRenderCommand = (root: string, siteDir: string, inputFile: string) => [join(root, 'scripts', 'after-render.ts'), siteDir, inputFile];

export function afterRender(): AstroIntegration {
  let root: string;
  return {
    name: 'after-render',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { corpus } = checkedContentOnce();
        const input: AfterRenderInput = { root, keywords: keywordsByPage(corpus), offline: offlineContent(corpus) };
        const deferredTo = process.env[AFTER_RENDER_INPUT];
        if (deferredTo) {
          writeFileSync(deferredTo, JSON.stringify(input));
          logger.info('Search indexes, Content Security Policy and service worker follow once this process has ended.');
          return;
        }
        const inputDir = mkdtempSync(join(tmpdir(), 'after-render-'));
        try {
          writeFileSync(join(inputDir, 'input.json'), JSON.stringify(input));
          const steps = spawnSync(process.execPath, afterRenderCommand(root, fileURLToPath(dir), join(inputDir, 'input.json')), { stdio: 'inherit' });
          if (steps.status !== 0) throw new Error('The steps after rendering failed: see their message above.');
        } finally {
          rmSync(inputDir, { recursive: true, force: true });
        }
      },
    },
  };
}
