/**
 * What a first visit downloads into the offline cache: the service worker's
 * precache manifest, read from the built sw.js (Workbox writes it there as
 * an array of { url, revision } entries, whatever the worker's other code),
 * and the size on disk of each file it lists.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import type { Node } from 'acorn';

/** The urls of the precache manifest in a service worker's source. */
export function precachedUrls(serviceWorker: string): string[] {
  const manifests: string[][] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node & Record<string, unknown>;
    if (n.type === 'ArrayExpression') {
      const urls = (n.elements as (Node | null)[]).map(manifestEntryUrl);
      if (urls.length > 0 && urls.every((u) => u !== undefined)) manifests.push(urls as string[]);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(parse(serviceWorker, { ecmaVersion: 'latest', sourceType: 'script' }));
  if (manifests.length !== 1) throw new Error(`Expected one precache manifest ({ url, revision } entries) in sw.js, found ${manifests.length}`);
  return manifests[0];
}

/** The url of a `{ url: "…", revision: "…" }` object (revision may be null), else undefined. */
function manifestEntryUrl(node: Node | null): string | undefined {
  if (node?.type !== 'ObjectExpression') return undefined;
  const properties = new Map<string, Node>();
  for (const p of (node as unknown as { properties: { type: string; key: Node & { name?: string; value?: unknown }; value: Node }[] }).properties) {
    if (p.type !== 'Property') return undefined;
    properties.set(String(p.key.name ?? p.key.value), p.value);
  }
  const url = properties.get('url') as (Node & { value?: unknown }) | undefined;
  if (!properties.has('revision') || url?.type !== 'Literal' || typeof url.value !== 'string') return undefined;
  return url.value;
}

/** The files the built site's service worker precaches, and their summed size in bytes. */
export function precacheSize(siteDir: string): { files: number; bytes: number } {
  const urls = precachedUrls(readFileSync(join(siteDir, 'sw.js'), 'utf8'));
  const bytes = urls.reduce((sum, url) => {
    const path = decodeURIComponent(new URL(url, 'http://site/').pathname);
    return sum + statSync(join(siteDir, path.endsWith('/') ? `${path}index.html` : path)).size;
  }, 0);
  return { files: urls.length, bytes };
}
