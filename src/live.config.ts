/**
 * The checked corpus as the pages read it (src/lib/collections.ts): a live
 * collection, so Astro serializes no copy of the content into its data store
 * (see src/loaders/content-loaders.ts). Starlight's docs collection is in
 * src/content.config.ts.
 */
import { defineLiveCollection } from 'astro:content';
import { contentDirFromEnv } from './lib/load-content.ts';
import { checkedCorpusLoader } from './loaders/content-loaders.ts';

export const collections = {
  corpus: defineLiveCollection({ loader: checkedCorpusLoader(contentDirFromEnv()) }),
};
