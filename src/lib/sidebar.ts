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

export interface GuideLink {
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

/** The shape of Starlight's sidebar entries, as far as bounding them needs. */
export interface NavLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: undefined | object;
  attrs: Record<string, unknown>;
}
export interface NavGroup {
  type: 'group';
  label: string;
  entries: NavEntry[];
  collapsed: boolean;
  badge: undefined | object;
}
export type NavEntry = NavLink | NavGroup;

/** How many links a group shows: around the current page in its own group, from the start in others. */
export const SIDEBAR_LIMITS = { currentGroup: 15, otherGroup: 8 };

const containsCurrent = (entry: NavEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);

const indexLink = (label: string, href: string): NavLink => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });

/**
 * Starlight writes every sidebar link into every page, so with many guides
 * each page grows with the size of the site. A group longer than its limit
 * shows a window of its links (around the current page, or its first links)
 * and a link to the group's index page, which lists them all.
 */
export function boundedSidebar<E extends NavEntry>(
  entries: E[],
  groupIndex: (groupLabel: string) => string | undefined,
  limits = SIDEBAR_LIMITS,
): E[] {
  return entries.map((entry) => {
    const index = entry.type === 'group' ? groupIndex(entry.label) : undefined;
    if (entry.type !== 'group' || !index) return entry;
    const current = entry.entries.findIndex(containsCurrent);
    const limit = current >= 0 ? limits.currentGroup : limits.otherGroup;
    if (entry.entries.length <= limit) return entry;
    const start = current >= 0 ? Math.min(Math.max(0, current - Math.floor(limit / 2)), entry.entries.length - limit) : 0;
    const shown = entry.entries.slice(start, start + limit);
    return { ...entry, entries: [...shown, indexLink(`Alla ${entry.entries.length} i gruppen →`, index)] };
  });
}

/** The index page of a guide group, by its sidebar label. */
export const groupIndexUrl = (label: string) => {
  const group = GUIDE_GROUPS.find((g) => g.label === label);
  return group && `/${group.directory}/`;
};
