/**
 * `npm run bench:alignment`: the import's alignment against synthetic ground
 * truth (bench/fulltext-versions.ts): precision and recall per kind of
 * operation over successive versions, and the time to import a
 * 300 000-character version against its predecessor beside the time the
 * site's compare takes for the same two versions. Writes
 * bench/results/alignment.md and alignment.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { generateFullTextVersions, scoreAlignment, type KindScore } from './fulltext-versions.ts';
import { comparisonHtml } from '../src/lib/compare.ts';
import type { Corpus } from '../src/lib/corpus.ts';
import { alignPassages, type Match } from '../src/lib/import/align.ts';
import { splitFullText, type SplitPassage } from '../src/lib/import/split.ts';
import { historyModel } from '../src/lib/passage-history.ts';

const GOALS: Record<string, number> = { identical: 0.98, changed: 0.98, moved: 0.98, removed: 0.98, split: 0.9, merged: 0.9 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 60 sections of 10 paragraphs of about 500 characters: a 300 000-character document, five versions.
const versions = generateFullTextVersions({ seed: 2026, sections: 60, paragraphsPerSection: 10, paragraphChars: 500, versions: 5, changeRate: 0.05 });
const totals = new Map<string, Omit<KindScore, 'precision' | 'recall'>>();
const timings: { version: number; chars: number; importMs: number; importHtmlMs: number; compareMs: number }[] = [];
/** The same versions as HTML, so the import is timed for both structured formats. */
const html = versions.map((v) => new MarkdownIt('commonmark').render(v.markdown));
/** Two versions as the site holds them after an import: one quoted passage per paragraph, under stable ids. */
function corpusOf(prev: SplitPassage[], next: SplitPassage[], matches: Match[]): Corpus {
  const ids = new Map<SplitPassage, string>();
  prev.forEach((p, i) => ids.set(p, `p${i}`));
  for (const m of matches) m.next.forEach((j, k) => ids.set(next[j], k === 0 && m.previous.length ? `p${m.previous[0]}` : `n${j}`));
  const version = (id: string, passages: SplitPassage[]) => ({
    id, document: 'd', file: id,
    data: { number: Number(id), decided: { precision: 'unknown' }, passages: passages.map((p) => ({ id: ids.get(p)!, title: p.headings.at(-1)!, status: 'quoted', text: p.text, citation: { source: 's', section: p.headings.at(-1)! } })) },
  });
  return {
    sources: [{ id: 's', file: 's', data: { title: 'Fulltext', kind: 'fulltext', publisher: 'x', date: { precision: 'unknown' }, authors: [], file: 's.txt', description: 'x', flaws: [] } }],
    documents: [{ id: 'd', file: 'd', data: { title: 'D', name: 'D', kind: 'vägledning', description: 'x' } }],
    versions: [version('1', prev), version('2', next)],
    concepts: [], processes: [], events: [], statistics: [], glossary: [], guides: [],
  } as unknown as Corpus;
}

for (let v = 1; v < versions.length; v++) {
  const importRuns: number[] = [];
  const importHtmlRuns: number[] = [];
  const compareRuns: number[] = [];
  // The previous version's passages are already records when a version is imported: only the new text is split.
  const prev = splitFullText(versions[v - 1].markdown, 'markdown');
  const prevInput = prev.map((p) => ({ headings: [p.headings.at(-1)!], text: p.text }));
  let matches: Match[] = [];
  let next: SplitPassage[] = [];
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now();
    next = splitFullText(versions[v].markdown, 'markdown');
    matches = alignPassages(prevInput, next.map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })));
    importRuns.push(performance.now() - t0);
    const th = performance.now();
    alignPassages(prevInput, splitFullText(html[v], 'html').map((p) => ({ headings: [p.headings.at(-1)!], text: p.text })));
    importHtmlRuns.push(performance.now() - th);
    // The site's compare of the same two versions: the history model and the comparison as HTML, redlines included.
    const corpus = corpusOf(prev, next, matches);
    const t1 = performance.now();
    comparisonHtml(historyModel(corpus), { document: 'd', id: '1' }, { document: 'd', id: '2' }, 'inline');
    compareRuns.push(performance.now() - t1);
  }
  timings.push({ version: v + 1, chars: versions[v].markdown.length, importMs: median(importRuns), importHtmlMs: median(importHtmlRuns), compareMs: median(compareRuns) });
  for (const s of scoreAlignment(versions[v - 1].paragraphs, versions[v].paragraphs, versions[v].events, matches)) {
    const t = totals.get(s.kind) ?? { kind: s.kind, truth: 0, predicted: 0, correct: 0 };
    totals.set(s.kind, { kind: s.kind, truth: t.truth + s.truth, predicted: t.predicted + s.predicted, correct: t.correct + s.correct });
  }
}
const scores = [...totals.values()].map((t) => ({ ...t, precision: t.predicted ? t.correct / t.predicted : 1, recall: t.truth ? t.correct / t.truth : 1 }));
const fmt = (x: number) => x.toFixed(3).replace('.', ',');
const ratio = Math.max(...timings.map((t) => Math.max(t.importMs, t.importHtmlMs) / t.compareMs));
const missed = scores.filter((s) => GOALS[s.kind] !== undefined && Math.min(s.precision, s.recall) < GOALS[s.kind]);
const md = [
  '# Alignment of imported full texts against ground truth',
  '',
  `Run ${new Date().toISOString().slice(0, 10)}: five synthetic versions of a document of ${versions[0].paragraphs.length} paragraphs (${versions[0].markdown.length.toLocaleString('sv-SE')} characters), each made from the previous by edits, moves, splits, merges, insertions and removals of 5 % of its paragraphs (bench/fulltext-versions.ts, seed 2026).`,
  '',
  '| kind | true | found | correct | precision | recall | goal |',
  '|---|---|---|---|---|---|---|',
  ...scores.map((s) => `| ${s.kind} | ${s.truth} | ${s.predicted} | ${s.correct} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${GOALS[s.kind] !== undefined ? `≥ ${fmt(GOALS[s.kind])}` : '–'} |`),
  '',
  'Time to import each version against its predecessor (split the new text, align it with the previous passages), from Markdown and from the same text as HTML, and for the site to compare the same two versions (history model and comparison HTML with redlines), median of nine runs in ms:',
  '',
  '| version | characters | import Markdown ms | import HTML ms | compare ms | slower import / compare |',
  '|---|---|---|---|---|---|',
  ...timings.map((t) => `| ${t.version} | ${t.chars.toLocaleString('sv-SE')} | ${t.importMs.toFixed(0)} | ${t.importHtmlMs.toFixed(0)} | ${t.compareMs.toFixed(0)} | ${(Math.max(t.importMs, t.importHtmlMs) / t.compareMs).toFixed(2).replace('.', ',')} |`),
  '',
  `Goal: import at most 3 × compare. Largest ratio: ${ratio.toFixed(2).replace('.', ',')}. ${missed.length ? `Missed: ${missed.map((s) => s.kind).join(', ')}.` : 'Every alignment goal met.'}`,
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/alignment.md', md);
writeFileSync('bench/results/alignment.json', JSON.stringify({ scores, timings, goals: GOALS }, null, 2));
console.log(md);
if (missed.length || ratio > 3) process.exitCode = 1;
