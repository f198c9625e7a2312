/**
 * Ground truth for the import's alignment: a document's successive full-text
 * versions made by known operations (word edits, moves, splits, merges,
 * insertions, removals), each new paragraph recording what it came from. Pure
 * and seeded. `scoreAlignment` compares an alignment with the truth as
 * precision and recall per kind of operation.
 */
import type { Match, MatchKind } from '../src/lib/import/align.ts';
import { seededRandom, type Random } from './random.ts';
import { mutateWords, phrase, sentence } from './swedish-text.ts';

export interface TruthParagraph {
  /** The paragraph's identity through the versions. */
  key: string;
  heading: string;
  text: string;
}

/** One operation as it happened: the keys it came from in the previous version and the keys it made. */
export interface TruthEvent {
  kind: MatchKind;
  from: string[];
  to: string[];
}

export interface TruthVersion {
  markdown: string;
  paragraphs: TruthParagraph[];
  /** How this version came from the previous one; empty for the first. */
  events: TruthEvent[];
}

export interface FullTextOptions {
  seed: number;
  sections: number;
  paragraphsPerSection: number;
  /** Characters per paragraph, at least. */
  paragraphChars: number;
  versions: number;
  /** Share of paragraphs touched by an operation in each new version. */
  changeRate: number;
}

const OPERATIONS = ['changed', 'moved', 'split', 'merged', 'added', 'removed'] as const;

function paragraph(random: Random, minChars: number): string {
  // At least three sentences, so a split has a sentence boundary to cut at.
  let text = `${sentence(random)} ${sentence(random)} ${sentence(random)}`;
  while (text.length < minChars) text += ` ${sentence(random)}`;
  return text;
}

function markdownOf(headings: string[], paragraphs: TruthParagraph[]): string {
  return headings.map((h) => [`## ${h}`, ...paragraphs.filter((p) => p.heading === h).map((p) => p.text)].join('\n\n')).join('\n\n') + '\n';
}

export function generateFullTextVersions(options: FullTextOptions): TruthVersion[] {
  const random = seededRandom(options.seed);
  let next = 0;
  const key = () => `p${++next}`;
  const headings = Array.from({ length: options.sections }, (_, s) => `${s + 1} ${phrase(random)}`);
  let paragraphs: TruthParagraph[] = headings.flatMap((heading) =>
    Array.from({ length: options.paragraphsPerSection }, () => ({ key: key(), heading, text: paragraph(random, options.paragraphChars) })),
  );
  const versions: TruthVersion[] = [{ markdown: markdownOf(headings, paragraphs), paragraphs, events: [] }];

  for (let v = 1; v < options.versions; v++) {
    const events: TruthEvent[] = [];
    const touched = new Set<string>();
    let list = paragraphs.map((p) => ({ ...p }));
    const operations = Math.max(OPERATIONS.length, Math.round(list.length * options.changeRate));
    for (let n = 0; n < operations; n++) {
      const kind = OPERATIONS[n % OPERATIONS.length];
      const free = list.map((p, i) => i).filter((i) => !touched.has(list[i].key));
      if (free.length < 2) break;
      const at = random.pick(free);
      const p = list[at];
      if (kind === 'changed') {
        p.text = mutateWords(random, p.text, random.int(1, 10));
        events.push({ kind, from: [p.key], to: [p.key] });
      } else if (kind === 'moved') {
        const heading = random.pick(headings.filter((h) => h !== p.heading));
        list.splice(at, 1);
        const into = list.findIndex((q) => q.heading === heading);
        list.splice(into < 0 ? list.length : into + random.int(0, 1), 0, { ...p, heading });
        events.push({ kind, from: [p.key], to: [p.key] });
      } else if (kind === 'split') {
        const sentences = p.text.match(/[^.?]+[.?]/g)!.map((s) => s.trim());
        if (sentences.length < 2) continue;
        const cut = random.int(1, sentences.length - 1);
        const second = { key: key(), heading: p.heading, text: sentences.slice(cut).join(' ') };
        p.text = sentences.slice(0, cut).join(' ');
        list.splice(at + 1, 0, second);
        touched.add(second.key);
        events.push({ kind, from: [p.key], to: [p.key, second.key] });
      } else if (kind === 'merged') {
        const after = list[at + 1];
        if (!after || after.heading !== p.heading || touched.has(after.key)) continue;
        p.text = `${p.text} ${after.text}`;
        list.splice(at + 1, 1);
        touched.add(after.key);
        events.push({ kind, from: [p.key, after.key], to: [p.key] });
      } else if (kind === 'added') {
        const added = { key: key(), heading: p.heading, text: paragraph(random, options.paragraphChars) };
        list.splice(at + 1, 0, added);
        touched.add(added.key);
        events.push({ kind, from: [], to: [added.key] });
        // The paragraph it was inserted after is not changed by that.
        continue;
      } else {
        list.splice(at, 1);
        events.push({ kind, from: [p.key], to: [] });
      }
      touched.add(p.key);
    }
    // Everything no operation touched is identical.
    for (const p of list) if (!touched.has(p.key)) events.push({ kind: 'identical', from: [p.key], to: [p.key] });
    // Keep the sections in heading order, as a document prints them.
    list = headings.flatMap((h) => list.filter((p) => p.heading === h));
    paragraphs = list;
    versions.push({ markdown: markdownOf(headings, paragraphs), paragraphs, events });
  }
  return versions;
}

export interface KindScore {
  kind: MatchKind;
  truth: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

/** Precision and recall per kind: a match is correct when its kind and both sides equal an event's. */
export function scoreAlignment(previous: TruthParagraph[], next: TruthParagraph[], events: TruthEvent[], matches: Match[]): KindScore[] {
  const prevAt = new Map(previous.map((p, i) => [p.key, i]));
  const nextAt = new Map(next.map((p, i) => [p.key, i]));
  const sig = (kind: string, from: number[], to: number[]) => `${kind}|${[...from].sort((a, b) => a - b)}|${[...to].sort((a, b) => a - b)}`;
  const truth = new Set(events.map((e) => sig(e.kind, e.from.map((k) => prevAt.get(k)!), e.to.map((k) => nextAt.get(k)!))));
  const kinds: MatchKind[] = ['identical', 'changed', 'moved', 'split', 'merged', 'added', 'removed'];
  return kinds.map((kind) => {
    const predicted = matches.filter((m) => m.kind === kind);
    const correct = predicted.filter((m) => truth.has(sig(m.kind, m.previous, m.next))).length;
    const truthCount = events.filter((e) => e.kind === kind).length;
    return {
      kind,
      truth: truthCount,
      predicted: predicted.length,
      correct,
      precision: predicted.length ? correct / predicted.length : 1,
      recall: truthCount ? correct / truthCount : 1,
    };
  });
}
