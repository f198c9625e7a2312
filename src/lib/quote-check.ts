/**
 * Finds every quotation in the corpus (quoted passages, <Quote> in guides)
 * and checks each against the text of the source it cites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { componentUses } from './guide-checks.ts';
import type { Problem } from './problems.ts';
import { findQuote, prepareSource, type SourceText } from './quotes.ts';

export interface Quotation {
  file: string;
  field?: string;
  line?: number;
  /** Human label: which passage or guide quotation this is. */
  label: string;
  source: string;
  text: string;
}

export function quotationsIn(corpus: Corpus): Quotation[] {
  const quotations: Quotation[] = [];
  for (const v of corpus.versions) {
    v.data.passages.forEach((p, i) => {
      if (p.status === 'quoted' && p.text) {
        quotations.push({ file: v.file, field: `passages.${i}.text`, label: `passage "${p.id}"`, source: p.citation.source, text: p.text });
      }
    });
  }
  for (const guide of corpus.guides) {
    for (const use of componentUses(guide, 'Quote')) {
      if (use.attributes.source && use.content) {
        quotations.push({ file: guide.file, line: use.line, label: '<Quote>', source: use.attributes.source, text: use.content });
      }
    }
  }
  return quotations;
}

/** Checks every quotation against the texts in `sourcesDir`. */
export function verifyQuotes(corpus: Corpus, sourcesDir: string): { checked: number; problems: Problem[] } {
  const texts = new Map<string, SourceText | undefined>();
  const textOf = (sourceId: string) => {
    if (!texts.has(sourceId)) {
      const file = corpus.sources.find((s) => s.id === sourceId)?.data.file;
      const path = file && join(sourcesDir, file);
      texts.set(sourceId, path && existsSync(path) ? prepareSource(readFileSync(path, 'utf8')) : undefined);
    }
    return texts.get(sourceId);
  };
  const problems: Problem[] = [];
  const quotations = quotationsIn(corpus);
  for (const q of quotations) {
    const text = textOf(q.source);
    const short = q.text.replace(/\s+/g, ' ').slice(0, 80);
    if (!text) {
      const file = corpus.sources.find((s) => s.id === q.source)?.data.file ?? `(no file for source "${q.source}")`;
      problems.push({ file: q.file, field: q.field, line: q.line, message: `${q.label} cites "${q.source}", whose text ${file} is not in ${sourcesDir}: check SOURCES_DIR and the source's file field` });
      continue;
    }
    const miss = findQuote(q.text, text);
    if (miss) {
      problems.push({
        file: q.file,
        field: q.field,
        line: q.line,
        message: `${q.label} is not verbatim in source "${q.source}": "${short}". Nearest passage (line ${miss.line}): "${miss.nearest}". Copy the wording exactly, or mark it paraphrased`,
      });
    }
  }
  return { checked: quotations.length, problems };
}
