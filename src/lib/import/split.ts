/**
 * A full-text version split into passages by its own structure: each block
 * of running text (paragraph, list, quotation, table) under its heading path,
 * headings kept as printed with their numbers ("15.1 Samordning"). Markdown
 * is read with remark and HTML with rehype; plain text by its numbered
 * headings, since it has no markup.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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

/** Containers whose parts are read as separate words: "en punkt" and "en till", not "en punkten till". */
type MdNode = MdastRoot['children'][number];
const mdBlockText = (node: MdNode): string =>
  ['list', 'listItem', 'blockquote', 'table', 'tableRow'].includes(node.type) && 'children' in node
    ? (node.children as MdNode[]).map(mdBlockText).join(' ')
    : mdastText(node);

function splitMarkdown(source: string): SplitPassage[] {
  const tree = unified().use(remarkParse).parse(source) as MdastRoot;
  const out = collector();
  for (const node of tree.children) {
    if (node.type === 'heading') out.heading(node.depth, mdastText(node));
    else if (['paragraph', 'list', 'blockquote', 'table', 'code'].includes(node.type)) out.block(mdBlockText(node));
  }
  return out.done();
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'table', 'pre', 'dl']);
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr']);
const htmlBlockText = (node: Element): string =>
  CONTAINERS.has(node.tagName)
    ? node.children.filter((c): c is Element => c.type === 'element').map(htmlBlockText).join(' ')
    : hastText(node);

function splitHtml(source: string): SplitPassage[] {
  const tree = unified().use(rehypeParse).parse(source) as HastRoot;
  const out = collector();
  const walk = (nodes: HastContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const heading = /^h([1-6])$/.exec(node.tagName);
      if (heading) out.heading(Number(heading[1]), hastText(node));
      else if (BLOCKS.has(node.tagName)) out.block(htmlBlockText(node));
      else if (!['script', 'style', 'template', 'nav', 'head'].includes(node.tagName)) walk((node as Element).children);
    }
  };
  walk(tree.children);
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
