/**
 * Checks the corpus against the source texts: every quotation (a passage's
 * text, whether the guidance's wording or a report's sentence, and <Quote> in
 * guides) is in its source word for word, and every
 * cited section heading is printed there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { citationsIn } from './citation-index.ts';
import { allRecords, type Corpus } from './corpus.ts';
import { componentUses } from './mdx.ts';
import type { Problem } from './problems.ts';
import { findQuote, normaliseForQuote, prepareSource, type SourceText } from './quotes.ts';

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
      if (p.text) {
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

/**
 * Where a source's text is: in `sourcesDir`, or for an imported full text in
 * the content folder beside its record (content/fulltext/…), since it is part
 * of the content.
 */
export function sourceTextPath(corpus: Corpus, sourceId: string, sourcesDir: string): string | undefined {
  const source = corpus.sources.find((s) => s.id === sourceId);
  if (!source) return undefined;
  return source.data.fulltextOf ? join(dirname(source.file), '..', source.data.file) : join(sourcesDir, source.data.file);
}

/** Checks every quotation against the texts in `sourcesDir`. */
export function verifyQuotes(corpus: Corpus, sourcesDir: string): { checked: number; problems: Problem[] } {
  const texts = new Map<string, SourceText | undefined>();
  const textOf = (sourceId: string) => {
    if (!texts.has(sourceId)) {
      const path = sourceTextPath(corpus, sourceId, sourcesDir);
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
        message: `${q.label} is not verbatim in source "${q.source}": "${short}". Nearest passage (line ${miss.line}): "${miss.nearest}". Copy the wording exactly from the source`,
      });
    }
  }
  return { checked: quotations.length, problems };
}

export interface CitedSection {
  file: string;
  field?: string;
  line?: number;
  source: string;
  section: string;
  /** The heading the section is under, when the source prints the section heading more than once. */
  parent?: string;
  footnote?: string | number;
  table?: string;
}

/** Every citation's source and section: records' citations and guides' <Cite>/<Quote>. */
export function citedSections(corpus: Corpus): CitedSection[] {
  const records = allRecords(corpus);
  const fromRecords = records.flatMap((r) =>
    citationsIn(r.data).map((c) => ({
      file: r.file,
      field: c.path.replace(/\.source$/, '.section'),
      source: c.source,
      section: c.section,
      parent: c.parent,
      footnote: c.footnote,
      table: c.table,
    })),
  );
  const fromGuides = corpus.guides.flatMap((g) =>
    ['Cite', 'Quote'].flatMap((name) =>
      componentUses(g, name)
        .filter((u) => u.attributes.source && u.attributes.section)
        .map((u) => ({
          file: g.file,
          line: u.line,
          source: u.attributes.source,
          section: u.attributes.section,
          parent: u.attributes.parent,
          footnote: u.attributes.footnote,
          table: u.attributes.table,
        })),
    ),
  );
  return [...fromRecords, ...fromGuides];
}

/**
 * Checks that every cited section heading is printed in its source, so a
 * reader who opens the source finds the place. Headings are compared with
 * the same normalisation as quotations.
 */
export function verifySections(corpus: Corpus, sourcesDir: string): { checked: number; problems: Problem[] } {
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (sourceId: string) => {
    if (!lines.has(sourceId)) {
      const path = sourceTextPath(corpus, sourceId, sourcesDir);
      lines.set(sourceId, path && existsSync(path) ? readFileSync(path, 'utf8').split('\n').map(normaliseForQuote) : undefined);
    }
    return lines.get(sourceId);
  };
  const cited = citedSections(corpus);
  const problems: Problem[] = [];
  for (const c of cited) {
    const sourceLines = linesOf(c.source);
    if (!sourceLines) continue;
    const wanted = normaliseForQuote(c.section);
    if (!sourceLines.some((l) => l.includes(wanted))) {
      problems.push({
        file: c.file,
        field: c.field,
        line: c.line,
        message: `section "${c.section}" is not printed in source "${c.source}": use a heading exactly as the source prints it`,
      });
    }
  }
  return { checked: cited.length, problems };
}
