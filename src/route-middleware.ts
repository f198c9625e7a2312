/**
 * Starlight route middleware: bounds the sidebar so that a page's size does
 * not grow with the number of guides (see boundedSidebar).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { boundedSidebar, groupIndexUrl } from './lib/sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = boundedSidebar(route.sidebar, groupIndexUrl);
});
