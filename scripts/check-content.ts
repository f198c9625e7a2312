/** `npm run check:content`: validates everything under CONTENT_DIR (default content/). */
import { ContentError } from '../src/lib/problems.ts';
import { contentDirFromEnv } from '../src/lib/load-content.ts';
import { loadValidContent } from '../src/lib/validate.ts';

try {
  const corpus = loadValidContent();
  const counts = Object.entries(corpus).map(([name, list]) => `${list.length} ${name}`).join(', ');
  console.log(`Content in ${contentDirFromEnv()} is valid: ${counts}.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
