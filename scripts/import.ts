/**
 * `npm run import -- <file> --document <id> --version <n> [--decided <date>]
 *  [--source <id>] [--obtained <where>] [--publisher <name>] [--dry-run]`
 *
 * Imports one version's full text (Markdown, HTML or plain text with numbered
 * headings) into CONTENT_DIR: a version record whose passages keep their
 * predecessors' ids, a source record, the text, and a review report beside
 * the record. Prints every match with its kind and confidence, the uncertain
 * ones first. Nothing is written with --dry-run, or when the input or the
 * result is invalid; then the message says what to do.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importVersion } from '../src/lib/import/import-version.ts';
import { formatOf } from '../src/lib/import/split.ts';
import { contentDirFromEnv } from '../src/lib/load-content.ts';
import { ContentError } from '../src/lib/problems.ts';
import { loadValidContent } from '../src/lib/validate.ts';

const USAGE = 'usage: npm run import -- <file> --document <id> --version <n> [--decided YYYY[-MM[-DD]]] [--source <id>] [--obtained <where>] [--publisher <name>] [--dry-run]';

function fail(message: string): never {
  console.error(`Import stopped, nothing written: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    document: { type: 'string' },
    version: { type: 'string' },
    decided: { type: 'string' },
    source: { type: 'string' },
    obtained: { type: 'string', default: 'okänt' },
    publisher: { type: 'string', default: 'Försäkringskassan' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file || !values.document || !values.version) fail(USAGE);
if (!/^[1-9]\d*$/.test(values.version)) fail(`--version "${values.version}" is not a version number: give a whole number such as 12`);
if (!existsSync(file)) fail(`${file} does not exist`);

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, '');
} catch {
  fail(`${file} is not UTF-8 text: save it as UTF-8 and import it again`);
}

const contentDir = contentDirFromEnv();
let corpus;
try {
  corpus = loadValidContent(contentDir);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(`the content in ${contentDir} is not valid before the import:\n${error.message}`);
}

let result;
try {
  result = importVersion(corpus, text, {
    document: values.document,
    version: Number(values.version),
    format: formatOf(file),
    decided: values.decided,
    source: values.source,
    obtained: values.obtained!,
    publisher: values.publisher!,
    fileName: basename(file),
  });
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
console.log(result.report);
if (values['dry-run']) {
  console.log('--dry-run: nothing written.');
  process.exit(0);
}

const written: string[] = [];
for (const [path, content] of result.files) {
  const target = join(contentDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  written.push(target);
}
// The result must pass every content check; otherwise nothing stays behind.
try {
  loadValidContent(contentDir);
} catch (error) {
  for (const target of written) rmSync(target);
  if (!(error instanceof ContentError)) throw error;
  fail(`the imported version would not be valid content, so it was removed again:\n${error.message}`);
}
console.log(`Written: ${written.join(', ')}. Review the matches above (also in ${written.at(-1)}), then build.`);
