/**
 * What runs once Astro has written the pages: the search indexes
 * (search-index.ts), then the Content Security Policy, the offline lists and
 * the service worker (finish-site.ts), all in scripts/after-render.ts, a
 * Node process of its own, from what this hook hands it of the content
 * (AfterRenderInput, as JSON).
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
import type { Corpus } from '../lib/corpus.ts';
import { checkedContentOnce } from '../lib/content-once.ts';
import type { PlanInput } from '../lib/offline-plan.ts';
import { documentLine } from '../lib/passage-history.ts';
import { compareDataUrl } from '../lib/routes.ts';
import { keywordsByPage, type PageKeywords } from '../lib/search-best-bets.ts';
import { GUIDE_GROUPS, guideSidebar } from '../lib/sidebar.ts';

/** Where the steps report: the console, as Astro's logger does. */
export interface StepLog {
  info(message: string): void;
  warn(message: string): void;
}

/** What the offline plan needs of the content: the guides in reading order, and each document's compare data. */
export type OfflineContent = Pick<PlanInput, 'guides' | 'documents'>;

export function offlineContent(corpus: Corpus): OfflineContent {
  return {
    // The guides in reading order: the precache takes them from the first while they fit its budget.
    guides: guideSidebar(corpus.guides, GUIDE_GROUPS).flatMap((group) => group.items.map((item) => item.link)),
    documents: corpus.documents.map((d) => ({ id: d.id, compareData: compareDataUrl(documentLine(corpus, d.id)[0]) })),
  };
}

/** What the steps need of the content and the project, as plain data. */
export interface AfterRenderInput {
  /** The project's folder: its components' source says which inline code the Content Security Policy allows. */
  root: string;
  keywords: PageKeywords;
  offline: OfflineContent;
}

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
