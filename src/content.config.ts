/**
 * Astro content collections over CONTENT_DIR (default content/). Every
 * collection but Starlight's i18n strings is filled by our content loaders
 * (src/loaders/content-loaders.ts) from the one checked reading of the folder
 * (src/lib/load-content.ts), so the pages see exactly the entries, ids and
 * order that `npm run check:content` checks. Starlight's schema checks its own
 * guide frontmatter fields; ours are checked by the reader.
 */
import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentDirFromEnv } from './lib/load-content.ts';
import { pageFields } from './lib/schema.ts';
import { corpusCollectionLoader as fromCorpus, docsLoader } from './loaders/content-loaders.ts';

const dir = contentDirFromEnv();

export const collections = {
  docs: defineCollection({
    loader: docsLoader(dir),
    // Custom pages (StarlightPage) share this schema, so our guide fields are
    // optional here; the reader requires them of every guide (guideFrontmatter),
    // and titles are plain text here too.
    schema: docsSchema({ extend: pageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  guides: defineCollection({ loader: fromCorpus('guides', dir) }),
  sources: defineCollection({ loader: fromCorpus('sources', dir) }),
  documents: defineCollection({ loader: fromCorpus('documents', dir) }),
  versions: defineCollection({ loader: fromCorpus('versions', dir) }),
  concepts: defineCollection({ loader: fromCorpus('concepts', dir) }),
  processes: defineCollection({ loader: fromCorpus('processes', dir) }),
  events: defineCollection({ loader: fromCorpus('events', dir) }),
  statistics: defineCollection({ loader: fromCorpus('statistics', dir) }),
  glossary: defineCollection({ loader: fromCorpus('glossary', dir) }),
};
