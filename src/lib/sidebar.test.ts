import { describe, expect, it } from 'vitest';
import { loadValidContent } from './validate.ts';
import { guideUrl } from './routes.ts';
import { boundedSidebar, GUIDE_GROUPS, guideSidebar, type NavEntry, type NavGroup, type NavLink } from './sidebar.ts';
import { guideEntry } from '../../tests/support/builders.ts';

describe('guide sidebar', () => {
  it('lists every guide exactly once, at the address its page is built at', () => {
    const { guides } = loadValidContent(process.env.CONTENT_DIR ?? 'content');
    const listed = guideSidebar(guides, GUIDE_GROUPS).flatMap((g) => g.items.map((i) => i.link)).sort();
    expect(listed).toEqual(guides.map((g) => guideUrl(g.id)).sort());
  });

  it('orders a group by sidebar.order, then title, and takes sidebar.label over the title', () => {
    const guides = [
      guideEntry({ id: 'kom-igang/c', title: 'Ceder' }),
      guideEntry({ id: 'kom-igang/b', title: 'Björk', frontmatter: { sidebar: { order: 2, label: 'Björken' } } }),
      guideEntry({ id: 'kom-igang/a', title: 'Alm', frontmatter: { sidebar: { order: 1 } } }),
      guideEntry({ id: 'kom-igang/a2', title: 'Asp' }),
      guideEntry({ id: 'samordning/x', title: 'Annan grupp' }),
    ];
    const [start] = guideSidebar(guides, [{ label: 'Kom igång', directory: 'kom-igang' }]);
    expect(start.items).toEqual([
      { label: 'Alm', link: '/kom-igang/a/' },
      { label: 'Björken', link: '/kom-igang/b/' },
      { label: 'Asp', link: '/kom-igang/a2/' },
      { label: 'Ceder', link: '/kom-igang/c/' },
    ]);
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
