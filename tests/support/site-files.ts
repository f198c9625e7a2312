/** Reads the built site from disk: its pages, links and element ids. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_GROUPS } from '../../src/lib/sidebar.ts';

/** URL paths of every HTML page in the built site, e.g. "/om/". */
export function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''))
    .sort();
}

/** URL paths of the guides: pages one level into a guide group's folder, not its list's numbered pages. */
export function builtGuides(siteDir: string): string[] {
  return builtPages(siteDir).filter((p) => GUIDE_GROUPS.some((g) => new RegExp(`^/${g.directory}/[a-z0-9-]+/$`).test(p) && !/^\/[^/]+\/\d+\/$/.test(p)));
}

export function pageHtml(siteDir: string, path: string): string {
  return readFileSync(join(siteDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
}
