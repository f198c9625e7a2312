import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../../../tests/support/fixtures.ts';
import { generateFullTextVersions, scoreAlignment } from '../../../bench/fulltext-versions.ts';
import { historyModel, threadHistory, threadOf } from '../passage-history.ts';
import { verifyQuotes } from '../quote-check.ts';
import { loadValidContent } from '../validate.ts';
import { alignPassages } from './align.ts';
import { ImportError, importVersion } from './import-version.ts';
import { splitFullText } from './split.ts';

const options = (version: number) => ({ document: 'doc-a', version, format: 'markdown' as const, obtained: 'test', publisher: 'Försäkringskassan', fileName: `v${version}.md` });

describe('importing three full-text versions in sequence', () => {
  const versions = generateFullTextVersions({ seed: 7, sections: 6, paragraphsPerSection: 5, paragraphChars: 300, versions: 3, changeRate: 0.2 });
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  const imported = versions.map((v, n) => {
    const result = importVersion(loadValidContent(dir), v.markdown, options(n + 3));
    for (const [path, content] of result.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return result;
  });
  const corpus = loadValidContent(dir);

  it('keeps each paragraph\'s id through the versions, so its history continues', () => {
    const ids = (n: number) => new Map(corpus.versions.find((v) => v.document === 'doc-a' && v.id === String(n))!.data.passages.filter((p) => p.status === 'quoted').map((p, i) => [versions[n - 3].paragraphs[i].key, p.id]));
    const [first, last] = [ids(3), ids(5)];
    const kept = [...first].filter(([key]) => last.has(key));
    expect(kept.length).toBeGreaterThan(20);
    for (const [key, id] of kept) expect(last.get(key), key).toBe(id);
    // One kept paragraph read through the history model: quoted in all three versions.
    const model = historyModel(corpus);
    const steps = threadHistory(model, threadOf(model, 'doc-a', kept[0][1])!).filter((s) => s.state.evidence === 'quoted');
    expect(steps.map((s) => s.version.id)).toEqual(['3', '4', '5']);
  });

  it('lists every match with its kind and confidence, the uncertain ones first', () => {
    const report = imported[1].report;
    expect(report).toMatch(/^# Import: Vägledning A, version 4/);
    expect(report).toContain('| slag | säkerhet |');
    const confidences = imported[1].matches.map((m) => m.confidence);
    const firstSure = confidences.findIndex((c) => c >= 0.8);
    expect(confidences.slice(firstSure).every((c) => c >= 0.8)).toBe(true);
  });

  it('records the imported text as a source the quote check verifies every passage against', () => {
    const result = verifyQuotes(corpus, '/nonexistent');
    const fromImports = result.problems.filter((p) => p.file.includes('versions/3') || p.file.includes('versions/4') || p.file.includes('versions/5'));
    expect(fromImports).toEqual([]);
  });

  it('scores the alignment against the truth: at least 0.98 for identical, edited, moved and removed, 0.9 for splits and merges', () => {
    for (let v = 1; v < versions.length; v++) {
      const [prev, next] = [versions[v - 1], versions[v]].map((x) => splitFullText(x.markdown, 'markdown').map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })));
      for (const s of scoreAlignment(versions[v - 1].paragraphs, versions[v].paragraphs, versions[v].events, alignPassages(prev, next))) {
        const goal = ['split', 'merged'].includes(s.kind) ? 0.9 : 0.98;
        expect(Math.min(s.precision, s.recall), `${s.kind} in version ${v + 1}`).toBeGreaterThanOrEqual(goal);
      }
    }
  });

  it('rejects a version that is already there, and an unknown document, with what to do', () => {
    expect(() => importVersion(corpus, versions[0].markdown, options(3))).toThrow(new ImportError('Vägledning A already has version 3: choose another number, or remove content/documents/doc-a/versions/3.yaml first'));
    expect(() => importVersion(corpus, versions[0].markdown, { ...options(9), document: 'doc-x' })).toThrow(/unknown document "doc-x": use one of doc-a, doc-b/);
  });
});
