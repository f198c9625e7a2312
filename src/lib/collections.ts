/**
 * The corpus as the pages see it: the checked reading of CONTENT_DIR, from
 * the live collection our loader serves it through (src/live.config.ts).
 * Only this module talks to astro:content for it; it reads no files.
 */
import { getLiveEntry } from 'astro:content';
import type { Corpus, GuideEntry } from './corpus.ts';
import { CORPUS_ENTRY } from '../loaders/content-loaders.ts';
import { oncePer } from './once-per.ts';

/** The checked corpus; in `astro dev` the latest reading. Throws the checks' problems when the content has any. */
export async function getCorpus(): Promise<Corpus> {
  const { entry, error } = await getLiveEntry('corpus', CORPUS_ENTRY);
  if (!entry) throw error;
  return entry.data;
}

const guidesById = oncePer((corpus: Corpus) => new Map(corpus.guides.map((g) => [g.id, g])));

/** The guide with this id (Starlight's docs entry id), looked up once per corpus. */
export async function getGuide(id: string): Promise<GuideEntry | undefined> {
  return guidesById(await getCorpus()).get(id);
}
