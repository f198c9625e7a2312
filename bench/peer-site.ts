/**
 * The peer: a default, uncustomised Astro + Starlight project holding the
 * same synthetic guides, in a folder under bench/work/. It has no
 * node_modules of its own: Node and Vite find this repository's by walking
 * up, so both sites build with the same versions. Its package.json must
 * still list astro and Starlight: Astro bundles only the packages a project
 * depends on, and an external Starlight fails on its astro: imports.
 */
import { toPeerGuide } from './peer-guide.ts';
import { writeFiles } from './write-files.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'Peer' })] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const HOME = `---
title: Peer
description: Default Starlight site with the benchmark's guides.
---

The same synthetic guides as the benchmark, in a default Starlight site.
`;

/** Writes the peer project into `dir` from the generated corpus's files. */
export function writePeerSite(dir: string, corpusFiles: Map<string, string>): void {
  const files = new Map<string, string>([
    ['package.json', '{ "name": "bench-peer", "private": true, "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n'],
    ['astro.config.mjs', CONFIG],
    ['src/content.config.ts', CONTENT_CONFIG],
    ['src/content/docs/index.mdx', HOME],
  ]);
  for (const [path, text] of corpusFiles) {
    if (path.startsWith('guides/')) files.set(`src/content/docs/${path.slice('guides/'.length)}`, toPeerGuide(text));
  }
  writeFiles(dir, files);
}
