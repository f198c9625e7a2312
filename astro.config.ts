import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { afterRender } from './src/integrations/after-render.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { verifyQuotations } from './src/integrations/verify-quotations.ts';
import { checkedContentOnce } from './src/lib/content-once.ts';
import { contentDirFromEnv } from './src/lib/load-content.ts';
import { groupIndexUrl, siteSidebar, starlightSidebar } from './src/lib/sidebar.ts';
const contentDir = contentDirFromEnv();
// The sidebar lists the guides as the content reader found them; if the content has problems,
// the integration stops the build with them before the sidebar is used.

export default defineConfig({
  trailingSlash: 'always',
  // Astro keeps content entries between builds in its cache; one cache per
  // content folder keeps a fixture or benchmark build out of the real site.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`,
  // Scripts and styles Astro processes go into files, never inline: the only
  // inline code in a page is then what components write with is:inline,
  // which the Content Security Policy step checks against their source.
  build: { inlineStylesheets: 'never' },
  integrations: [
    validateContent(),
    verifyQuotations(),
    starlight({
      title: 'Samordningsuppdraget',
      description: 'Vägledning och versionshistorik om Försäkringskassans samordningsuppdrag i sjukförsäkringen. Inte en officiell publikation från Försäkringskassan.',
      defaultLocale: 'root',
      locales: { root: { label: 'Svenska', lang: 'sv' } },
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d4f6e' } },
        { tag: 'script', attrs: { src: '/sw-register.js', defer: true } },
      ],
      customCss: ['./src/styles/site.css'],
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Footer: './src/components/Footer.astro',
        Search: './src/components/Search.astro',
        PageTitle: './src/components/PageTitle.astro',
      },
      lastUpdated: false,
      // The search indexes are the site's own two (src/after-render/search-indexes.ts), not Starlight's one.
      pagefind: false,
      // Every page's own window of each guide group and its previous and next links come from
      // src/route-middleware.ts; Starlight gets the groups' first links only (see starlightSidebar).
      sidebar: starlightSidebar(siteSidebar(checkedContentOnce(contentDir).corpus.guides), groupIndexUrl),
    }),
    // Search indexes, Content Security Policy, service worker (or, in npm run build, the input for them).
    afterRender(),
  ],
  vite: {
    build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
  },
});
