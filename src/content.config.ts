/**
 * Astro content collections over CONTENT_DIR (default content/): Starlight's
 * guides (`docs`, filled by our docs loader from the one checked reading of
 * the folder, src/loaders/content-loaders.ts) and its i18n strings. The
 * pages read the rest of the checked content through the live collection in
 * src/live.config.ts, so they see exactly the entries, ids and order that
 * `npm run check:content` checks. Starlight's schema checks its own guide
 * frontmatter fields; ours are checked by the reader.
 */
import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentDirFromEnv } from './lib/load-content.ts';
import { pageFields } from './lib/schema.ts';
import { docsLoader } from './loaders/content-loaders.ts';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(contentDirFromEnv()),
    // Custom pages (StarlightPage) share this schema, so our guide fields are
    // optional here; the reader requires them of every guide (guideFrontmatter),
    // and titles are plain text here too.
    schema: docsSchema({ extend: pageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
