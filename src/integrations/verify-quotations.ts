/**
 * Verifies quotations, cited sections and figures against the source texts
 * before Astro builds anything, when SOURCES_DIR says where they are, so a
 * build stops on an invented quotation with the same message as
 * `npm run check:quotes`. Without the sources the build goes on with a
 * notice (a developer may not have them), except in CI, where it stops as
 * `check:quotes` does.
 */
import type { AstroIntegration } from 'astro';
import { checkedContentOnce } from '../lib/content-once.ts';
import { contentDirFromEnv } from '../lib/load-content.ts';
import { checkAgainstSources, sourcesDirFrom } from '../lib/source-check.ts';

export function verifyQuotations(): AstroIntegration {
  return {
    name: 'verify-quotations',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const sources = sourcesDirFrom(process.env);
        if (sources.dir === undefined) {
          if (sources.fails) throw new Error(sources.missing);
          logger.warn(sources.missing);
          return;
        }
        // The one checked reading of content/; its problems stop the build in validate-content, listed first.
        const { corpus, problems } = checkedContentOnce();
        if (problems.length > 0) return;
        const report = checkAgainstSources(corpus, sources.dir, contentDirFromEnv());
        for (const warning of report.warnings) logger.warn(warning);
        if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
        logger.info(report.summary);
      },
    },
  };
}
