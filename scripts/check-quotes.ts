/**
 * `npm run check:quotes`: checks every quotation against its source text in
 * SOURCES_DIR. Without SOURCES_DIR nothing can be verified, and it says so.
 */
import { ContentError, formatProblem } from '../src/lib/problems.ts';
import { verifyQuotes } from '../src/lib/quote-check.ts';
import { loadValidContent } from '../src/lib/validate.ts';

const sourcesDir = process.env.SOURCES_DIR;
let corpus;
try {
  corpus = loadValidContent();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (!sourcesDir) {
  console.log('SOURCES_DIR is not set: NO quotation was verified. Set SOURCES_DIR to the folder of source texts (e.g. SOURCES_DIR=../shared/seeds).');
  process.exit(0);
}
const { checked, problems } = verifyQuotes(corpus, sourcesDir);
if (problems.length > 0) {
  console.error(`${problems.length} of ${checked} quotations are not in their sources:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${checked} quotations were found verbatim in their sources in ${sourcesDir}.`);
