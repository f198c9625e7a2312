/**
 * The content loader of src/live.config.ts, and the watch that reads the
 * content again in `astro dev`. The loader takes its entry from the one
 * checked reading of CONTENT_DIR (src/lib/content-once.ts); nothing here
 * reads a content file.
 *
 * The pages read the checked corpus itself through a live collection
 * (`checkedCorpusLoader`): Astro keeps no copy of it. A content-layer
 * collection would be serialized into Astro's data store and bundled as one
 * JavaScript module, held as its source, its JSON text and the parsed
 * entries again (26.5 MB of module at 100×, most of it guides' bodies and
 * versions' passages), all growing with the content.
 */
import { resolve, sep } from 'node:path';
import type { LiveDataEntry } from 'astro';
import type { LiveLoader } from 'astro/loaders';
import { checkedContentOnce, markContentStale } from '../lib/content-once.ts';
import type { Corpus } from '../lib/corpus.ts';
import { ContentError } from '../lib/problems.ts';

/** The id of the one entry of the live collection: the checked corpus. */
export const CORPUS_ENTRY = 'corpus';

/**
 * The live collection the pages read: one entry, the checked corpus of this
 * process (read again in `astro dev` after a change, see `watchContent`), or
 * the checks' problems as its error.
 */
export const checkedCorpusLoader = (contentDir: string): LiveLoader<Corpus> => {
  const load = (): LiveDataEntry<Corpus> | { error: ContentError } => {
    const { corpus, problems } = checkedContentOnce(contentDir);
    return problems.length > 0 ? { error: new ContentError(problems) } : { id: CORPUS_ENTRY, data: corpus };
  };
  return {
    name: 'checked-corpus',
    loadEntry: async () => load(),
    loadCollection: async () => {
      const entry = load();
      return 'error' in entry ? entry : { entries: [entry] };
    },
  };
};

/** What `watchContent` needs of Vite's dev server. */
export interface DevServer {
  watcher: { add(path: string): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
  ws: { send(payload: { type: 'full-reload' }): void };
}

/**
 * In `astro dev`: when a file under the content folder changes, the next page
 * gets a new checked reading, problems are logged, and the browser reloads.
 * The content is no module Vite knows of, so it would not reload by itself.
 */
export function watchContent(contentDir: string, server: DevServer, logError: (message: string) => void): void {
  const root = resolve(contentDir);
  server.watcher.add(root);
  server.watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(`${root}${sep}`)) return;
    markContentStale(contentDir);
    const { problems } = checkedContentOnce(contentDir);
    if (problems.length > 0) logError(new ContentError(problems).message);
    server.ws.send({ type: 'full-reload' });
  });
}
