/**
 * Starlight's content collections. The pages, guides included, read the
 * checked content through the live collection in src/live.config.ts, so they
 * see exactly the entries, ids and order that `npm run check:content` checks.
 * Starlight's `docs` collection holds no entry: every page is a route of our
 * own (guides: src/pages/[...guide].astro) made with <StarlightPage>, which
 * checks its frontmatter with this schema. Astro's warning that "docs" is
 * empty, at each build, is this design, not a fault.
 */
import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields } from './lib/schema.ts';

export const collections = {
  docs: defineCollection({
    loader: async () => [],
    // Every page shares this schema, so our guide fields are optional here;
    // the reader requires them of every guide (guideFrontmatter), and titles
    // are plain text here too.
    schema: docsSchema({ extend: pageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
