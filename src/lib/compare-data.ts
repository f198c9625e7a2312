/**
 * The compare page's data, one file per document line
 * (/data/jamfor/<the line's first document>.json): the line's part of the
 * history model, with its documents' timelines and names for comparing by
 * date. Per line, not per document: the page follows a provision across a
 * succession (2004:2 to 2015:1), so a line is the smallest unit it compares
 * within; one file for the whole corpus made every comparison, and every
 * document's offline save, download every document's data. A comparison
 * across two lines joins the two files.
 */
import { documentName, type Corpus } from './corpus.ts';
import { documentTimeline, type DocumentTimeline } from './in-force.ts';
import { historyModel, threadsOfLine, type HistoryModel } from './passage-history.ts';

export type CompareData = HistoryModel & { timelines: Record<string, DocumentTimeline>; documentNames: Record<string, string> };

/** The key a line's file is named by: its first (oldest) document, as the compare page's `linje` parameter names it. */
export const lineKeys = (corpus: Corpus): string[] => historyModel(corpus).lines.map((l) => l.documents[0]);

/** One line's data, its indexes counted within it (its one line is line 0). */
export function lineCompareData(corpus: Corpus, key: string): CompareData | undefined {
  const model = historyModel(corpus);
  const line = model.lines.findIndex((l) => l.documents[0] === key);
  if (line < 0) return undefined;
  const { documents, versions } = model.lines[line];
  return {
    versions: versions.map((i) => model.versions[i]),
    lines: [{ documents, versions: versions.map((_, i) => i) }],
    threads: threadsOfLine(model, line).map((t) => ({ ...t, line: 0 })),
    timelines: Object.fromEntries(documents.map((d) => [d, documentTimeline(corpus, d)])),
    documentNames: Object.fromEntries(documents.map((d) => [d, documentName(corpus, d)])),
  };
}

/** Several lines' data as one, each line's indexes moved past the lines before it. */
export function joinCompareData(parts: CompareData[]): CompareData {
  const joined: CompareData = { versions: [], lines: [], threads: [], timelines: {}, documentNames: {} };
  for (const part of parts) {
    const [versionsBefore, linesBefore] = [joined.versions.length, joined.lines.length];
    joined.versions.push(...part.versions);
    joined.lines.push(...part.lines.map((l) => ({ documents: l.documents, versions: l.versions.map((i) => i + versionsBefore) })));
    joined.threads.push(...part.threads.map((t) => ({ ...t, line: t.line + linesBefore })));
    Object.assign(joined.timelines, part.timelines);
    Object.assign(joined.documentNames, part.documentNames);
  }
  return joined;
}
