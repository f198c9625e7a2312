/**
 * Starlight route middleware: bounds the sidebar so that a page's size does
 * not grow with the number of guides (see boundedSidebar), and escapes the
 * page title, which Starlight writes into <title> as HTML (see page-head.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headWithTextTitle } from './lib/page-head.ts';
import { boundedSidebar, groupIndexUrl } from './lib/sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = boundedSidebar(route.sidebar, groupIndexUrl);
  route.head = headWithTextTitle(route.head);
});
