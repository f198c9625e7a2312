import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadValidContent } from '../src/lib/validate.ts';
import { countContent, generateSyntheticCorpus, LARGE_DOCUMENT_ID, scaleCounts, type ContentCounts } from './synthetic-corpus.ts';

const REAL: ContentCounts = { guides: 11, documents: 3, versions: 13, passages: 43 };
const folders: string[] = [];

function writeCorpus(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  folders.push(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('generateSyntheticCorpus', () => {
  it('passes the project\'s own content validation, large document included', () => {
    const files = generateSyntheticCorpus({ seed: 1, counts: REAL, largeDocument: { chars: 20_000, versions: 3 } });
    const corpus = loadValidContent(writeCorpus(files));
    expect(corpus.guides).toHaveLength(11);
    expect(corpus.versions.filter((v) => v.document === LARGE_DOCUMENT_ID)).toHaveLength(3);
  });

  it('gives the same files for the same seed and different ones for another seed', () => {
    const a = generateSyntheticCorpus({ seed: 7, counts: REAL });
    const b = generateSyntheticCorpus({ seed: 7, counts: REAL });
    const c = generateSyntheticCorpus({ seed: 8, counts: REAL });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('scales every count with the factor', () => {
    const counts = scaleCounts(REAL, 10);
    const corpus = loadValidContent(writeCorpus(generateSyntheticCorpus({ seed: 1, counts })));
    expect(countContent(corpus)).toEqual({ guides: 110, documents: 30, versions: 130, passages: 390 });
  });

  it('multiplies the guides by their own factor where one is given', () => {
    expect(scaleCounts(REAL, 1000, 1)).toEqual({ guides: 11, documents: 3000, versions: 13_000, passages: 43_000 });
  });

  it('keeps a guide the same text at every scale', () => {
    const guide = 'guides/kom-igang/bench-guide-0001.mdx';
    const small = generateSyntheticCorpus({ seed: 3, counts: REAL }).get(guide)!;
    const large = generateSyntheticCorpus({ seed: 3, counts: scaleCounts(REAL, 10) }).get(guide)!;
    expect(large.replace(/bench-dokument-\d+/g, '')).toBe(small.replace(/bench-dokument-\d+/g, ''));
  });

  it('writes about as many characters as asked into each version of the large document', () => {
    const files = generateSyntheticCorpus({ seed: 1, counts: REAL, largeDocument: { chars: 300_000, versions: 2 } });
    const corpus = loadValidContent(writeCorpus(files));
    const first = corpus.versions.find((v) => v.document === LARGE_DOCUMENT_ID && v.id === '1')!;
    const chars = first.data.passages.reduce((sum, p) => sum + (p.text?.length ?? 0), 0);
    expect(chars).toBeGreaterThan(270_000);
    expect(chars).toBeLessThan(330_000);
  });
});
