/**
 * Starlight route middleware: bounds the sidebar so that a page's size does
 * not grow with the number of guides (see boundedSidebar), and escapes the
 * page title, which Starlight's Head writes into <title> as HTML (set:html).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from './lib/diff-passages.ts';
import { boundedSidebar, groupIndexUrl } from './lib/sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = boundedSidebar(route.sidebar, groupIndexUrl);
  route.head = route.head.map((entry) => (entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry));
});
