/**
 * One history, every page: for every passage thread and every version, the
 * passage history pages with their timeline, the version pages, the change
 * pages, the compare view (for every pair of versions) and the open data give
 * the same state and the same change; and no redline anywhere holds a report's framing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

const site = useSiteInBrowser();

interface Step {
  document: string;
  version: string;
  evidence: string;
  record?: { id: string };
  change?: { kind: string; since?: { document: string; version: string } };
}
interface ThreadData {
  key: string;
  members: { document: string; passage: string; history: string }[];
  versions: Step[];
}
/** What a page says about one passage: which version, its evidence, its change. */
interface Shown {
  version?: string;
  thread?: string;
  id?: string;
  evidence?: string;
  change?: string;
  a?: string;
  b?: string;
}

/** A report's framing clauses and version references that must never be struck or inserted as if they were guidance. */
const FRAMING = /I den tidigare skrivningen|Under 2007 görs|Enligt den tidigare versionen|I den reviderade versionen|\(version \d+\)|beskrevs som att det innebar/;

let threads: ThreadData[];
let page: Page;
const key = (document: string, version: string) => `${document}/${version}`;
const stepAt = (t: ThreadData, version: string) => t.versions.find((s) => key(s.document, s.version) === version)!;

/** Reads data attributes and redline texts from pages fetched and parsed in the browser, without navigating. */
function readPages(urls: string[], selector: string) {
  return page.evaluate(
    async ({ urls, selector }) => {
      const out: Record<string, { shown: Record<string, string | undefined>[]; marks: Record<string, string | undefined>[]; redlines: string[] }> = {};
      for (const url of urls) {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        out[url] = {
          shown: [...doc.querySelectorAll<HTMLElement>(selector)].map((e) => ({ ...e.dataset, id: e.id })),
          marks: [...doc.querySelectorAll<HTMLElement>('[data-mark][data-version]')].map((e) => ({ ...e.dataset })),
          redlines: [...doc.querySelectorAll('.redline-text')].map((e) => e.textContent ?? ''),
        };
      }
      return out;
    },
    { urls, selector },
  );
}

beforeAll(async () => {
  const json = async (path: string) => (await fetch(`${site.origin}${path}`)).json();
  const lines = new Set<string>((await json('/data/dokument.json')).map((d: { passages: string }) => d.passages));
  threads = (await Promise.all([...lines].map(json))).flat();
  page = await site.browser.newPage();
  await page.goto(`${site.origin}/vagledningar/jamfor/`, { waitUntil: 'networkidle' });
});
afterAll(() => page.context().close());

