import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { checkedCorpusLoader, CORPUS_ENTRY, docsLoader } from './content-loaders.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
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

/** What `getLiveEntry('corpus', CORPUS_ENTRY)` gets from the loader. */
const servedEntry = (dir: string) =>
  // Astro types the default entry filter as never ({ id } is what getLiveEntry passes).
  checkedCorpusLoader(dir).loadEntry({ filter: { id: CORPUS_ENTRY }, collection: 'corpus' } as never);

describe('content loaders', () => {
  it('serve the pages the checked corpus itself, as the checks read it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-live-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const entry = await servedEntry(dir);
    expect(entry).toEqual({ id: CORPUS_ENTRY, data: checkedContentOnce(dir).corpus });
    expect((entry as { data: Corpus }).data).toBe(checkedContentOnce(dir).corpus);
    expect(await checkedCorpusLoader(dir).loadCollection({ collection: 'corpus' })).toEqual({ entries: [entry] });
  });

  it('give Starlight each guide under the id the checks use, its frontmatter through the collection schema, rendered from its file without a stored body', async () => {
    const [guide] = loadValidContent(VALID_FIXTURE).guides;
    const { context, stored } = fakeContext();
    await docsLoader(VALID_FIXTURE).load(context);
    expect(stored()).toEqual([
      {
        id: 'kom-igang/borja-har',
        data: { ...guide.frontmatter, parsed: true },
        filePath: 'tests/fixtures/valid/guides/kom-igang/borja-har.mdx',
        deferredRender: true,
      },
    ]);
  });

  it('stop on invalid content with the checks’ messages', async () => {
    const dir = contentWithBrokenCase('unknown-source');
    const loading = docsLoader(dir).load(fakeContext().context);
    await expect(loading).rejects.toThrow(ContentError);
    await expect(loading).rejects.toThrow('cites unknown source "okand-kalla"');
    const served = await servedEntry(dir);
    expect(served && 'error' in served && served.error.message).toContain('cites unknown source "okand-kalla"');
  });

  it('read the folder once for the docs and the pages, and again only after a change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-once-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const first = checkedContentOnce(dir);
    await docsLoader(dir).load(fakeContext().context);
    await servedEntry(dir);
    expect(checkedContentOnce(dir)).toBe(first);
    markContentStale(dir);
    expect(checkedContentOnce(dir)).not.toBe(first);
  });

  it('in astro dev, read the folder again when a file under it changes: the docs are filled again and the pages get the new reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const watcher = new EventEmitter();
    const { context, stored } = fakeContext(watcher);
    await docsLoader(dir).load(context);
    const served = async () => ((await servedEntry(dir)) as { data: Corpus }).data;
    expect((await served()).glossary.map((e) => e.id)).toEqual(['samordning']);

    const added = join(dir, 'glossary', 'avstamning.yaml');
    writeFileSync(added, 'term: avstämning\nexplainedInSources: false\n');
    watcher.emit('all', 'add', resolve(added));
    expect((await served()).glossary.map((e) => e.id)).toEqual(['avstamning', 'samordning']);

    const guide = join(dir, 'guides', 'kom-igang', 'borja-har.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^title: .*$/m, 'title: Ny rubrik'));
    watcher.emit('all', 'change', resolve(guide));
    await new Promise((done) => setTimeout(done, 0));
    expect(stored().map((e) => e.data.title)).toEqual(['Ny rubrik']);
  });

  it('in astro dev, log the problems of a broken change, keep the docs they had, and give the pages the problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const watcher = new EventEmitter();
    const docs = fakeContext(watcher);
    await docsLoader(dir).load(docs.context);

    const broken = join(dir, 'glossary', 'samordning.yaml');
    writeFileSync(broken, 'term: Samordning\nexplainedInSources: true\nmeaning: x\ncitation: { source: okand, section: Inledning }\n');
    watcher.emit('all', 'change', resolve(broken));
    await new Promise((done) => setTimeout(done, 0));
    const message = `Content is invalid (1 problem):\n  - ${broken}:4: field "citation.source": cites unknown source "okand": use one of kalla, or add content/sources/okand.yaml`;
    expect(docs.errors).toEqual([message]);
    expect(docs.stored().map((e) => e.id)).toEqual(['kom-igang/borja-har']);
    const served = await servedEntry(dir);
    expect(served && 'error' in served && served.error.message).toBe(message);
  });
});
