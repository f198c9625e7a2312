/**
 * Reads `content/` from disk into a Corpus, checking every record against its
 * schema. Used by `npm run check:*` and the build; the pages read the same
 * files through Astro's content collections.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import type { Corpus, Entry, GuideEntry, StatisticEntry, VersionEntry } from './corpus.ts';
import { csvRecords, decodeUtf8, parseCsvStrict } from './csv.ts';
import { guideTree } from './mdx.ts';
import type { Problem } from './problems.ts';
import { allowedKeysAt, nearMiss } from './schema-keys.ts';
import { MAX_CONTENT_FILE_BYTES, MAX_GUIDE_BODY_CHARS, MAX_TEXT_CHARS, sizeText } from './size-limits.ts';
import {
  conceptSchema,
  documentSchema,
  eventSchema,
  glossarySchema,
  guideFields,
  processSchema,
  sourceSchema,
  statisticSchema,
  versionSchema,
} from './schema.ts';

export const contentDirFromEnv = () => process.env.CONTENT_DIR ?? 'content';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Parsed {
  value: unknown;
  /** Line of a dotted field path, where the YAML has it. */
  lineOf: (path: (string | number)[]) => number | undefined;
  /** Line of the key `key` in the mapping at `path`. */
  keyLineOf: (path: (string | number)[], key: string) => number | undefined;
}

/** Parses YAML, reporting syntax errors with their line. */
export function parseYaml(text: string, file: string, problems: Problem[], firstLine = 1): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later errors are usually consequences of the first; report that one.
    const [error] = doc.errors;
    problems.push({
      file,
      line: lineCounter.linePos(error.pos[0]).line + firstLine - 1,
      message: `YAML cannot be read: ${error.message.split('\n')[0]}. Fix the syntax on or just before this line (indentation, a missing colon, or quote text containing ": " or "#")`,
    });
    return undefined;
  }
  const tooLong = longTexts(doc);
  for (const { path, length, offset } of tooLong) {
    problems.push({
      file,
      field: path.join('.') || undefined,
      line: lineCounter.linePos(offset).line + firstLine - 1,
      message: `is ${length} characters long; one text may have at most ${MAX_TEXT_CHARS}: split it (a passage into several passages, each with its own id) or shorten it`,
    });
  }
  if (tooLong.length > 0) return undefined;
  let value: unknown;
  try {
    // A few aliases are fine; many (an alias bomb) would exhaust memory.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    problems.push({
      file,
      line: firstLine,
      message: `YAML cannot be read: ${(error as Error).message.split('\n')[0]}. Write the values out instead of repeating them through aliases (*name)`,
    });
    return undefined;
  }
  return {
    value,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
      }
      return undefined;
    },
    keyLineOf(path, key) {
      const map = path.length ? doc.getIn(path, true) : doc.contents;
      const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      return range ? lineCounter.linePos(range[0]).line + firstLine - 1 : this.lineOf(path);
    },
  };
}

/** Text values longer than MAX_TEXT_CHARS, with their field path and offset. */
function longTexts(doc: ReturnType<typeof parseDocument>): { path: (string | number)[]; length: number; offset: number }[] {
  const found: { path: (string | number)[]; length: number; offset: number }[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || node.value.length <= MAX_TEXT_CHARS) return;
      const path: (string | number)[] = [];
      ancestors.forEach((parent, i) => {
        const child = ancestors[i + 1] ?? node;
        if (isPair(parent) && isScalar(parent.key)) path.push(String(parent.key.value));
        if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
      });
      found.push({ path, length: node.value.length, offset: node.range?.[0] ?? 0 });
    },
  });
  return found;
}

/** A content file's bytes, or a problem when it is larger than any content file should be. */
function readBytes(path: string, file: string, problems: Problem[]): Buffer | undefined {
  const size = statSync(path).size;
  if (size <= MAX_CONTENT_FILE_BYTES) return readFileSync(path);
  problems.push({
    file,
    line: 1,
    message: `is ${sizeText(size)}; a content file may be at most ${sizeText(MAX_CONTENT_FILE_BYTES)}: split it (a long guide into several guides, a statistic into several tables)`,
  });
  return undefined;
}

/** A content file's text, or a problem naming the first byte that is not UTF-8. */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readBytes(path, file, problems);
  if (bytes === undefined) return undefined;
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  problems.push({ file, line: decoded.problem.line, message: decoded.problem.message });
  return undefined;
}

/** Checks a parsed value against a schema, turning each issue into a Problem. */
function check<S extends z.ZodType>(schema: S, parsed: Parsed, file: string, problems: Problem[]): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.value ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, parsed.value, path);
      for (const key of issue.keys) {
        problems.push({ file, field: [...path, key].join('.'), line: parsed.keyLineOf(path, key), message: unknownFieldMessage(key, allowed) });
      }
      continue;
    }
    problems.push({
      file,
      field: path.length ? path.join('.') : undefined,
      line: parsed.lineOf(path),
      message: describeIssue(issue, valueAt(parsed.value, path)),
    });
  }
  return undefined;
}

