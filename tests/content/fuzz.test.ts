/**
 * Seeded fuzzing of the content checks: each case corrupts the valid fixture
 * in one way (truncation, random bytes, a wrong type, a huge value, markup,
 * deep nesting, a duplicated key or file, a renamed key, a broken CSV, another
 * encoding) and runs every check that needs no build. Each case must either
 * pass or be rejected with problems that name a file and a line; none may
 * throw anything else or take long. The seed makes a failure reproducible:
 * the case's number and description are in the message.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter, withLines } from '../../src/lib/load-content.ts';
import { ContentError, type Problem } from '../../src/lib/problems.ts';
import { verifyCitationsUnambiguous, verifyFigures } from '../../src/lib/figure-check.ts';
import { verifyQuotes, verifySections } from '../../src/lib/quote-check.ts';
import { loadValidContent } from '../../src/lib/validate.ts';
import { seededRandom, type Random } from '../../bench/random.ts';
import { FIXTURE_SOURCES, VALID_FIXTURE } from '../support/fixtures.ts';

const SEED = 20261201;
const CASES = 240;
/** Longest any one case may take; a slower one is treated as a hang. */
const CASE_BUDGET_MS = 5_000;

const files = (readdirSync(VALID_FIXTURE, { recursive: true }) as string[]).filter((f) => /\.(ya?ml|mdx|csv)$/.test(f)).sort();
const original = new Map(files.map((f) => [f, readFileSync(join(VALID_FIXTURE, f))]));

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const WRONG_VALUES: unknown[] = [42, -1, 0.5, true, null, [], ['a', 'b'], { a: 1 }, '', '2099-13-45', '0000', 'NaN', new Date('2099-01-01'), 1e308];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{alert(1)}', '</p><h1>x</h1>', '*[x]: y', '[a](javascript:alert(1))', '${process.exit(1)}', '&lt;b&gt;'];

/** Every node of a YAML document, by path. */
function nodePaths(text: string): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const doc = parseDocument(text);
  visit(doc, {
    Pair(_, pair, ancestors) {
      const path = ancestors.flatMap((parent, i): (string | number)[] => {
        const child = ancestors[i + 1] ?? pair;
        if (isPair(parent) && isScalar(parent.key)) return [String(parent.key.value)];
        return isSeq(parent) ? [parent.items.indexOf(child as never)] : [];
      });
      if (isScalar(pair.key)) paths.push([...path, String(pair.key.value)]);
    },
  });
  return paths;
}

/** Sets one value in YAML text; the text stays as it was when it does not parse. */
function setValue(text: string, random: Random, value: (r: Random) => unknown): string {
  const paths = nodePaths(text);
  if (paths.length === 0) return text;
  const doc = parseDocument(text);
  doc.setIn(random.pick(paths), value(random));
  return String(doc);
}

