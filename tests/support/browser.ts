/** Launches the system Chromium for browser tests, and serves the built site. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite } from '../../scripts/serve.ts';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: "sudo apt-get install chromium"; ' +
        'macOS: install Google Chrome) or set CHROMIUM_PATH to the browser executable.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export const SITE_DIR = process.env.OUT_DIR ?? 'dist';

/** Serves the built site on a free port; returns its origin and a stop function. */
export async function startSite(): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(`${SITE_DIR}/index.html`)) throw new Error(`No built site in ${SITE_DIR}: run "npm run build" before the browser tests.`);
  const server = await serveSite(SITE_DIR, 0);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        // The browser keeps connections alive; close them so stopping is immediate.
        server.closeAllConnections();
      }),
  };
}

/**
 * For a test file: serves the built site and launches Chromium before its
 * tests, and stops both after. Read `browser` and `origin` inside tests.
 */
export function useSiteInBrowser(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test.');
      return browser;
    },
    get origin() {
      if (!site) throw new Error('The site starts in beforeAll; use it inside a test.');
      return site.origin;
    },
  };
}