function unknownFieldMessage(key: string, allowed: string[]): string {
  const meant = nearMiss(key, allowed);
  const fix = meant ? `did you mean "${meant}"? Rename it` : 'remove it or rename it';
  return `is not a field here: ${fix} (allowed here: ${allowed.join(', ')})`;
}

/** The value at a field path, and whether the field is there at all. */
function valueAt(value: unknown, path: (string | number)[]): { present: boolean; value?: unknown } {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { present: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { present: true, value: current };
}

const kindOf = (value: unknown) =>
  value === null ? 'empty (null)' : Array.isArray(value) ? 'a list' : value instanceof Date ? 'a date' : typeof value === 'object' ? 'a mapping' : `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;

function describeIssue(issue: z.core.$ZodIssue, at: { present: boolean; value?: unknown }): string {
  if (issue.code === 'invalid_type' && !at.present) {
    return `is required but missing: add it (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_type') {
    return `has the wrong type: expected ${issue.expected}, found ${kindOf(at.value)}: write it as ${issue.expected === 'string' ? 'text (quote it if it looks like a number or date)' : `a ${issue.expected}`}`;
  }
  return issue.message;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

function loadFolder<S extends z.ZodType>(
  dir: string,
  schema: S,
  problems: Problem[],
  display: (f: string) => string,
): Entry<z.infer<S>>[] {
  const entries: Entry<z.infer<S>>[] = [];
  for (const path of yamlFiles(dir)) {
    const file = display(path);
    const id = idOf(path);
    if (!SLUG.test(id)) {
      problems.push({ file, message: `file name "${id}" is not a slug: rename it with lower-case a–z, digits and hyphens` });
      continue;
    }
    const text = readText(path, file, problems);
    if (text === undefined) continue;
    const parsed = parseYaml(text, file, problems);
    if (!parsed) continue;
    const data = check(schema, parsed, file, problems);
    if (data !== undefined) entries.push({ id, file, data });
  }
  return entries;
}

/** Splits an MDX file into frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Our guide fields plus the title, and no field Starlight does not know
 * either: a typo (`titel:`) would otherwise be dropped without a word.
 * Starlight checks the values of its own fields in the build.
 */
const starlightFields = Object.keys(docsSchema()({ image: () => z.unknown() } as never).shape);
const guideSchema = z
  // Typed as no fields, so the result keeps the types of ours.
  .object(Object.fromEntries(starlightFields.map((key) => [key, z.unknown().optional()])) as Record<never, z.ZodType>)
  .extend(guideFields.shape)
  .extend({ title: z.string().min(1, { message: 'give the guide a title' }) })
  .strict();

function loadGuides(dir: string, problems: Problem[], display: (f: string) => string): GuideEntry[] {
  const guides: GuideEntry[] = [];
  for (const path of walk(dir).filter((f) => /\.mdx?$/.test(f))) {
    const file = display(path);
    const id = relative(dir, path).replace(/\.mdx?$/, '');
    const text = readText(path, file, problems);
    if (text === undefined) continue;
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push({ file, line: 1, message: 'has no frontmatter: start the file with a "---" block holding at least title and reviewed' });
      continue;
    }
    const parsed = parseYaml(split.frontmatter, file, problems, 2);
    if (!parsed) continue;
    if (split.body.length > MAX_GUIDE_BODY_CHARS) {
      problems.push({
        file,
        line: split.bodyLine,
        message: `the guide's text is ${split.body.length} characters long; a guide may have at most ${MAX_GUIDE_BODY_CHARS}: split it into several guides`,
      });
      continue;
    }
    const data = check(guideSchema, parsed, file, problems);
    if (data === undefined) continue;
    const today = new Date().toISOString().slice(0, 10);
    if (String(data.reviewed) > today) {
      problems.push({
        file,
        line: parsed.lineOf(['reviewed']),
        field: 'reviewed',
        message: `${data.reviewed} is in the future: write the date the guide was last checked against its sources, today or earlier`,
      });
      continue;
    }
    const guide: GuideEntry = { id, file, title: data.title, aboutSite: data.aboutSite, searchTerms: data.searchTerms, body: split.body, bodyLine: split.bodyLine };
    const syntax = mdxSyntaxProblem(guide);
    if (syntax) {
      problems.push(syntax);
      continue;
    }
    guides.push(guide);
  }
  return guides;
}

