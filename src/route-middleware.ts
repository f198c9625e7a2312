/**
 * Starlight route middleware: gives each page its own sidebar window and
 * previous and next links, so that neither a page's size nor its build time
 * grows with the number of guides (see pageNavigation), and escapes the page
 * title, which Starlight writes into <title> as HTML (see page-head.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCorpus } from './lib/collections.ts';
import type { Corpus } from './lib/corpus.ts';
import { oncePer } from './lib/once-per.ts';
import { headWithTextTitle } from './lib/page-head.ts';
import { groupIndexUrl, pageNavigation, siteNavigation, siteSidebar } from './lib/sidebar.ts';

const navigationOf = oncePer((corpus: Corpus) => siteNavigation(siteSidebar(corpus.guides)));

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const corpus = await getCorpus();
  const { sidebar, prev, next } = pageNavigation(route.sidebar, navigationOf(corpus), context.url.pathname, groupIndexUrl);
  // Links as Starlight's makeLink writes them (sidebar.ts's NavLink declares only what the site reads of them).
  route.sidebar = sidebar as typeof route.sidebar;
  route.pagination = { prev, next } as typeof route.pagination;
  route.head = headWithTextTitle(route.head);
});
