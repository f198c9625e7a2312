/**
 * `npm run bench:alignment`: the import's alignment against synthetic ground
 * truth (src/lib/bench/fulltext-versions.ts): precision and recall per kind of
 * operation over successive versions, and the time to import a
 * 300 000-character version against its predecessor beside the time the
 * site's compare takes for the same two versions. Writes
 * bench/results/alignment.md and alignment.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateFullTextVersions, scoreAlignment, type KindScore } from '../src/lib/bench/fulltext-versions.ts';
import { diffPassages } from '../src/lib/diff-passages.ts';
import { alignPassages } from '../src/lib/import/align.ts';
import { splitFullText } from '../src/lib/import/split.ts';

const GOALS: Record<string, number> = { identisk: 0.98, ändrad: 0.98, flyttad: 0.98, borttagen: 0.98, delad: 0.9, sammanslagen: 0.9 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 60 sections of 10 paragraphs of about 500 characters: a 300 000-character document, five versions.
const versions = generateFullTextVersions({ seed: 2026, sections: 60, paragraphsPerSection: 10, paragraphChars: 500, versions: 5, changeRate: 0.05 });
const totals = new Map<string, Omit<KindScore, 'precision' | 'recall'>>();
const timings: { version: number; chars: number; importMs: number; compareMs: number }[] = [];
for (let v = 1; v < versions.length; v++) {
  const importRuns: number[] = [];
  const compareRuns: number[] = [];
  let matches: ReturnType<typeof alignPassages> = [];
  let split: { prev: ReturnType<typeof splitFullText>; next: ReturnType<typeof splitFullText> } | undefined;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const prev = splitFullText(versions[v - 1].markdown, 'markdown');
    const next = splitFullText(versions[v].markdown, 'markdown');
    matches = alignPassages(prev.map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })), next.map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })));
    importRuns.push(performance.now() - t0);
    split = { prev, next };
    // The compare page's work for the same two versions: a word diff of every passage known on both sides.
    const t1 = performance.now();
    for (const m of matches) if (m.previous.length && m.next.length) diffPassages(m.previous.map((i) => prev[i].text).join(' '), m.next.map((j) => next[j].text).join(' '));
    compareRuns.push(performance.now() - t1);
  }
  timings.push({ version: v + 1, chars: versions[v].markdown.length, importMs: median(importRuns), compareMs: median(compareRuns) });
  void split;
  for (const s of scoreAlignment(versions[v - 1].paragraphs, versions[v].paragraphs, versions[v].events, matches)) {
    const t = totals.get(s.kind) ?? { kind: s.kind, truth: 0, predicted: 0, correct: 0 };
    totals.set(s.kind, { kind: s.kind, truth: t.truth + s.truth, predicted: t.predicted + s.predicted, correct: t.correct + s.correct });
  }
}
const scores = [...totals.values()].map((t) => ({ ...t, precision: t.predicted ? t.correct / t.predicted : 1, recall: t.truth ? t.correct / t.truth : 1 }));
const fmt = (x: number) => x.toFixed(3).replace('.', ',');
const ratio = Math.max(...timings.map((t) => t.importMs / t.compareMs));
const missed = scores.filter((s) => GOALS[s.kind] !== undefined && Math.min(s.precision, s.recall) < GOALS[s.kind]);
const md = [
  '# Alignment of imported full texts against ground truth',
  '',
  `Run ${new Date().toISOString().slice(0, 10)}: five synthetic versions of a document of ${versions[0].paragraphs.length} paragraphs (${versions[0].markdown.length.toLocaleString('sv-SE')} characters), each made from the previous by edits, moves, splits, merges, insertions and removals of 5 % of its paragraphs (src/lib/bench/fulltext-versions.ts, seed 2026).`,
  '',
  '| kind | true | found | correct | precision | recall | goal |',
  '|---|---|---|---|---|---|---|',
  ...scores.map((s) => `| ${s.kind} | ${s.truth} | ${s.predicted} | ${s.correct} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${GOALS[s.kind] !== undefined ? `≥ ${fmt(GOALS[s.kind])}` : '–'} |`),
  '',
  'Time to import (split and align) each version against its predecessor, and to compare the same two versions word by word (median of five runs, ms):',
  '',
  '| version | characters | import ms | compare ms | import / compare |',
  '|---|---|---|---|---|',
  ...timings.map((t) => `| ${t.version} | ${t.chars.toLocaleString('sv-SE')} | ${t.importMs.toFixed(0)} | ${t.compareMs.toFixed(0)} | ${(t.importMs / t.compareMs).toFixed(2).replace('.', ',')} |`),
  '',
  `Goal: import at most 3 × compare. Largest ratio: ${ratio.toFixed(2).replace('.', ',')}. ${missed.length ? `Missed: ${missed.map((s) => s.kind).join(', ')}.` : 'Every alignment goal met.'}`,
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/alignment.md', md);
writeFileSync('bench/results/alignment.json', JSON.stringify({ scores, timings, goals: GOALS }, null, 2));
console.log(md);
if (missed.length || ratio > 3) process.exitCode = 1;