const lines = (text: string) => text.split('\n');
const yamlMutations: Record<string, (text: string, r: Random) => string> = {
  'wrong type': (t, r) => setValue(t, r, (rr) => rr.pick(WRONG_VALUES)),
  'huge value': (t, r) => setValue(t, r, (rr) => 'lång text '.repeat(rr.pick([500, 999, 1001, 5000]))),
  markup: (t, r) => setValue(t, r, (rr) => rr.pick(MARKUP)),
  'deep nesting': (t, r) => `${t}\ndjup: ${nested(r.pick([50, 500, 5000]))}\n`,
  'deep value': (t, r) => setValue(t, r, (rr) => JSON.parse(nested(rr.pick([20, 200])))),
  'duplicated line': (t, r) => { const l = lines(t); const i = r.int(0, l.length - 1); l.splice(i, 0, l[i]); return l.join('\n'); },
  'deleted line': (t, r) => { const l = lines(t); l.splice(r.int(0, l.length - 1), 1); return l.join('\n'); },
  'swapped lines': (t, r) => { const l = lines(t); const i = r.int(0, l.length - 2); [l[i], l[i + 1]] = [l[i + 1], l[i]]; return l.join('\n'); },
  'renamed key': (t, r) => { const l = lines(t); const i = r.int(0, l.length - 1); l[i] = l[i].replace(/(\w)(\w)(\w*):/, '$2$1$3:'); return l.join('\n'); },
  'reindented line': (t, r) => { const l = lines(t); const i = r.int(0, l.length - 1); l[i] = r.pick(['', '  ', '\t', '     ']) + l[i].trimStart(); return l.join('\n'); },
  alias: (t) => `a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n${t}`,
};
const csvMutations: Record<string, (text: string, r: Random) => string> = {
  'extra cell': (t) => t.replace(/\n(.+)/, '\n$1,9'),
  'missing cell': (t) => t.replace(/\n([^,\n]+),[^\n]*/, '\n$1'),
  'open quote': (t, r) => { const l = lines(t); const i = r.int(0, l.length - 1); l[i] = `"${l[i]}`; return l.join('\n'); },
  semicolons: (t) => t.replaceAll(',', ';'),
  'header only': (t) => lines(t)[0],
  'huge cell': (t) => `${t}2020,${'9'.repeat(20_000)}\n`,
  'markup cell': (t, r) => `${t}2020,${r.pick(MARKUP).replaceAll(',', ' ')}\n`,
};
const mdxBodyMutations: Record<string, (body: string, r: Random) => string> = {
  'markup in body': (b, r) => `${b}\n${r.pick(['<script>alert(1)</script>', '<div onclick="x()">x</div>', '{', '}', '<Cite source="okand" section="x" />', 'import x from "node:fs";', 'export const a = 1;', '<Quote>', '<iframe src="https://example.com" />'])}\n`,
  'huge body': (b) => `${b}\n${'Ett stycke. '.repeat(9_000)}\n`,
  'deep list': (b, r) => `${b}\n${Array.from({ length: r.pick([50, 500]) }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
  'deep quote': (b, r) => `${b}\n${'> '.repeat(r.pick([100, 1000]))}x\n`,
};

const byteMutations: Record<string, (bytes: Buffer, r: Random) => Buffer> = {
  truncated: (b, r) => b.subarray(0, r.int(0, b.length - 1)),
  'random bytes': (b, r) => {
    const at = r.int(0, b.length);
    const noise = Buffer.from(Array.from({ length: 1 + r.int(0, 8 - 1) }, () => r.int(0, 256 - 1)));
    return Buffer.concat([b.subarray(0, at), noise, b.subarray(at)]);
  },
  empty: () => Buffer.alloc(0),
  'Latin-1': (b) => Buffer.from(b.toString('utf8'), 'latin1'),
  'UTF-16': (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
  'byte order mark': (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  'CRLF line ends': (b) => Buffer.from(b.toString('utf8').replaceAll('\n', '\r\n')),
};

interface Case { description: string; writes: [string, Buffer][] }

function makeCase(random: Random): Case {
  const file = random.pick(files);
  const bytes = original.get(file)!;
  const text = bytes.toString('utf8');
  const kind = random.int(0, 10 - 1);
  if (kind < 3) {
    const name = random.pick(Object.keys(byteMutations));
    return { description: `${name} ${file}`, writes: [[file, byteMutations[name](bytes, random)]] };
  }
  if (kind === 3 && /\.ya?ml$/.test(file)) {
    // The same record again under another name (a copied version or event).
    const copy = file.replace(/([^/]+)\.ya?ml$/, (_, base: string) => (/^\d+$/.test(base) ? `${Number(base) + 5}.yaml` : `${base}-kopia.yaml`));
    return { description: `duplicated file ${file} as ${copy}`, writes: [[copy, bytes]] };
  }
  if (file.endsWith('.csv')) {
    const name = random.pick(Object.keys(csvMutations));
    return { description: `${name} in ${file}`, writes: [[file, Buffer.from(csvMutations[name](text, random))]] };
  }
  if (file.endsWith('.mdx')) {
    const split = splitFrontmatter(text)!;
    if (random.int(0, 2 - 1) === 0) {
      const name = random.pick(Object.keys(mdxBodyMutations));
      return { description: `${name} of ${file}`, writes: [[file, Buffer.from(`---\n${split.frontmatter}\n---\n${mdxBodyMutations[name](split.body, random)}`)]] };
    }
    const name = random.pick(Object.keys(yamlMutations));
    return { description: `${name} in the front matter of ${file}`, writes: [[file, Buffer.from(`---\n${yamlMutations[name](split.frontmatter, random)}\n---\n${split.body}`)]] };
  }
  const name = random.pick(Object.keys(yamlMutations));
  return { description: `${name} in ${file}`, writes: [[file, Buffer.from(yamlMutations[name](text, random))]] };
}

/** Runs every check that needs no build; returns the problems, or throws what is not a content problem. */
function check(dir: string): Problem[] {
  try {
    const corpus = loadValidContent(dir);
    // As npm run check:quotes reports them.
    return withLines([
      ...verifyQuotes(corpus, FIXTURE_SOURCES).problems,
      ...verifySections(corpus, FIXTURE_SOURCES).problems,
      ...verifyFigures(corpus, FIXTURE_SOURCES).problems,
      ...verifyCitationsUnambiguous(corpus, FIXTURE_SOURCES).problems,
    ]);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe(`fuzzed content (seed ${SEED}, ${CASES} cases)`, () => {
  it('every corruption passes or is rejected with problems naming file and line, without a crash or a hang', () => {
    const random = seededRandom(SEED);
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
    const outcomes = { passed: 0, rejected: 0 };
    const failures: string[] = [];
    try {
      for (let n = 1; n <= CASES; n++) {
        cpSync(VALID_FIXTURE, dir, { recursive: true });
        const { description, writes } = makeCase(random);
        for (const [file, bytes] of writes) writeFileSync(join(dir, file), bytes);
        const label = `case ${n}: ${description}`;
        const started = performance.now();
        let problems: Problem[] = [];
        try {
          problems = check(dir);
        } catch (error) {
          failures.push(`${label} crashed the checks: ${String(error)} ${(error as Error)?.stack?.split('\n').slice(0, 6).join(' ')}`);
        }
        const took = performance.now() - started;
        if (took > CASE_BUDGET_MS) failures.push(`${label} took ${Math.round(took)} ms`);
        for (const p of problems.filter((p) => !p.file || !(p.line! >= 1))) {
          failures.push(`${label}: a problem without file and line: ${JSON.stringify(p)}`);
        }
        outcomes[problems.length ? 'rejected' : 'passed']++;
        for (const [file] of writes) rmSync(join(dir, file), { force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(failures).toEqual([]);
    // Most corruptions must be caught; a few (a swapped pair of lines, a markup-free value) are still valid content.
    expect(outcomes.rejected).toBeGreaterThan(CASES / 2);
  });
});
