/**
 * The corpus as the pages see it: Astro's content collections mapped to the
 * same `Corpus` shape the checks use. Only this module talks to astro:content.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Corpus } from './corpus.ts';
import { csvRecords, readCheckedCsv } from './csv.ts';

let cached: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const entries = <T>(list: { id: string; filePath?: string; data: T }[]) =>
    list.map((e) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data })).sort((a, b) => a.id.localeCompare(b.id, 'sv'));

  const versions = (await getCollection('versions')).map((e) => {
    const [document, , id] = e.id.split('/');
    return { id, document, file: e.filePath ?? e.id, data: e.data };
  });
  const statistics = (await getCollection('statistics')).map((e) => {
    const csvFile = (e.filePath ?? '').replace(/\.ya?ml$/, '.csv');
    const rows = readCheckedCsv(readFileSync(csvFile), csvFile);
    const keys = e.data.columns.map((c) => c.key);
    return {
      id: e.id,
      file: e.filePath ?? e.id,
      data: e.data,
      csvFile,
      rows: csvRecords(rows, keys),
    };
  });
  const guides = (await getCollection('docs')).map((e) => ({
    id: e.id,
    file: e.filePath ?? e.id,
    title: e.data.title,
    aboutSite: e.data.aboutSite ?? false,
    searchTerms: e.data.searchTerms ?? [],
    body: e.body ?? '',
    bodyLine: 1,
  }));
  return {
    // In the order of their files (000–004), which is the order the seeds list them.
    sources: entries(await getCollection('sources')).sort((a, b) => a.data.file.localeCompare(b.data.file)),
    documents: entries(await getCollection('documents')),
    versions,
    concepts: entries(await getCollection('concepts')),
    processes: entries(await getCollection('processes')),
    events: entries(await getCollection('events')),
    statistics,
    glossary: entries(await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv')),
    guides,
  };
}

export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