describe('one history on every page', () => {
  it('passage history pages and their timeline show every version with the state and change of the open data, the same from every document', async () => {
    const pages = await readPages(threads.flatMap((t) => t.members.map((m) => m.history)), 'main [data-version][data-evidence]');
    for (const t of threads) {
      const expected = t.versions.map((s) => [key(s.document, s.version), s.evidence, s.change?.kind]);
      for (const m of t.members) {
        expect(pages[m.history].shown.map((x) => [x.version, x.evidence, x.change]), m.history).toEqual(expected);
        // The page's timeline draws the same thread: each mark with the change the history gives.
        const marks = pages[m.history].marks;
        expect(marks.length, m.history).toBeGreaterThan(0);
        for (const mark of marks) expect(mark.change, `${m.history} mark ${mark.document}/${mark.version}`).toBe(stepAt(t, key(mark.document!, mark.version!)).change?.kind);
        for (const r of pages[m.history].redlines) expect(r, m.history).not.toMatch(FRAMING);
      }
    }
  });

  it('version pages show each recorded passage with the state and change of the open data', async () => {
    const versions = [...new Set(threads.flatMap((t) => t.versions.map((s) => `/vagledningar/${s.document}/version-${s.version}/`)))];
    const pages = await readPages(versions, 'main section.passage[data-evidence]');
    let checked = 0;
    for (const t of threads) {
      for (const s of t.versions.filter((x) => x.record && x.evidence !== 'present')) {
        const shown = pages[`/vagledningar/${s.document}/version-${s.version}/`].shown.find((x) => x.id === s.record!.id);
        expect(shown, `${t.key} in ${s.document}/${s.version}`).toMatchObject({ evidence: s.evidence, change: s.change?.kind });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    for (const url of versions) for (const r of pages[url].redlines) expect(r, url).not.toMatch(FRAMING);
  });

  it('change pages and the compare view, for every pair of versions, agree with the open data', async () => {
    const lines = new Map<string, string[]>();
    for (const t of threads) lines.set(t.versions.map((s) => key(s.document, s.version)).join(' '), t.versions.map((s) => key(s.document, s.version)));
    const pairs = [...lines.values()].flatMap((line) => line.flatMap((a, i) => line.filter((_, j) => j !== i).map((b) => [a, b] as const)));
    expect(pairs.length).toBeGreaterThan(100);

    const adjacent = new Set([...lines.values()].flatMap((line) => line.slice(1).map((b, i) => `${line[i]}→${b}`)));
    const changePages = [...adjacent]
      .map((p) => p.split('→'))
      .filter(([a, b]) => a.split('/')[0] === b.split('/')[0])
      .map(([a, b]) => ({ a, b, url: `/vagledningar/${a.split('/')[0]}/andringar/${a.split('/')[1]}-till-${b.split('/')[1]}/` }));
    const fetched = await readPages(changePages.map((c) => c.url), 'main [data-thread]');

    const compared = await page.evaluate(async (pairs) => {
      const out: Record<string, { shown: Record<string, string | undefined>[]; redlines: string[] }> = {};
      for (const [a, b] of pairs) {
        history.pushState(null, '', `?a=${a}&b=${b}&vy=inline`);
        dispatchEvent(new PopStateEvent('popstate'));
        const root = document.querySelector('#jamforelse')!;
        // The first comparison of a line fetches its data; the view is busy until it is shown.
        while (root.getAttribute('aria-busy') === 'true') await new Promise((done) => setTimeout(done, 10));
        out[`${a}→${b}`] = {
          shown: [...root.querySelectorAll<HTMLElement>('[data-thread]')].map((e) => ({ ...e.dataset })),
          redlines: [...root.querySelectorAll('.redline-text')].map((e) => e.textContent ?? ''),
        };
      }
      return out;
    }, pairs);

    const check = (a: string, b: string, shown: Shown[], redlines: string[], where: string) => {
      for (const r of redlines) expect(r, where).not.toMatch(FRAMING);
      for (const t of threads.filter((x) => x.versions.some((s) => key(s.document, s.version) === a))) {
        const [sa, sb] = [stepAt(t, a), stepAt(t, b)];
        const row = shown.find((x) => x.thread === t.key);
        if (sa.evidence === 'unknown' && sb.evidence === 'unknown') {
          expect(row, `${where} ${t.key}`).toBeUndefined();
          continue;
        }
        expect(row, `${where} ${t.key}`).toMatchObject({ a: sa.evidence, b: sb.evidence });
        if (sa.evidence === 'unknown') expect(row!.change).toBe('unknown-in-a');
        if (sb.evidence === 'unknown') expect(row!.change).toBe('unknown-in-b');
        // Where B's last known earlier state is A, the comparison is the history's own step.
        const since = sb.change?.since && key(sb.change.since.document, sb.change.since.version);
        if (since === a) expect(row!.change, `${where} ${t.key}`).toBe(sb.change!.kind);
        // Only an attested absence is a removal.
        if (row!.change === 'removed') expect([sa.evidence, sb.evidence]).toContain('absent');
      }
    };
    for (const c of changePages) check(c.a, c.b, fetched[c.url].shown, fetched[c.url].redlines, c.url);
    for (const [a, b] of pairs) check(a, b, compared[`${a}→${b}`].shown, compared[`${a}→${b}`].redlines, `jamfor ${a}→${b}`);
  });
});
