/**
 * A full-text version split into passages by its own structure: each block
 * of running text (paragraph, list, quotation, table) under its heading path,
 * headings kept as printed with their numbers ("15.1 Samordning"). Markdown
 * is read with markdown-it and HTML with htmlparser2, both kept parsers;
 * plain text by its numbered headings, since it has no markup.
 */
import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const { isTag, textContent } = DomUtils;

export type FullTextFormat = 'markdown' | 'html' | 'text';

export interface SplitPassage {
  /** The headings above the passage, outermost first, as printed. */
  headings: string[];
  /** The passage's place under its nearest heading, from 1. */
  paragraph: number;
  text: string;
}

export class SplitError extends Error {}

/** The format a file name says: .md/.markdown, .html/.htm, anything else plain text. */
export function formatOf(fileName: string): FullTextFormat {
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.html?$/i.test(fileName)) return 'html';
  return 'text';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Collects passages as headings and blocks arrive in document order. */
function collector() {
  const passages: SplitPassage[] = [];
  let path: string[] = [];
  let depths: number[] = [];
  let paragraph = 0;
  let headings = 0;
  return {
    heading(depth: number, text: string) {
      const keep = depths.findIndex((d) => d >= depth);
      if (keep >= 0) {
        path = path.slice(0, keep);
        depths = depths.slice(0, keep);
      }
      path = [...path, clean(text)];
      depths = [...depths, depth];
      paragraph = 0;
      headings++;
    },
    block(text: string) {
      const t = clean(text);
      if (t) passages.push({ headings: path, paragraph: ++paragraph, text: t });
    },
    done(): SplitPassage[] {
      if (headings === 0) throw new SplitError('has no headings, so it cannot be split into passages: give each section a heading (Markdown "## 15.1 Samordning", HTML <h2>, or a numbered line "15.1 Samordning" in plain text)');
      if (passages.length === 0) throw new SplitError('has headings but no text under them');
      return passages;
    },
  };
}

/**
 * Markdown is read with markdown-it (CommonMark), not remark: on a
 * 330 000-character version remark's tokenizer alone took 2–3 × the site's
 * compare of the two versions, markdown-it a tenth of remark's time
 * (README, "Import"). Its tokens are flat: a block's text is the inline
 * tokens between its open and close, and a container's parts are read as
 * separate words ("en punkt" and "en till", not "en punkten till").
 */
const markdown = new MarkdownIt('commonmark');

const inlineText = (token: Token): string =>
  (token.children ?? [])
    .map((t) => (t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.type === 'image' ? t.content : t.type.endsWith('_open') || t.type.endsWith('_close') ? '' : t.content))
    .join('');

function splitMarkdown(source: string): SplitPassage[] {
  const tokens = markdown.parse(source, {});
  const out = collector();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.level !== 0) continue;
    if (token.type === 'heading_open') out.heading(Number(token.tag.slice(1)), inlineText(tokens[i + 1]));
    else if (token.type === 'code_block' || token.type === 'fence') out.block(token.content);
    else if (token.nesting === 1 && token.type !== 'heading_open') {
      // A top-level block (paragraph, list, quotation): its text runs to the close at level 0.
      const parts: string[] = [];
      for (i++; i < tokens.length && !(tokens[i].level === 0 && tokens[i].nesting === -1); i++) {
        if (tokens[i].type === 'inline') parts.push(inlineText(tokens[i]));
        else if (tokens[i].type === 'code_block' || tokens[i].type === 'fence') parts.push(tokens[i].content);
      }
      out.block(parts.join(' '));
    }
  }
  return out.done();
}

/**
 * HTML is read with htmlparser2 rather than rehype (parse5) for the same
 * reason: on the same 330 000 characters rehype took 84 ms, htmlparser2 9 ms.
 */
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'table', 'pre', 'dl']);
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr']);
const SKIPPED = new Set(['script', 'style', 'template', 'nav', 'head']);
const htmlBlockText = (node: Element): string =>
  CONTAINERS.has(node.name) ? node.children.filter(isTag).map(htmlBlockText).join(' ') : textContent(node);

function splitHtml(source: string): SplitPassage[] {
  const out = collector();
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const heading = /^h([1-6])$/.exec(node.name);
      if (heading) out.heading(Number(heading[1]), textContent(node));
      else if (BLOCKS.has(node.name)) out.block(htmlBlockText(node));
      else if (!SKIPPED.has(node.name)) walk(node.children);
    }
  };
  walk(parseDocument(source).children);
  return out.done();
}

/** A numbered heading line: "15", "15.1 Samordning", "3.2.1. Avstämningsmöte"; short and not a sentence. */
const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.?\s+(\S.{0,118})$/;

function splitText(source: string): SplitPassage[] {
  const out = collector();
  let block: string[] = [];
  const flush = () => {
    if (block.length) out.block(block.join(' '));
    block = [];
  };
  for (const line of source.split(/\r?\n/)) {
    const heading = NUMBERED_HEADING.exec(line.trim());
    if (heading && !/[.:;,]$/.test(line.trim())) {
      flush();
      out.heading(heading[1].split('.').length, line.trim());
    } else if (!line.trim()) flush();
    else block.push(line.trim());
  }
  flush();
  return out.done();
}

/** Splits a full text into passages; throws SplitError when it has no headings or no text. */
export function splitFullText(source: string, format: FullTextFormat): SplitPassage[] {
  if (!source.trim()) throw new SplitError('is empty');
  return format === 'markdown' ? splitMarkdown(source) : format === 'html' ? splitHtml(source) : splitText(source);
}

/** The text a split gives, as plain text with one heading or passage per paragraph: what the imported source file holds. */
export function plainText(passages: SplitPassage[]): string {
  const lines: string[] = [];
  let path: string[] = [];
  for (const p of passages) {
    const common = p.headings.findIndex((h, i) => path[i] !== h);
    for (const h of common === -1 ? [] : p.headings.slice(common)) lines.push(h, '');
    path = p.headings;
    lines.push(p.text, '');
  }
  return lines.join('\n');
}
