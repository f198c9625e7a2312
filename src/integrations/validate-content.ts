/**
 * Checks the content before Astro builds anything, so invalid content stops
 * the build with the same messages as `npm run check:content`. The reading
 * it checks is the one the sidebar and the content loaders use
 * (src/lib/content-once.ts): `content/` is read once per process, and
 * again in `astro dev` when a file in it changes.
 */
import type { AstroIntegration } from 'astro';
import { checkedContentOnce } from '../lib/content-once.ts';
import { contentDirFromEnv } from '../lib/load-content.ts';
import { ContentError } from '../lib/problems.ts';
import { watchContent } from '../loaders/content-loaders.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': () => {
        const { problems } = checkedContentOnce();
        if (problems.length > 0) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(contentDirFromEnv(), server, (message) => logger.error(message)),
    },
  };
}
