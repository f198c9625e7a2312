/**
 * `npm run check:quotes`: checks every quotation against its source text in
 * SOURCES_DIR. Without SOURCES_DIR nothing can be verified, and it says so.
 */
import { ContentError, formatProblem } from '../src/lib/problems.ts';
import { verifyQuotes, verifySections } from '../src/lib/quote-check.ts';
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
const quotes = verifyQuotes(corpus, sourcesDir);
const sections = verifySections(corpus, sourcesDir);
const list = (problems: typeof quotes.problems) => problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
if (quotes.problems.length > 0) console.error(`${quotes.problems.length} of ${quotes.checked} quotations are not in their sources:\n${list(quotes.problems)}`);
if (sections.problems.length > 0) console.error(`${sections.problems.length} of ${sections.checked} cited sections are not printed in their sources:\n${list(sections.problems)}`);
if (quotes.problems.length + sections.problems.length > 0) process.exit(1);
console.log(`All ${quotes.checked} quotations were found verbatim, and all ${sections.checked} cited section headings are printed, in the sources in ${sourcesDir}.`);
