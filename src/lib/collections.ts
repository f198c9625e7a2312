/**
 * The corpus as the pages see it: the content collections, which our loaders
 * filled from the checked reading of CONTENT_DIR, mapped back to the `Corpus`
 * shape. Only this module talks to astro:content; it reads no files.
 */
import { getCollection } from 'astro:content';
import type { Corpus } from './corpus.ts';
import { inReaderOrder, type StoredEntry } from '../loaders/content-loaders.ts';

let cached: Promise<Corpus> | undefined;

type Collection = keyof Corpus;

/** A collection's entries as the reader made them, in the reader's order. */
async function stored<C extends Collection>(collection: C): Promise<Corpus[C]> {
  const entries = (await getCollection(collection)).map((e: { data: unknown }) => e.data as StoredEntry<Corpus[C][number]>);
  return inReaderOrder(entries) as Corpus[C];
}

async function load(): Promise<Corpus> {
  return {
    sources: await stored('sources'),
    documents: await stored('documents'),
    versions: await stored('versions'),
    concepts: await stored('concepts'),
    processes: await stored('processes'),
    events: await stored('events'),
    statistics: await stored('statistics'),
    glossary: await stored('glossary'),
    guides: await stored('guides'),
  };
}

export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
