import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { checkedContentOnce, markContentStale } from '../lib/content-once.ts';
import type { Corpus } from '../lib/corpus.ts';
import { ContentError } from '../lib/problems.ts';
import { loadValidContent } from '../lib/validate.ts';
import { contentWithBrokenCase, VALID_FIXTURE } from '../../tests/support/fixtures.ts';
import { corpusCollectionLoader, docsLoader, inReaderOrder, type StoredEntry } from './content-loaders.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  deferredRender?: boolean;
}

/** As much of Astro's loader context as the loaders use; the store iterates by id, as Astro's data store does. */
function fakeContext(watcher?: EventEmitter) {
  const entries = new Map<string, Stored>();
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: { error: (message: string) => errors.push(message) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, parsed: true }),
    store: {
      clear: () => entries.clear(),
      set: (entry: Stored) => entries.set(entry.id, entry),
    },
    watcher: watcher && Object.assign(watcher, { add: () => watcher }),
  };
  const errors: string[] = [];
  const stored = () => [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { context: context as unknown as LoaderContext, stored, errors };
}

const collections: (keyof Corpus)[] = ['sources', 'documents', 'versions', 'concepts', 'processes', 'events', 'statistics', 'glossary', 'guides'];

describe('content loaders', () => {
  it('store every entry of each collection as the checks read it, and give it back in the reader’s order', async () => {
    const corpus = loadValidContent(VALID_FIXTURE);
    for (const collection of collections) {
      const { context, stored } = fakeContext();
      await corpusCollectionLoader(collection, VALID_FIXTURE).load(context);
      expect(inReaderOrder(stored().map((e) => e.data as unknown as StoredEntry<unknown>))).toEqual(corpus[collection]);
    }
  });

  it('give a version the id "<document>/<version>", unique across documents', async () => {
    const { context, stored } = fakeContext();
    await corpusCollectionLoader('versions', VALID_FIXTURE).load(context);
    expect(stored().map((e) => e.id)).toEqual(['doc-a/1', 'doc-a/2', 'doc-b/1']);
  });

  it('give Starlight each guide under the id the checks use, its frontmatter through the collection schema, rendered from its file', async () => {
    const [guide] = loadValidContent(VALID_FIXTURE).guides;
    const { context, stored } = fakeContext();
    await docsLoader(VALID_FIXTURE).load(context);
    expect(stored()).toEqual([
      {
        id: 'kom-igang/borja-har',
        data: { ...guide.frontmatter, parsed: true },
        body: guide.body,
        filePath: 'tests/fixtures/valid/guides/kom-igang/borja-har.mdx',
        deferredRender: true,
      },
    ]);
  });

  it('stop on invalid content with the checks’ messages', async () => {
    const dir = contentWithBrokenCase('unknown-source');
    const { context } = fakeContext();
    const loading = corpusCollectionLoader('events', dir).load(context);
    await expect(loading).rejects.toThrow(ContentError);
    await expect(loading).rejects.toThrow('cites unknown source "okand-kalla"');
  });

  it('read the folder once for all collections, and again only after a change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-once-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const first = checkedContentOnce(dir);
    await corpusCollectionLoader('sources', dir).load(fakeContext().context);
    await docsLoader(dir).load(fakeContext().context);
    expect(checkedContentOnce(dir)).toBe(first);
    markContentStale(dir);
    expect(checkedContentOnce(dir)).not.toBe(first);
  });

  it('in astro dev, refill the collection when a file under the content folder changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const watcher = new EventEmitter();
    const { context, stored } = fakeContext(watcher);
    await corpusCollectionLoader('glossary', dir).load(context);
    expect(stored().map((e) => e.id)).toEqual(['samordning']);

    const added = join(dir, 'glossary', 'avstamning.yaml');
    writeFileSync(added, 'term: avstämning\nexplainedInSources: false\n');
    watcher.emit('all', 'add', resolve(added));
    await new Promise((done) => setTimeout(done, 0));
    expect(stored().map((e) => e.id)).toEqual(['avstamning', 'samordning']);
  });

  it('in astro dev, log the problems of a broken change once and keep what the collections had', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const watcher = new EventEmitter();
    const glossary = fakeContext(watcher);
    const events = fakeContext(watcher);
    await corpusCollectionLoader('glossary', dir).load(glossary.context);
    await corpusCollectionLoader('events', dir).load(events.context);

    const broken = join(dir, 'glossary', 'samordning.yaml');
    writeFileSync(broken, 'term: Samordning\nexplainedInSources: true\nmeaning: x\ncitation: { source: okand, section: Inledning }\n');
    watcher.emit('all', 'change', resolve(broken));
    await new Promise((done) => setTimeout(done, 0));
    expect([...glossary.errors, ...events.errors]).toEqual([
      `Content is invalid (1 problem):\n  - ${broken}:4: field "citation.source": cites unknown source "okand": use one of kalla, or add content/sources/okand.yaml`,
    ]);
    expect(glossary.stored().map((e) => e.id)).toEqual(['samordning']);
    expect(events.stored().map((e) => e.id)).toEqual(['reform']);
  });
});
