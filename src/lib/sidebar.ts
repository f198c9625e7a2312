/**
 * Sidebar groups for the guides. Starlight's `autogenerate` only looks in
 * src/content/docs/, and our guides live in CONTENT_DIR/guides/, so the
 * groups are listed here from the files, ordered by `sidebar.order`, then title.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './load-content.ts';

export interface GuideGroup {
  label: string;
  /** Folder under guides/, which is also the URL prefix. */
  directory: string;
}

/** The guide folders under CONTENT_DIR/guides/ and their sidebar labels, in order. */
export const GUIDE_GROUPS: GuideGroup[] = [
  { label: 'Kom igång', directory: 'kom-igang' },
  { label: 'Samordning i praktiken', directory: 'samordning' },
  { label: 'Möten och verktyg', directory: 'moten-och-verktyg' },
  { label: 'Erfarenheter från försök', directory: 'erfarenheter' },
  { label: 'För analytiker', directory: 'for-analytiker' },
];

interface GuideLink {
  label: string;
  link: string;
}

export function guideSidebarItems(guidesDir: string, directory: string): GuideLink[] {
  const dir = join(guidesDir, directory);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((file) => {
      const frontmatter = parse(splitFrontmatter(readFileSync(join(dir, file), 'utf8'))?.frontmatter ?? '') ?? {};
      return {
        order: Number(frontmatter.sidebar?.order ?? Number.MAX_SAFE_INTEGER),
        label: String(frontmatter.sidebar?.label ?? frontmatter.title ?? file),
        link: `/${directory}/${file.replace(/\.mdx?$/, '')}/`,
      };
    })
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'sv'))
    .map(({ label, link }) => ({ label, link }));
}

export function guideSidebar(guidesDir: string, groups: GuideGroup[]) {
  return groups.map(({ label, directory }) => ({ label, items: guideSidebarItems(guidesDir, directory) }));
}
