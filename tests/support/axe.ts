/** Runs axe-core on a page of the site in a given theme. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeOutcome {
  theme: string | undefined;
  lang: string;
  violations: string[];
}

export async function axeOnPage(browser: Browser, url: string, theme: 'light' | 'dark'): Promise<AxeOutcome> {
  // axe is injected as an inline script, which the site's own policy rightly blocks.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.addScriptTag({ content: AXE_SOURCE });
  const outcome = await page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly });
    return {
      theme: document.documentElement.dataset.theme,
      lang: document.documentElement.lang,
      violations: result.violations.map(
        (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`,
      ),
    };
  }, RULES);
  await context.close();
  return outcome;
}
