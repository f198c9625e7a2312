/**
 * `npm run check:quotes`: checks the content against the source texts in
 * SOURCES_DIR (src/lib/source-check.ts): every quotation word for word, every
 * cited section heading printed and unambiguous (a heading printed more than
 * once needs `parent`), and every figure stated in the place it cites (or
 * marked derived). Known figure errors listed in
 * content/figure-check-pending.yaml are reported but do not fail the run.
 * Without SOURCES_DIR nothing can be verified: it fails in CI (`CI` set) and
 * prints a notice elsewhere.
 */
import { contentDirFromEnv } from '../src/lib/load-content.ts';
import { ContentError } from '../src/lib/problems.ts';
import { checkAgainstSources, sourcesDirFrom } from '../src/lib/source-check.ts';
import { loadValidContent } from '../src/lib/validate.ts';

let corpus;
try {
  corpus = loadValidContent();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const sources = sourcesDirFrom(process.env);
if (sources.dir === undefined) {
  (sources.fails ? console.error : console.log)(sources.missing);
  process.exit(sources.fails ? 1 : 0);
}
const report = checkAgainstSources(corpus, sources.dir, contentDirFromEnv());
for (const error of report.errors) console.error(error);
for (const warning of report.warnings) console.warn(warning);
if (report.errors.length > 0) process.exit(1);
console.log(report.summary);
