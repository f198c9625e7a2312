/**
 * The steps after rendering as `npm run build` runs them, in a process of
 * their own (scripts/after-render.ts): a page with inline code the site did
 * not write stops them with exit code 1 and a message naming the page and
 * the code, without a stack trace, and no page is changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { AfterRenderInput } from '../../src/after-render/input.ts';
import { afterRenderCommand } from '../../src/integrations/after-render.ts';

const page = (body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sida</title></head><body><main data-pagefind-body>${body}</main></body></html>`;
let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

it('stops on a page with a script the site did not write, naming the page, and changes no page', () => {
  work = mkdtempSync(join(tmpdir(), 'after-render-'));
  const site = join(work, 'site');
  const pages = {
    'index.html': page('<h1>Hem</h1><p>Samordning</p>'),
    'vagledningar/index.html': page('<h1>Vägledningar</h1><script>alert(1)</script>'),
    // The best bets, as the site always has them (src/pages/data/sokord.json.ts); none here.
    'data/sokord.json': '{}',
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const input: AfterRenderInput = { root: process.cwd(), keywords: {}, offline: { guides: [], documents: [] } };
  writeFileSync(join(work, 'input.json'), JSON.stringify(input));

  const steps = spawnSync(process.execPath, afterRenderCommand(process.cwd(), site, join(work, 'input.json')), { encoding: 'utf8' });

  expect(steps.status, steps.stderr).toBe(1);
  expect(steps.stderr).toMatch(/vagledningar\/index\.html:1:\d+: inline script "alert\(1\)"/);
  expect(steps.stderr).not.toMatch(/\n\s+at /);
  for (const [path, html] of Object.entries(pages)) expect(readFileSync(join(site, path), 'utf8')).toBe(html);
});
