/**
 * The content loaders (Astro's Content Loader API) of the collections in
 * src/content.config.ts. Each takes its entries from the one checked reading
 * of CONTENT_DIR (src/lib/content-once.ts) and stores them as they are: the
 * ids and fields the checks saw, and each entry's position in the reader's
 * order (Astro's data store keeps entries sorted by id, so the order is
 * stored, not implied). Nothing here reads a content file.
 *
 * The guides are stored twice from that reading: as `guides`, the checked
 * entries the pages list and search, and as Starlight's `docs` collection,
 * whose frontmatter goes through Starlight's schema (`parseData`) and whose
 * MDX Astro's MDX integration renders from the file (`deferredRender`), as
 * Astro's own glob() loader does for MDX. Starlight makes each guide's page
 * from the id given here, so the page, the sidebar and the link checks share
 * one address.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedContentOnce, markContentStale } from '../lib/content-once.ts';
import type { Corpus } from '../lib/corpus.ts';
import { ContentError } from '../lib/problems.ts';

function checkedCorpus(contentDir: string): Corpus {
  const { corpus, problems } = checkedContentOnce(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return corpus;
}

/** Readings whose problems were already logged: one message per change, not one per collection. */
const reported = new WeakSet<object>();

/**
 * A loader that fills its collection from the checked corpus (invalid content
 * stops the build), and in `astro dev` again when a file under the content
 * folder changes: every loader marks the reading stale in the watcher's event
 * and refills after it (a microtask), so one change is read once; while the
 * content has problems they are logged and the collections keep what they had.
 */
function corpusLoader(name: string, contentDir: string, fill: (context: LoaderContext, corpus: Corpus) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      await fill(context, checkedCorpus(contentDir));
      const { watcher, logger } = context;
      if (!watcher) return;
      const root = resolve(contentDir);
      watcher.add(root);
      const refill = async () => {
        const checked = checkedContentOnce(contentDir);
        if (checked.problems.length === 0) return fill(context, checked.corpus);
        if (!reported.has(checked)) logger.error(new ContentError(checked.problems).message);
        reported.add(checked);
      };
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(`${root}${sep}`)) return;
        markContentStale(contentDir);
        Promise.resolve().then(refill).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/** What the loaders store for each entry of the corpus: the entry as read, and its place in the reader's order. */
export interface StoredEntry<E> {
  position: number;
  entry: E;
}

/** Stored entries back in the reader's order, as they were read. */
export const inReaderOrder = <E>(stored: StoredEntry<E>[]): E[] =>
  [...stored].sort((a, b) => a.position - b.position).map((s) => s.entry);

/**
 * One collection of the corpus, the guides included (as the checks read them:
 * title, search terms, body). A version's id is "<document>/<version>",
 * unique across documents.
 */
export const corpusCollectionLoader = (collection: keyof Corpus, contentDir: string): Loader =>
  corpusLoader(`corpus-${collection}`, contentDir, async ({ store }, corpus) => {
    store.clear();
    corpus[collection].forEach((entry, position) => {
      const stored: StoredEntry<typeof entry> = { position, entry };
      store.set({ id: 'document' in entry ? `${entry.document}/${entry.id}` : entry.id, data: { ...stored } });
    });
  });

/** Starlight's docs collection: the same guides, same ids, rendered from their MDX files. */
export const docsLoader = (contentDir: string): Loader =>
  corpusLoader('corpus-docs', contentDir, async ({ store, parseData, config }, corpus) => {
    const root = fileURLToPath(config.root);
    const entries = await Promise.all(
      corpus.guides.map(async (guide) => {
        const filePath = resolve(guide.file);
        return {
          id: guide.id,
          data: await parseData({ id: guide.id, data: guide.frontmatter, filePath }),
          body: guide.body,
          filePath: relative(root, filePath).split(sep).join('/'),
          deferredRender: true,
        };
      }),
    );
    store.clear();
    for (const entry of entries) store.set(entry);
  });
