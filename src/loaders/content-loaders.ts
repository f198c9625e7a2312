/**
 * The content loaders of src/content.config.ts and src/live.config.ts. Both
 * take their entries from the one checked reading of CONTENT_DIR
 * (src/lib/content-once.ts); nothing here reads a content file.
 *
 * The pages read the checked corpus itself through a live collection
 * (`checkedCorpusLoader`): Astro keeps no copy of it. A content-layer
 * collection would be serialized into Astro's data store and bundled as one
 * JavaScript module, held as its source, its JSON text and the parsed
 * entries again (26.5 MB of module at 100×, most of it guides' bodies and
 * versions' passages), all growing with the content.
 *
 * Starlight's `docs` collection must be a content-layer collection: it holds
 * the guides' frontmatter through Starlight's schema (`parseData`), and Astro's
 * MDX integration renders each guide from its file (`deferredRender`), as
 * Astro's own glob() loader does for MDX. Like glob() with `retainBody: false`
 * it stores no body: the page renders from the module. Starlight makes each
 * guide's page from the id given here, so the page, the sidebar and the link
 * checks share one address.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveDataEntry } from 'astro';
import type { LiveLoader, Loader } from 'astro/loaders';
import { checkedContentOnce, markContentStale } from '../lib/content-once.ts';
import type { Corpus } from '../lib/corpus.ts';
import { ContentError } from '../lib/problems.ts';

/** The id of the one entry of the live collection: the checked corpus. */
export const CORPUS_ENTRY = 'corpus';

/**
 * The live collection the pages read: one entry, the checked corpus of this
 * process (read again in `astro dev` after the docs loader saw a change), or
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

/**
 * Starlight's docs collection: the guides under the ids the checks use,
 * rendered from their MDX files. Invalid content stops the build. In `astro
 * dev` it also marks the reading stale when a file under the content folder
 * changes and fills again from the new reading, which Astro's data store
 * picks up (reloading the page in the browser); while the content has
 * problems they are logged and the collection keeps what it had.
 */
export const docsLoader = (contentDir: string): Loader => {
  const fill: Loader['load'] = async ({ store, parseData, config }) => {
    const { corpus, problems } = checkedContentOnce(contentDir);
    if (problems.length > 0) throw new ContentError(problems);
    const root = fileURLToPath(config.root);
    const entries = await Promise.all(
      corpus.guides.map(async (guide) => {
        const filePath = resolve(guide.file);
        return {
          id: guide.id,
          data: await parseData({ id: guide.id, data: guide.frontmatter, filePath }),
          filePath: relative(root, filePath).split(sep).join('/'),
          deferredRender: true,
        };
      }),
    );
    store.clear();
    for (const entry of entries) store.set(entry);
  };
  return {
    name: 'corpus-docs',
    load: async (context) => {
      await fill(context);
      const { watcher, logger } = context;
      if (!watcher) return;
      const root = resolve(contentDir);
      watcher.add(root);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(`${root}${sep}`)) return;
        markContentStale(contentDir);
        const checked = checkedContentOnce(contentDir);
        if (checked.problems.length > 0) logger.error(new ContentError(checked.problems).message);
        else fill(context).catch((error: Error) => logger.error(error.message));
      });
    },
  };
};
