import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedSidebar, GUIDE_GROUPS, guideSidebar, type NavEntry, type NavGroup, type NavLink } from './sidebar.ts';

const guidesDir = join(process.env.CONTENT_DIR ?? 'content', 'guides');

describe('guide sidebar', () => {
  it('lists every guide exactly once, under the group of its folder', () => {
    const listed = guideSidebar(guidesDir, GUIDE_GROUPS).flatMap((g) => g.items.map((i) => i.link)).sort();
    const onDisk = readdirSync(guidesDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/${f.replace(/\.mdx$/, '')}/`)
      .sort();
    expect(listed).toEqual(onDisk);
  });

  it('orders a group by sidebar.order', () => {
    const [start] = guideSidebar('tests/fixtures/valid/guides', [{ label: 'Kom igång', directory: 'kom-igang' }]);
    expect(start.items).toEqual([{ label: 'Börja här', link: '/kom-igang/borja-har/' }]);
  });
});

describe('boundedSidebar', () => {
  const link = (n: number, isCurrent = false): NavLink => ({ type: 'link', label: `Guide ${n}`, href: `/g/${n}/`, isCurrent, badge: undefined, attrs: {} });
  const group = (label: string, count: number, current?: number): NavGroup => ({
    type: 'group',
    label,
    collapsed: false,
    badge: undefined,
    entries: Array.from({ length: count }, (_, i) => link(i, i === current)),
  });
  const index = (label: string) => (label === 'Ingen' ? undefined : `/${label}/`);
  const limits = { currentGroup: 5, otherGroup: 3 };
  const labels = (g: NavEntry) => (g.type === 'group' ? g.entries.map((e) => e.label) : []);

  it('leaves groups within their limits untouched', () => {
    const small = [group('a', 3), group('b', 5, 2)];
    expect(boundedSidebar(small, index, limits)).toEqual(small);
  });

  it('shows a window around the current page and a link to the whole group', () => {
    const [bounded] = boundedSidebar([group('a', 20, 10)], index, limits);
    expect(labels(bounded)).toEqual(['Guide 8', 'Guide 9', 'Guide 10', 'Guide 11', 'Guide 12', 'Alla 20 i gruppen →']);
  });

  it('keeps the window inside the group at its ends', () => {
    const [bounded] = boundedSidebar([group('a', 20, 19)], index, limits);
    expect(labels(bounded).slice(0, 5)).toEqual(['Guide 15', 'Guide 16', 'Guide 17', 'Guide 18', 'Guide 19']);
  });

  it('shows the first links of other groups, and leaves groups without an index page whole', () => {
    const [other, noIndex] = boundedSidebar([group('b', 10), group('Ingen', 10)], index, limits);
    expect(labels(other)).toEqual(['Guide 0', 'Guide 1', 'Guide 2', 'Alla 10 i gruppen →']);
    expect(labels(noIndex)).toHaveLength(10);
  });

  it('keeps each page the same size however many guides the site has', () => {
    const size = (n: number) => JSON.stringify(boundedSidebar([group('a', n, Math.floor(n / 2)), group('b', n)], index, limits)).length;
    expect(size(1000)).toBeLessThan(size(10) * 1.2);
  });
});
