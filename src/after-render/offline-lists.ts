/**
 * The offline lists step after rendering: what a device can keep offline,
 * planned by src/lib/offline-plan.ts from the built files, written where the
 * service worker and the save controls read it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import {
  type BuiltFile, documentSaveUrl, OFFLINE_LISTS, offlinePages, type OfflinePlan, planOffline, type PlanInput, type ShellPages, SITE_SAVE_URL,
} from '../lib/offline-plan.ts';
import { readFragments } from './search-fragments.ts';

const builtFiles = (siteDir: string): BuiltFile[] =>
  readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: full.slice(siteDir.length).replace(/^[\\/]+/, '').split(sep).join('/'), bytes: statSync(full).size };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

const writeJson = (siteDir: string, url: string, value: unknown) => {
  const path = join(siteDir, url);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
};

/**
 * Writes what the worker and the save controls read: each search index's
 * pages and results' titles (the main one precached, saying which search
 * index the shell holds; the archive's with the archive's index), and per
 * document and for the whole site the files to save with their sizes
 * (fetched when a reader asks to save).
 */
export function writeOfflineLists(siteDir: string, content: Pick<PlanInput, 'guides' | 'documents' | 'limit'>): OfflinePlan {
  const fragments = readFragments(siteDir);
  const lists = offlinePages(builtFiles(siteDir), fragments);
  const writeLists = (titleIndex: boolean) => {
    const shellList: ShellPages = { ...lists.main, titleIndex };
    writeJson(siteDir, OFFLINE_LISTS.main, shellList);
    writeJson(siteDir, OFFLINE_LISTS.archive, lists.archive);
  };
  writeLists(false);
  const wasmLanguages = Object.values(
    (JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> }).languages,
  ).flatMap((l) => (l.wasm ? [l.wasm] : []));
  const plan = planOffline({ files: builtFiles(siteDir), fragments, wasmLanguages, ...content });
  // The plan counted the shell's list as written above; "true" is one byte shorter than "false".
  if (!plan.mainIndexInShell) writeLists(true);
  for (const [id, set] of plan.documents) writeJson(siteDir, documentSaveUrl(id), set);
  writeJson(siteDir, SITE_SAVE_URL, plan.site);
  return plan;
}
