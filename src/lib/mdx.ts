/**
 * Guide structure from the MDX syntax tree (remark + remark-mdx), not from
 * regular expressions over markup: the blocks that must cite, their text,
 * the <Cite>/<Quote> that cite them and the <Derived> figures they mark.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { GuideEntry } from './corpus.ts';

/** The mdast nodes this module reads; other node types are walked through their children. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkMdx);
const trees = new WeakMap<GuideEntry, MdxNode>();

/** The guide body's syntax tree (cached per guide). Lines in it are body lines: add `guide.bodyLine - 1`. */
export function guideTree(guide: GuideEntry): MdxNode {
  let tree = trees.get(guide);
  if (!tree) {
    tree = processor.parse(guide.body) as unknown as MdxNode;
    trees.set(guide, tree);
  }
  return tree;
}

const isJsx = (n: MdxNode) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';

/** A JSX element's attributes as strings: `a="x"`, `a={"x"}` and `a={24}` give "x", "x", "24"; a bare `a` gives "true". */
export function jsxAttributes(node: MdxNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value === null || a.value === undefined) out[a.name] = 'true';
    else if (typeof a.value === 'string') out[a.name] = a.value;
    else if (typeof a.value === 'object' && 'value' in a.value) {
      const expr = String((a.value as { value: unknown }).value).trim();
      out[a.name] = /^(["'`]).*\1$/s.test(expr) ? expr.slice(1, -1) : expr;
    }
  }
  return out;
}

export interface TextSegment {
  text: string;
  /** Line in the guide file where this text starts. */
  line: number;
  /** Set when the text is inside <Derived how="…">. */
  derived?: { how: string | undefined; line: number };
}

export interface CitingBlock {
  kind: 'paragraph' | 'listItem';
  /** Line in the guide file where the block starts. */
  line: number;
  /** The block's visible text, in pieces with their lines. */
  segments: TextSegment[];
  /** Attributes of every <Cite>/<Quote> inside the block or around it. */
  citations: { name: string; attributes: Record<string, string>; line: number }[];
}

/**
 * Paragraphs (outside lists) and list items of a guide, each with its text
 * and the citations that cover it: the <Cite>/<Quote> inside it, and a
 * block <Quote> it stands in. Headings, imports and code are not blocks.
 */
export function citingBlocks(guide: GuideEntry): CitingBlock[] {
  const offset = guide.bodyLine - 1;
  const lineOf = (n: MdxNode) => (n.position?.start.line ?? 1) + offset;
  const blocks: CitingBlock[] = [];

  const collect = (node: MdxNode, block: CitingBlock, derived?: TextSegment['derived']) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      block.segments.push({ text: node.value ?? '', line: lineOf(node), derived });
      return;
    }
    if (node.type === 'list') return; // a nested list's items are blocks of their own
    if (isJsx(node) && (node.name === 'Cite' || node.name === 'Quote')) {
      block.citations.push({ name: node.name, attributes: jsxAttributes(node), line: lineOf(node) });
    }
    const innerDerived = isJsx(node) && node.name === 'Derived' ? { how: jsxAttributes(node).how, line: lineOf(node) } : derived;
    for (const child of node.children ?? []) collect(child, block, innerDerived);
  };

  const visit = (node: MdxNode, around: CitingBlock['citations'], inList: boolean) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'mdxjsEsm') return;
    if (node.type === 'listItem' || (node.type === 'paragraph' && !inList)) {
      const block: CitingBlock = { kind: node.type === 'listItem' ? 'listItem' : 'paragraph', line: lineOf(node), segments: [], citations: [...around] };
      collect(node, block);
      blocks.push(block);
    }
    const here = isJsx(node) && node.name === 'Quote' ? [...around, { name: 'Quote', attributes: jsxAttributes(node), line: lineOf(node) }] : around;
    for (const child of node.children ?? []) {
      if (node.type === 'listItem' && child.type !== 'list') continue; // already collected
      visit(child, here, inList || node.type === 'listItem');
    }
  };
  visit(guideTree(guide), [], false);
  return blocks;
}
