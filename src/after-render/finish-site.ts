/**
 * Finishes the built site (scripts/after-render.ts): a Content
 * Security Policy in every page, allowing only the inline scripts and styles
 * the site's own components and Starlight's author (a page with any other
 * stops the build, naming it), then what can be kept offline and the service
 * worker that keeps it. Runs after the search indexes, so the service worker
 * can precache them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authoredInline, type ComponentSource } from '../lib/authored-inline.ts';
import { megabytes, precacheWarning } from '../lib/offline-plan.ts';
import { addContentSecurityPolicy } from './content-security-policy.ts';
import type { OfflineContent, StepLog } from './input.ts';
import { writeOfflineLists } from './offline-lists.ts';
import { addServiceWorker } from './service-worker.ts';

const components = (dir: string): ComponentSource[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));

/** The finishing steps on the built site, once its search indexes are written. `root` is the project's folder (its components' source). */
export async function finishBuiltSite(siteDir: string, root: string, offline: OfflineContent, log: StepLog): Promise<void> {
  const authored = authoredInline([...components(join(root, 'src')), ...components(join(root, 'node_modules/@astrojs/starlight'))]);
  const pages = addContentSecurityPolicy(siteDir, authored);
  const plan = writeOfflineLists(siteDir, offline);
  const precache = await addServiceWorker(siteDir, plan.shell);
  const searchIndex = plan.mainIndexInShell
    ? `the main search index (${megabytes(plan.searchIndexBytes)})`
    : `the offline title index (${megabytes(plan.titleIndexBytes)}) in place of the main search index (${megabytes(plan.searchIndexBytes)}, saved with the site)`;
  log.info(
    `Content Security Policy in ${pages} pages; service worker precaches ${precache.count} files (${megabytes(precache.size)}): ` +
      `the shell, ${searchIndex}${plan.archiveIndexInShell ? `, the archive's search index (${megabytes(plan.archiveIndexBytes)})` : ''} and ${plan.guidesInShell} of ${plan.guidesInShell + plan.guidesLeftOut} guides; ` +
      `the rest of the site, cached when read or saved, is ${plan.site.files.length} files (${Math.round(plan.site.bytes / 1024)} kB).`,
  );
  const warning = precacheWarning(plan, precache.size);
  if (warning) log.warn(warning);
}
