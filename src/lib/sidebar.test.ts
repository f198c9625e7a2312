import { describe, expect, it } from 'vitest';
import { loadValidContent } from './validate.ts';
import { guideUrl } from './routes.ts';
import { GUIDE_GROUPS, guideSidebar, type NavEntry, type NavGroup, pageNavigation, siteNavigation, type SiteNavigation, starlightSidebar } from './sidebar.ts';
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

describe('pageNavigation', () => {
  const links = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ label: `${prefix} ${i}`, link: `/${prefix}/${i}/` }));
  /** The site's sidebar: groups a and b have index pages, "Ingen" has none. */
  const site = (a: number, b = 3, ingen = 2) => siteNavigation([
    { label: 'a', items: links('a', a) },
    { label: 'b', items: links('b', b) },
    { label: 'Ingen', items: links('ingen', ingen) },
  ]);
  const index = (label: string) => (label === 'Ingen' ? undefined : `/${label}/`);
  const limits = { currentGroup: 5, otherGroup: 3 };
  /** The sidebar config the navigation was made from. */
  const configOf = (navigation: SiteNavigation) => [...navigation.groups].map(([label, { items }]) => ({ label, items }));
  /** What Starlight gives the middleware: the groups of starlightSidebar's config. */
  const given = (navigation: SiteNavigation): NavGroup[] =>
    starlightSidebar(configOf(navigation), index, limits).map((g) => ({ type: 'group', label: g.label, collapsed: false, badge: undefined, entries: g.items.map((i) => ({ type: 'link', label: i.label, href: i.link, isCurrent: false, badge: undefined, attrs: {} })) }));
  const page = (navigation: SiteNavigation, path: string) => pageNavigation(given(navigation), navigation, path, index, limits);
  const labels = (g: NavEntry) => (g.type === 'group' ? g.entries.map((e) => `${e.label}${e.type === 'link' && e.isCurrent ? ' *' : ''}`) : []);

  it('gives Starlight only the first links of a group that has an index page', () => {
    expect(starlightSidebar(configOf(site(20)), index, limits).map((g) => g.items.length)).toEqual([3, 3, 2]);
  });

  it('leaves groups within their limits whole, the current page marked', () => {
    const navigation = site(5);
    expect(page(navigation, '/a/2/').sidebar.map(labels)).toEqual([['a 0', 'a 1', 'a 2 *', 'a 3', 'a 4'], ['b 0', 'b 1', 'b 2'], ['ingen 0', 'ingen 1']]);
  });

  it('shows a window around the current page and a link to the whole group', () => {
    const [a] = page(site(20), '/a/10/').sidebar;
    expect(labels(a)).toEqual(['a 8', 'a 9', 'a 10 *', 'a 11', 'a 12', 'Alla 20 i gruppen →']);
  });

  it('keeps the window inside the group at its ends', () => {
    const [a] = page(site(20), '/a/19/').sidebar;
    expect(labels(a).slice(0, 5)).toEqual(['a 15', 'a 16', 'a 17', 'a 18', 'a 19 *']);
  });

  it('shows the first links of other groups, and leaves groups without an index page whole', () => {
    const [, b, ingen] = page(site(3, 10, 10), '/a/1/').sidebar;
    expect(labels(b)).toEqual(['b 0', 'b 1', 'b 2', 'Alla 10 i gruppen →']);
    expect(labels(ingen)).toHaveLength(10);
  });

  it('links to the previous and next page of the whole sidebar, across groups and past the links a page shows', () => {
    const navigation = site(20);
    expect([page(navigation, '/a/10/').prev?.href, page(navigation, '/a/10/').next?.href]).toEqual(['/a/9/', '/a/11/']);
    expect([page(navigation, '/a/19/').next?.href, page(navigation, '/b/0/').prev?.href]).toEqual(['/b/0/', '/a/19/']);
    expect(page(navigation, '/a/0/').prev).toBeUndefined();
    expect(page(navigation, '/ingen/1/').next).toBeUndefined();
  });

  it('gives a page outside the sidebar no previous or next page and no current link', () => {
    const { sidebar, prev, next } = page(site(20), '/a/');
    expect([prev, next]).toEqual([undefined, undefined]);
    expect(sidebar.flatMap(labels).some((l) => l.endsWith('*'))).toBe(false);
  });

  it('keeps each page the same size however many guides the site has', () => {
    const size = (n: number) => JSON.stringify(page(site(n, n), `/a/${Math.floor(n / 2)}/`).sidebar).length;
    expect(size(1000)).toBeLessThan(size(10) * 1.2);
  });
});
