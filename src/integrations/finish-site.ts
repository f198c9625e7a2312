/**
 * Finishes the built site in Astro's `astro:build:done` hook, so that
 * `astro build` and `npm run build` give the same site: a Content Security
 * Policy in every page, allowing only the inline scripts and styles the
 * site's own components and Starlight's author (a page with any other stops
 * the build, naming it), then what can be kept offline and the service
 * worker that keeps it. Listed after the search indexes in astro.config.ts,
 * so the service worker can precache them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { authoredInline, type ComponentSource } from '../lib/authored-inline.ts';
import { checkedContentOnce } from '../lib/content-once.ts';
import { megabytes, type PlanInput, precacheWarning } from '../lib/offline-plan.ts';
import { documentLine } from '../lib/passage-history.ts';
import { compareDataUrl } from '../lib/routes.ts';
import { GUIDE_GROUPS, guideSidebar } from '../lib/sidebar.ts';
import { addContentSecurityPolicy, addServiceWorker, writeOfflineLists } from '../../scripts/finish-site.ts';

const components = (dir: string): ComponentSource[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));

/** What the offline plan needs of the content: the guides in reading order, and each document's compare data. */
export function offlineContent(): Pick<PlanInput, 'guides' | 'documents'> {
  const { corpus } = checkedContentOnce();
  return {
    // The guides in reading order: the precache takes them from the first while they fit its budget.
    guides: guideSidebar(corpus.guides, GUIDE_GROUPS).flatMap((group) => group.items.map((item) => item.link)),
    documents: corpus.documents.map((d) => ({ id: d.id, compareData: compareDataUrl(documentLine(corpus, d.id)[0]) })),
  };
}

export function finishSite(): AstroIntegration {
  let root: string;
  return {
    name: 'finish-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const authored = authoredInline([...components(`${root}src`), ...components(`${root}node_modules/@astrojs/starlight`)]);
        const pages = addContentSecurityPolicy(siteDir, authored);
        const plan = writeOfflineLists(siteDir, offlineContent());
        const precache = await addServiceWorker(siteDir, plan.shell);
        const searchIndex = plan.mainIndexInShell
          ? `the main search index (${megabytes(plan.searchIndexBytes)})`
          : `the offline title index (${megabytes(plan.titleIndexBytes)}) in place of the main search index (${megabytes(plan.searchIndexBytes)}, saved with the site)`;
        logger.info(
          `Content Security Policy in ${pages} pages; service worker precaches ${precache.count} files (${megabytes(precache.size)}): ` +
            `the shell, ${searchIndex}${plan.archiveIndexInShell ? `, the archive's search index (${megabytes(plan.archiveIndexBytes)})` : ''} and ${plan.guidesInShell} of ${plan.guidesInShell + plan.guidesLeftOut} guides; ` +
            `the rest of the site, cached when read or saved, is ${plan.site.files.length} files (${Math.round(plan.site.bytes / 1024)} kB).`,
        );
        const warning = precacheWarning(plan, precache.size);
        if (warning) logger.warn(warning);
      },
    },
  };
}
