/**
 * `node scripts/after-render.ts <site folder> <input file>`: the steps after
 * rendering, in a process of their own (why: src/integrations/after-render.ts)
 * — the search indexes, then the Content Security Policy, the offline lists
 * and the service worker — from the input Astro's hook wrote. Exits 1 with
 * the problem's message if a step fails.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { finishBuiltSite } from '../src/after-render/finish-site.ts';
import type { AfterRenderInput, StepLog } from '../src/after-render/input.ts';
import { writeSearchIndexes } from '../src/after-render/search-indexes.ts';
import { ContentSecurityError } from '../src/lib/csp.ts';

const [siteDir, inputFile] = process.argv.slice(2);
if (!siteDir || !inputFile) {
  console.error('Usage: node scripts/after-render.ts <site folder> <input file written by the build>');
  process.exit(2);
}

const input = JSON.parse(readFileSync(inputFile, 'utf8')) as AfterRenderInput;
const log: StepLog = { info: (message) => console.log(`[after-render] ${message}`), warn: (message) => console.warn(`[after-render] ${message}`) };
try {
  // The service worker precaches the search indexes, so they come first.
  await writeSearchIndexes(resolve(siteDir), input.keywords, log);
  await finishBuiltSite(resolve(siteDir), input.root, input.offline, log);
} catch (error) {
  // A page with inline code the site did not write is the content's problem: its message names the pages. Anything else keeps its stack.
  console.error(error instanceof ContentSecurityError ? error.message : error);
  process.exit(1);
}
