import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [
    validateContent(),
    starlight({
      title: 'Samordningsuppdraget',
      description: 'Vägledning och versionshistorik om Försäkringskassans samordningsuppdrag i sjukförsäkringen. Inte en officiell publikation från Försäkringskassan.',
      defaultLocale: 'root',
      locales: { root: { label: 'Svenska', lang: 'sv' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/site.css'],
      components: {
        Footer: './src/components/Footer.astro',
        Search: './src/components/Search.astro',
      },
      lastUpdated: false,
      sidebar: [
        { label: 'Kom igång', items: [{ autogenerate: { directory: 'kom-igang' } }] },
        { label: 'Samordning i praktiken', items: [{ autogenerate: { directory: 'samordning' } }] },
        { label: 'Möten och verktyg', items: [{ autogenerate: { directory: 'moten-och-verktyg' } }] },
        { label: 'Erfarenheter från försök', items: [{ autogenerate: { directory: 'erfarenheter' } }] },
        {
          label: 'För analytiker',
          items: [
            { autogenerate: { directory: 'for-analytiker' } },
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
      ],
    }),
    mdx(),
  ],
  vite: {
    resolve: {
      alias: { '@components': new URL('./src/components', import.meta.url).pathname },
    },
  },
});