/** The guide's MDX syntax error, if its body cannot be parsed (parsed once here; the checks reuse the tree). */
function mdxSyntaxProblem(guide: GuideEntry): Problem | undefined {
  try {
    guideTree(guide);
    return undefined;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    if (reason === undefined) throw error;
    return {
      file: guide.file,
      line: guide.bodyLine - 1 + (line ?? 1),
      message: `MDX cannot be read: ${reason}. Close the tag or brace, or write a literal "{" or "<" in text as "\\{" or "&lt;"`,
    };
  }
}

function loadStatistics(dir: string, problems: Problem[], display: (f: string) => string): StatisticEntry[] {
  return loadFolder(dir, statisticSchema, problems, display).flatMap((entry) => {
    const csvPath = join(dir, `${entry.id}.csv`);
    const csvFile = display(csvPath);
    if (!existsSync(csvPath)) {
      problems.push({ file: entry.file, message: `has no data file: add ${csvFile} with a header row of the column keys` });
      return [];
    }
    const bytes = readBytes(csvPath, csvFile, problems);
    if (bytes === undefined) return [];
    const parsed = parseCsvStrict(bytes);
    if ('problem' in parsed) {
      problems.push({ file: csvFile, line: parsed.problem.line, message: parsed.problem.message });
      return [];
    }
    const { header, rows: body } = parsed;
    const keys = entry.data.columns.map((c) => c.key);
    if (header.join(',') !== keys.join(',')) {
      problems.push({
        file: csvFile,
        line: 1,
        message: `header "${header.join(',')}" does not match the columns in ${entry.file} ("${keys.join(',')}"): make them the same keys in the same order`,
      });
      return [];
    }
    return [{ ...entry, csvFile, rows: csvRecords(body, keys) }];
  });
}

/** Loads every collection under `contentDir`. Schema problems are collected, not thrown. */
export function loadContent(contentDir = contentDirFromEnv()): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const display = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith('..') ? rel : path;
  };
  const at = (...parts: string[]) => join(contentDir, ...parts);

  const documentsDir = at('documents');
  const docFolders = existsSync(documentsDir)
    ? readdirSync(documentsDir).filter((d) => statSync(join(documentsDir, d)).isDirectory()).sort()
    : [];
  const documents: Corpus['documents'] = [];
  const versions: VersionEntry[] = [];
  for (const folder of docFolders) {
    const docPath = join(documentsDir, folder, 'document.yaml');
    if (!SLUG.test(folder)) {
      problems.push({ file: display(join(documentsDir, folder)), message: `folder name "${folder}" is not a slug: rename it with lower-case a–z, digits and hyphens` });
      continue;
    }
    if (!existsSync(docPath)) {
      problems.push({ file: display(join(documentsDir, folder)), message: 'has no document.yaml: add one with the title, name, kind and description of the document' });
    } else {
      const docText = readText(docPath, display(docPath), problems);
      const parsed = docText === undefined ? undefined : parseYaml(docText, display(docPath), problems);
      const data = parsed && check(documentSchema, parsed, display(docPath), problems);
      if (data) documents.push({ id: folder, file: display(docPath), data });
    }
    for (const v of loadFolder(join(documentsDir, folder, 'versions'), versionSchema, problems, display)) {
      versions.push({ ...v, document: folder });
    }
  }

  const corpus: Corpus = {
    sources: loadFolder(at('sources'), sourceSchema, problems, display),
    documents,
    versions,
    concepts: loadFolder(at('concepts'), conceptSchema, problems, display),
    processes: loadFolder(at('processes'), processSchema, problems, display),
    events: loadFolder(at('events'), eventSchema, problems, display),
    statistics: loadStatistics(at('statistics'), problems, display),
    glossary: loadFolder(at('glossary'), glossarySchema, problems, display),
    guides: loadGuides(at('guides'), problems, display),
  };
  return { corpus, problems };
}

/**
 * Gives every problem in a content file a line: the line of its field (or
 * the nearest enclosing one that is there), else the file's first line, so
 * an editor can always jump to it. Cross-reference checks know the field, not
 * the line.
 */
export function withLines(problems: Problem[]): Problem[] {
  const parsedFiles = new Map<string, ReturnType<typeof parseYaml>>();
  const parsedFile = (file: string) => {
    if (!parsedFiles.has(file)) {
      const text = readFileSync(file, 'utf8');
      const frontmatter = /\.mdx?$/.test(file) ? splitFrontmatter(text)?.frontmatter : undefined;
      parsedFiles.set(file, /\.ya?ml$/.test(file) ? parseYaml(text, file, []) : frontmatter === undefined ? undefined : parseYaml(frontmatter, file, [], 2));
    }
    return parsedFiles.get(file);
  };
  return problems.map((p) => {
    if (p.line !== undefined || !existsSync(p.file) || !statSync(p.file).isFile()) return p;
    const path = p.field?.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)) ?? [];
    return { ...p, line: (path.length ? parsedFile(p.file)?.lineOf(path) : undefined) ?? 1 };
  });
}
