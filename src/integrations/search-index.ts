/**
 * Writes the site's two Pagefind indexes in `astro:build:done`, in place of
 * Starlight's one (its `pagefind` option is off; Starlight still marks each
 * page's indexed part with data-pagefind-body): the main index in /pagefind/
 * and the archive in /pagefind-arkiv/ (src/lib/search-index.ts). Listed
 * before finishSite in astro.config.ts, which precaches the indexes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES, searchIndexGlobs, type SearchIndexName } from '../lib/search-index.ts';

const checked = <T extends { errors: string[] }>(what: string, response: T): T => {
  if (response.errors.length) throw new Error(`Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
  return response;
};

export function searchIndexes(): AstroIntegration {
  return {
    name: 'search-indexes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const top = readdirSync(siteDir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
        const globs = searchIndexGlobs(top);
        try {
          // One index at a time, each deleted once written, so Pagefind's process holds one in memory.
          for (const name of Object.keys(globs) as SearchIndexName[]) {
            const started = performance.now();
            const { index } = checked('start an index', await pagefind.createIndex());
            let pages = 0;
            for (const glob of globs[name]) pages += checked(`index ${glob}`, await index!.addDirectory({ path: siteDir, glob })).page_count;
            checked('write the index', await index!.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLES[name]) }));
            await index!.deleteIndex();
            logger.info(`Search index ${SEARCH_BUNDLES[name]} from ${pages} HTML files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
