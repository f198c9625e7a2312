/**
 * Sidebar groups for the guides. Starlight's `autogenerate` only looks in
 * src/content/docs/, and our guides live in CONTENT_DIR/guides/, so the
 * groups are listed here from the guides the content reader found (the same
 * ids the pages are built from), ordered by `sidebar.order`, then title.
 */
import type { GuideEntry } from './corpus.ts';
import { guideUrl } from './routes.ts';

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

/** Starlight's `sidebar` frontmatter, as far as the order and label go. */
const sidebarOf = (guide: GuideEntry) => (guide.frontmatter.sidebar ?? {}) as { order?: unknown; label?: unknown };

export function guideSidebarItems(guides: GuideEntry[], directory: string): GuideLink[] {
  return guides
    .filter((g) => g.id.startsWith(`${directory}/`))
    .map((guide) => ({
      order: Number(sidebarOf(guide).order ?? Number.MAX_SAFE_INTEGER),
      label: String(sidebarOf(guide).label ?? guide.title),
      link: guideUrl(guide.id),
    }))
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'sv'))
    .map(({ label, link }) => ({ label, link }));
}

export function guideSidebar(guides: GuideEntry[], groups: GuideGroup[]) {
  return groups.map(({ label, directory }) => ({ label, items: guideSidebarItems(guides, directory) }));
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

/** The whole sidebar: the guide groups, the analysts' pages after their guides, and the reference pages. */
export function siteSidebar(guides: GuideEntry[]): SidebarGroupConfig[] {
  const [start, practice, meetings, trials, analysts] = guideSidebar(guides, GUIDE_GROUPS);
  return [
    start,
    practice,
    meetings,
    trials,
    {
      label: analysts.label,
      items: [
        ...analysts.items,
        { label: 'Vägledningar och versioner', link: '/vagledningar/' },
        { label: 'Tidslinje: samordningsansvar', link: '/tidslinje/samordningsansvar/' },
        { label: 'Statistik', link: '/statistik/' },
        { label: 'Processer', link: '/processer/' },
      ],
    },
    {
      label: 'Referens',
      items: [
        { label: 'Begrepp', link: '/begrepp/' },
        { label: 'Källor', link: '/kallor/' },
        { label: 'Sök', link: '/sok/' },
        { label: 'Om webbplatsen', link: '/om/' },
      ],
    },
  ];
}

/** How many links a group shows: around the current page in its own group, from the start in others. */
export const SIDEBAR_LIMITS = { currentGroup: 15, otherGroup: 8 };

/** A group of Starlight's `sidebar` config as the site writes it: links only. */
export interface SidebarGroupConfig {
  label: string;
  items: GuideLink[];
}

/** The links in the order Starlight's flattened sidebar has them, for prev/next, and where each link and group is. */
export interface SiteNavigation {
  order: GuideLink[];
  /** By a link's path as a page's URL gives it (encoded, without its final slash): its place in `order`. */
  position: Map<string, number>;
  /** By group label: its links, and the first one's place in `order`. */
  groups: Map<string, { start: number; items: GuideLink[] }>;
}

/** Starlight's comparison of a link with the page's path: encoded, no final slash. */
const pathKey = (path: string) => path.replace(/\/+$/, '');

export function siteNavigation(sidebar: SidebarGroupConfig[]): SiteNavigation {
  const order = sidebar.flatMap((g) => g.items);
  const position = new Map<string, number>();
  order.forEach((link, i) => {
    const key = pathKey(encodeURI(link.link));
    if (!position.has(key)) position.set(key, i);
  });
  const groups = new Map<string, { start: number; items: GuideLink[] }>();
  let start = 0;
  for (const { label, items } of sidebar) {
    groups.set(label, { start, items });
    start += items.length;
  }
  return { order, position, groups };
}

const navLink = ({ label, link }: GuideLink, isCurrent = false): NavLink => ({ type: 'link', label, href: link, isCurrent, badge: undefined, attrs: {} });

/**
 * The sidebar config Starlight is given: a group that has an index page
 * lists only its first links. Starlight copies the whole sidebar into every
 * page's data, so a sidebar that grows with the guides made each page's
 * build slower as the site grew (pageNavigation gives each page its own).
 */
export function starlightSidebar(sidebar: SidebarGroupConfig[], groupIndex: (groupLabel: string) => string | undefined, limits = SIDEBAR_LIMITS): SidebarGroupConfig[] {
  return sidebar.map((group) => (groupIndex(group.label) ? { ...group, items: group.items.slice(0, limits.otherGroup) } : group));
}

/**
 * A page's sidebar and its previous and next links. Starlight writes every
 * sidebar link into every page, so with many guides each page would grow
 * with the size of the site: a group longer than its limit shows a window of
 * its links (around the current page, or its first links) and a link to the
 * group's index page, which lists them all. Previous and next follow every
 * link of the sidebar in order, as Starlight's do; a page outside the
 * sidebar has neither.
 */
export function pageNavigation<E extends NavEntry>(
  entries: E[],
  navigation: SiteNavigation,
  pathname: string,
  groupIndex: (groupLabel: string) => string | undefined,
  limits = SIDEBAR_LIMITS,
): { sidebar: (E | NavGroup)[]; prev?: NavLink; next?: NavLink } {
  const here = navigation.position.get(pathKey(pathname));
  const sidebar = entries.map((entry) => {
    const index = entry.type === 'group' ? groupIndex(entry.label) : undefined;
    const group = navigation.groups.get(entry.label);
    if (entry.type !== 'group' || !index || !group) return entry;
    const { start, items: links } = group;
    const current = here !== undefined && here >= start && here < start + links.length ? here - start : -1;
    const limit = current >= 0 ? limits.currentGroup : limits.otherGroup;
    const first = links.length <= limit ? 0 : current >= 0 ? Math.min(Math.max(0, current - Math.floor(limit / 2)), links.length - limit) : 0;
    const shown = links.slice(first, first + limit).map((link, i) => navLink(link, first + i === current));
    return { ...entry, entries: links.length > limit ? [...shown, navLink({ label: `Alla ${links.length} i gruppen →`, link: index })] : shown };
  });
  if (here === undefined) return { sidebar };
  const neighbour = (i: number) => (i >= 0 && i < navigation.order.length ? navLink(navigation.order[i]) : undefined);
  return { sidebar, prev: neighbour(here - 1), next: neighbour(here + 1) };
}

/** The index page of a guide group, by its sidebar label. */
export const groupIndexUrl = (label: string) => {
  const group = GUIDE_GROUPS.find((g) => g.label === label);
  return group && `/${group.directory}/`;
};
