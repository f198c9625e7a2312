/**
 * Runs the content checks before Astro builds anything, so invalid content
 * stops the build with the same messages as `npm run check:content`.
 */
import type { AstroIntegration } from 'astro';
import { loadValidContent } from '../lib/validate.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': () => {
        loadValidContent();
      },
    },
  };
}
