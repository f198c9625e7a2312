/**
 * An editor's path through the import, end to end: two full-text versions
 * imported with `npm run import` into a copy of the fixture content, the site
 * built from it, and the imported version read in Chromium with its passages
 * and a redline against the previous imported version.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SOURCES, VALID_FIXTURE } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'import-site-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const run = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, SOURCES_DIR: FIXTURE_SOURCES }, encoding: 'utf8' });

const V3 = '# 15 Samordning\n\nFörsäkringskassan ska samordna de rehabiliteringsåtgärder som den försäkrade behöver och följa upp dem under hela sjukfallet.\n\n## 15.1 Avstämningsmöte\n\nAvstämningsmötet är ett möte mellan den försäkrade, arbetsgivaren, hälso- och sjukvården och Försäkringskassan om arbetsförmågan.\n';
const V4 = V3.replace('och följa upp dem', 'och aktivt följa upp dem');

let browser: Browser;
let origin: string;
let stop: () => void;
beforeAll(async () => {
  cpSync(VALID_FIXTURE, content, { recursive: true });
  for (const [n, text] of [[3, V3], [4, V4]] as const) {
    writeFileSync(join(work, `v${n}.md`), text);
    const result = run('scripts/import.ts', [join(work, `v${n}.md`), '--document', 'doc-a', '--version', String(n), '--decided', String(2004 + n)]);
    expect(result.status, result.stderr).toBe(0);
  }
  const built = run('scripts/build.ts');
  expect(built.status, built.stderr).toBe(0);
  const server = await serveSite(out, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = () => {
    server.closeAllConnections();
    server.close();
  };
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  stop?.();
});

describe('an imported full-text version', () => {
  it('shows its passages as the version\'s own wording, with a word redline against the previous imported version', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/vagledningar/doc-a/version-4/`, { waitUntil: 'networkidle' });
    const passage = page.locator('section.passage[data-evidence="quoted"]').first();
    expect(await passage.getAttribute('data-change')).toBe('changed');
    expect(await passage.locator('.redline-text ins').textContent()).toContain('aktivt');
    expect(await passage.locator('.redline-label').textContent()).toContain('vägledningens egen lydelse');
    expect(await page.locator('section.passage[data-change="unchanged"]').count()).toBe(1);
    await page.close();
  });

  it('writes the review report and the text beside the records', () => {
    expect(existsSync(join(content, 'documents/doc-a/imports/4.md'))).toBe(true);
    expect(existsSync(join(content, 'fulltext/doc-a-4.txt'))).toBe(true);
  });
});
