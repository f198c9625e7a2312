/**
 * The whole check of the content against the source texts, as one report:
 * quotations word for word, cited section headings printed and naming one
 * place, figures stated where they are cited (known errors in the pending
 * list warn instead). `npm run check:quotes` and the build both print it, so
 * a build stops on an invented quotation with the same message.
 */
import type { Corpus } from './corpus.ts';
import { applyPending, PENDING_FILE, readPending, verifyCitationsUnambiguous, verifyFigures } from './figure-check.ts';
import { withLines } from './load-content.ts';
import { formatProblem, type Problem } from './problems.ts';
import { verifyQuotes, verifySections } from './quote-check.ts';

export interface SourceReport {
  /** One block per kind of problem that fails the check. */
  errors: string[];
  /** Known figure errors that are being corrected. */
  warnings: string[];
  /** What was verified, when nothing failed. */
  summary: string;
}

/**
 * Where the source texts are, from the environment. Without SOURCES_DIR
 * nothing can be verified: in CI (`CI` set) that is an error, since CI must
 * verify every quotation; on a developer's machine a notice.
 */
export function sourcesDirFrom(env: NodeJS.ProcessEnv): { dir: string } | { dir?: undefined; missing: string; fails: boolean } {
  if (env.SOURCES_DIR) return { dir: env.SOURCES_DIR };
  const fails = Boolean(env.CI);
  return {
    fails,
    missing: `SOURCES_DIR is not set: NO quotation, cited section or figure was verified${fails ? ' (required in CI, where CI is set)' : ''}. Set SOURCES_DIR to the folder of source texts (e.g. SOURCES_DIR=../shared/seeds).`,
  };
}

export function checkAgainstSources(corpus: Corpus, sourcesDir: string, contentDir: string): SourceReport {
  const started = performance.now();
  const quotes = verifyQuotes(corpus, sourcesDir);
  const sections = verifySections(corpus, sourcesDir);
  const citations = verifyCitationsUnambiguous(corpus, sourcesDir);
  const figures = verifyFigures(corpus, sourcesDir);
  const pendingList = readPending(contentDir);
  const { pending, failing } = applyPending(figures.problems, pendingList.entries, contentDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  const list = (problems: Problem[]) => withLines(problems).map((p) => `  - ${formatProblem(p)}`).join('\n');
  const errors: string[] = [];
  if (quotes.problems.length > 0) errors.push(`${quotes.problems.length} of ${quotes.checked} quotations are not in their sources:\n${list(quotes.problems)}`);
  if (sections.problems.length > 0) errors.push(`${sections.problems.length} of ${sections.checked} cited sections are not printed in their sources:\n${list(sections.problems)}`);
  if (citations.problems.length > 0) errors.push(`${citations.problems.length} citations do not name one place in their sources:\n${list(citations.problems)}`);
  if (pendingList.problems.length > 0) errors.push(list(pendingList.problems));
  if (failing.length > 0) errors.push(`${failing.length} figure problems (of ${figures.checked} figures checked):\n${list(failing)}`);
  const warnings = pending.length
    ? [`${pending.length} known figure errors, listed in ${contentDir}/${PENDING_FILE} and being corrected (not failing this run; remove each entry when its content is fixed):\n${list(pending)}`]
    : [];
  const summary =
    `All ${quotes.checked} quotations were found verbatim, all ${sections.checked} cited section headings are printed and name one place, ` +
    `and ${figures.checked - pending.length} of ${figures.checked} figures are stated in the places they cite${pending.length ? ` (${pending.length} pending in ${PENDING_FILE})` : ''}, in the sources in ${sourcesDir} (${seconds} s).`;
  return { errors, warnings, summary };
}
