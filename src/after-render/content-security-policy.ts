/**
 * The Content Security Policy step after rendering: every page gets a policy
 * that allows only the inline scripts and styles the site's own components
 * and Starlight's author (src/lib/csp.ts); a page with any other stops the
 * build, naming it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AuthoredInline, checkPage, ContentSecurityError, insertPolicy } from '../lib/csp.ts';

/**
 * Checks every page before writing any, and throws one ContentSecurityError
 * naming every page with a problem. Two passes so that memory does not grow
 * with the site: the check keeps only each page's policy (one string per
 * distinct policy) and where it goes, and the second pass reads each page
 * again and writes it with its policy, one page at a time. Holding the
 * finished pages instead took the whole output (315 MB at 100×) in memory.
 */
export function addContentSecurityPolicy(siteDir: string, authored: AuthoredInline): number {
  const pages = readdirSync(siteDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  const policies = new Map<string, string>();
  const checked: { path: string; policy: string; insertAt: number }[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const path = join(siteDir, page);
    const check = checkPage(page, readFileSync(path, 'utf8'), authored);
    if (check.problems.length || check.insertAt === undefined) {
      problems.push(...check.problems);
      continue;
    }
    if (!policies.has(check.policy)) policies.set(check.policy, check.policy);
    checked.push({ path, policy: policies.get(check.policy)!, insertAt: check.insertAt });
  }
  if (problems.length) {
    throw new ContentSecurityError(`Pages with inline code that the site's components do not author (it would run or style the page):\n${problems.join('\n')}`);
  }
  for (const { path, ...policy } of checked) writeFileSync(path, insertPolicy(readFileSync(path, 'utf8'), policy));
  return pages.length;
}
