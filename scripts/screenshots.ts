/**
 * Screenshots of built pages for looking at: every path in light and dark
 * theme, at desktop and phone width.
 *
 *   node scripts/screenshots.ts <site-dir> <out-dir> /path/ [/other/ …]
 *
 * SCREENSHOT_FULL=0 captures only the first screen, which is easier to read.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from './serve.ts';
import type { AddressInfo } from 'node:net';

const [siteDir = 'dist', outDir = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveSite(siteDir, 0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
for (const theme of ['light', 'dark']) {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const file = join(outDir, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${theme}-${name}.png`);
      await page.screenshot({ path: file, fullPage: process.env.SCREENSHOT_FULL !== '0' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
server.close();
