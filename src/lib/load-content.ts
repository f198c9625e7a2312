/**
 * The one reader of `content/`: lists the files, gives every record and guide
 * its id, reads each and checks it against its schema (a problem keeps the
 * YAML line), and puts each collection in the order the site shows it. The
 * command-line checks, the Astro integration, the content loaders the pages
 * read through (src/loaders/content-loaders.ts) and the sidebar all get their
 * entries from here, so they agree on what exists, its id and its address.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'astro/zod';
import type { Corpus, Entry, GuideEntry, StatisticEntry, VersionEntry } from './corpus.ts';
import { csvRecords, decodeUtf8, parseCsvStrict } from './csv.ts';
import type { Problem } from './problems.ts';

import { guideUrl } from './routes.ts';
import { orderedVersions } from './versions.ts';
import { allowedKeysAt, nearMiss } from './schema-keys.ts';
import { MAX_CONTENT_FILE_BYTES, MAX_GUIDE_BODY_CHARS, MAX_TEXT_CHARS, sizeText } from './size-limits.ts';
import {
  conceptSchema,
  documentSchema,
  eventSchema,
  glossarySchema,
  guideFrontmatter,
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

/** A slug to suggest for a name that is not one: "kundflöden ny" → "kundfloden-ny". */
export const slugFor = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The problem with a file or folder name that is not a slug; `extension` is the file's, kept in the suggestion. */
const notSlug = (what: string, name: string, extension = '') => {
  const suggestion = slugFor(name);
  return `${what} "${name}" is not a slug: rename it${suggestion ? ` to "${suggestion}${extension}"` : ''} (lower-case a–z, digits and hyphens; the address is made from it)`;
};

/**
 * The .yaml files of a folder, in name order. Only .yaml is read: a .yml
 * file is a problem (naming its .yaml twin when there is one), never a
 * second copy that silently wins or loses.
 */
function yamlFiles(dir: string, problems: Problem[], display: (f: string) => string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  for (const name of names.filter((n) => n.endsWith('.yml'))) {
    const twin = `${name.slice(0, -'.yml'.length)}.yaml`;
    problems.push({
      file: display(join(dir, name)),
      message: names.includes(twin)
        ? `is not read (only .yaml files are), and ${display(join(dir, twin))} has the same name: move what this file holds into ${twin} and delete it`
        : `is not read (only .yaml files are): rename it to ${twin}`,
    });
  }
  return names.filter((n) => n.endsWith('.yaml')).map((n) => join(dir, n));
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

function loadFolder<S extends z.ZodType>(
  dir: string,
  schema: S,
  problems: Problem[],
  display: (f: string) => string,
): Entry<z.infer<S>>[] {
  const entries: Entry<z.infer<S>>[] = [];
  for (const path of yamlFiles(dir, problems, display)) {
    const file = display(path);
    const id = idOf(path);
    if (!SLUG.test(id)) {
      problems.push({ file, message: notSlug('file name', id, '.yaml') });
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

 * The guide files under `dir` and their ids: the path without extension, a
 * folder's index.md(x) taking the folder's name, as Astro and Starlight name
 * pages. Every path segment must be a slug, and two files with one id (x.md
 * and x.mdx, x/index.mdx and x.mdx) are a problem naming both.
 */
function guideFiles(dir: string, problems: Problem[], display: (f: string) => string): { path: string; id: string }[] {
  const firstFile = new Map<string, string>();
  const found: { path: string; id: string }[] = [];
  for (const path of walk(dir).filter((f) => /\.mdx?$/.test(f))) {
    const file = display(path);
    const segments = relative(dir, path).replace(/\.mdx?$/, '').split(sep);
    const bad = segments.find((s) => !SLUG.test(s));
    if (bad !== undefined) {
      const isFile = bad === segments.at(-1);
      problems.push({ file, message: notSlug(isFile ? 'file name' : 'folder name', bad, isFile ? extname(path) : '') });
      continue;
    }
    const id = (segments.length > 1 && segments.at(-1) === 'index' ? segments.slice(0, -1) : segments).join('/');
    const first = firstFile.get(id);
    if (first) {
      problems.push({ file, message: `is the same guide as ${first}: both would be the page ${guideUrl(id)}; keep one of the two files` });
      continue;
    }
    firstFile.set(id, file);
    found.push({ path, id });
  }
  return found;
}

function loadGuides(dir: string, problems: Problem[], display: (f: string) => string): GuideEntry[] {
  const guides: GuideEntry[] = [];
  for (const { path, id } of guideFiles(dir, problems, display)) {
    const file = display(path);
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
    const data = check(guideFrontmatter, parsed, file, problems);
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
    const guide: GuideEntry = {
      id,
      file,
      title: data.title,
      aboutSite: data.aboutSite,
      searchTerms: data.searchTerms,
      changes: data.changes,
      frontmatter: parsed.value as Record<string, unknown>,
      body: split.body,
      bodyLine: split.bodyLine,
    };
    guides.push(guide);
  }
  return guides;
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

const byId = <E extends { id: string }>(entries: E[]) => entries.sort((a, b) => a.id.localeCompare(b.id, 'sv'));

/**
 * Reads every collection under `contentDir`, each in the order the site lists
 * it. Problems are collected, not thrown; an entry with a problem is left out.
 */
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
    const folderPath = join(documentsDir, folder);
    if (!SLUG.test(folder)) {
      problems.push({ file: display(folderPath), message: notSlug('folder name', folder) });
      continue;
    }
    const docPath = yamlFiles(folderPath, problems, display).find((f) => f.endsWith(`${sep}document.yaml`));
    if (!docPath) {
      // A document.yml has its own message already.
      if (!existsSync(join(folderPath, 'document.yml'))) {
        problems.push({ file: display(folderPath), message: 'has no document.yaml: add one with the title, name, kind and description of the document' });
      }
    } else {
      const docText = readText(docPath, display(docPath), problems);
      const parsed = docText === undefined ? undefined : parseYaml(docText, display(docPath), problems);
      const data = parsed && check(documentSchema, parsed, display(docPath), problems);
      if (data) documents.push({ id: folder, file: display(docPath), data });
    }
    for (const v of loadFolder(join(folderPath, 'versions'), versionSchema, problems, display)) {
      versions.push({ ...v, document: folder });
    }
  }

  const corpus: Corpus = {
    // In the order of their files (000–004), which is the order the seeds list them.
    sources: loadFolder(at('sources'), sourceSchema, problems, display).sort((a, b) => a.data.file.localeCompare(b.data.file)),
    documents: byId(documents),
    // Document by document, each document's versions in order (versions.ts).
    versions: [...new Set(versions.map((v) => v.document))].sort((a, b) => a.localeCompare(b, 'sv')).flatMap((d) => orderedVersions({ versions }, d)),
    concepts: byId(loadFolder(at('concepts'), conceptSchema, problems, display)),
    processes: byId(loadFolder(at('processes'), processSchema, problems, display)),
    events: byId(loadFolder(at('events'), eventSchema, problems, display)),
    statistics: byId(loadStatistics(at('statistics'), problems, display)),
    glossary: loadFolder(at('glossary'), glossarySchema, problems, display).sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv')),
    guides: byId(loadGuides(at('guides'), problems, display)),
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
