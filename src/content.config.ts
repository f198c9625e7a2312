/**
 * Astro content collections over CONTENT_DIR (default content/). The schemas
 * come from src/lib/schema.ts; cross-references are checked before the build
 * by src/integrations/validate-content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
  conceptSchema,
  documentSchema,
  eventSchema,
  glossarySchema,
  pageFields,
  processSchema,
  sourceSchema,
  statisticSchema,
  versionSchema,
} from './lib/schema.ts';

const dir = process.env.CONTENT_DIR ?? 'content';
/** Ids are file names (or document/version paths), exactly as validation reports them. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');
const yaml = <S extends z.ZodType>(folder: string, schema: S) =>
  defineCollection({ loader: glob({ base: `${dir}/${folder}`, pattern: '*.yaml', generateId: byPath }), schema });

export const collections = {
  docs: defineCollection({
    loader: glob({ base: `${dir}/guides`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: pageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources: yaml('sources', sourceSchema),
  documents: defineCollection({
    loader: glob({ base: `${dir}/documents`, pattern: '*/document.yaml', generateId: ({ entry }) => entry.split('/')[0] }),
    schema: documentSchema,
  }),
  versions: defineCollection({
    loader: glob({ base: `${dir}/documents`, pattern: '*/versions/*.yaml', generateId: byPath }),
    schema: versionSchema,
  }),
  concepts: yaml('concepts', conceptSchema),
  processes: yaml('processes', processSchema),
  events: yaml('events', eventSchema),
  statistics: yaml('statistics', statisticSchema),
  glossary: yaml('glossary', glossarySchema),
};
