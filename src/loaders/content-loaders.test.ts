import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedContentOnce, markContentStale } from '../lib/content-once.ts';
import type { Corpus } from '../lib/corpus.ts';
import { contentWithBrokenCase, VALID_FIXTURE } from '../../tests/support/fixtures.ts';
import { checkedCorpusLoader, CORPUS_ENTRY, watchContent, type DevServer } from './content-loaders.ts';

/** As much of Vite's dev server as `watchContent` uses: its watcher, and the reloads it was asked for. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const reloads: string[] = [];
  const errors: string[] = [];
  const server = { watcher, ws: { send: (payload: { type: string }) => reloads.push(payload.type) } };
  return { server: server as unknown as DevServer, watcher, reloads, errors, logError: (message: string) => errors.push(message) };
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

  it('give the pages the checks’ problems when the content is invalid', async () => {
    const dir = contentWithBrokenCase('unknown-source');
    const served = await servedEntry(dir);
    expect(served && 'error' in served && served.error.message).toContain('cites unknown source "okand-kalla"');
  });

  it('read the folder once for the checks and the pages, and again only after a change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-once-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const first = checkedContentOnce(dir);
    await servedEntry(dir);
    expect(checkedContentOnce(dir)).toBe(first);
    markContentStale(dir);
    expect(checkedContentOnce(dir)).not.toBe(first);
  });

  it('in astro dev, read the folder again when a file under it changes, and reload the browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const { server, watcher, reloads, errors, logError } = fakeServer();
    watchContent(dir, server, logError);
    const served = async () => ((await servedEntry(dir)) as { data: Corpus }).data;
    expect((await served()).glossary.map((e) => e.id)).toEqual(['samordning']);

    const added = join(dir, 'glossary', 'avstamning.yaml');
    writeFileSync(added, 'term: avstämning\nexplainedInSources: false\n');
    watcher.emit('all', 'add', resolve(added));
    expect((await served()).glossary.map((e) => e.id)).toEqual(['avstamning', 'samordning']);

    const guide = join(dir, 'guides', 'kom-igang', 'borja-har.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^title: .*$/m, 'title: Ny rubrik'));
    watcher.emit('all', 'change', resolve(guide));
    expect((await served()).guides.map((g) => g.title)).toEqual(['Ny rubrik']);
    expect(reloads).toEqual(['full-reload', 'full-reload']);
    expect(errors).toEqual([]);

    watcher.emit('all', 'change', resolve(join(dir, '..', 'elsewhere.yaml')));
    expect(reloads).toHaveLength(2);
  });

  it('in astro dev, log the problems of a broken change and give the pages the problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const { server, watcher, errors, logError } = fakeServer();
    watchContent(dir, server, logError);

    const broken = join(dir, 'glossary', 'samordning.yaml');
    writeFileSync(broken, 'term: Samordning\nexplainedInSources: true\nmeaning: x\ncitation: { source: okand, section: Inledning }\n');
    watcher.emit('all', 'change', resolve(broken));
    const message = `Content is invalid (1 problem):\n  - ${broken}:4: field "citation.source": cites unknown source "okand": use one of kalla, or add content/sources/okand.yaml`;
    expect(errors).toEqual([message]);
    const served = await servedEntry(dir);
    expect(served && 'error' in served && served.error.message).toBe(message);
  });
});
