/**
 * Guide structure from the MDX syntax tree (remark + remark-gfm + remark-mdx:
 * MDX with GFM, the syntax Astro's MDX engine reads; where that engine,
 * satteri, reads a guide otherwise, see site-mdx.ts), not from regular
 * expressions over markup: the components a guide uses, the blocks that must
 * cite, their text, the <Cite>/<Quote> that cite them and the <Derived>
 * figures they mark.
 */
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { GuideEntry } from './corpus.ts';

/** The estree remark-mdx attaches to expressions and ESM, as far as the checks read it. */
export interface EstreeProgram {
  body: { type: string; loc?: { start: { line: number } }; expression?: { type: string; value?: unknown }; [key: string]: unknown }[];
}

/** The mdast nodes this module reads; other node types are walked through their children. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  url?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  data?: { estree?: EstreeProgram | null };
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

export interface MdxAttribute {
  /** mdxJsxAttribute (name="…", name={…}, bare name) or mdxJsxExpressionAttribute ({...spread}). */
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeProgram | null } };
  position?: { start: { line: number } };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
/**
 * The one guide tree kept. A guide's checks run one after another and share
 * it; a tree takes many times the size of its text (some 110 kB a guide), so
 * keeping every guide's would grow with the corpus (1.5 GB at 1000×).
 */
let kept: { guide: GuideEntry; tree: MdxNode } | undefined;

/** Parses an MDX body (without frontmatter). Throws on MDX syntax errors, with their place. */
export const parseMdx = (body: string): MdxNode => processor.parse(body) as unknown as MdxNode;

/** The guide body's syntax tree (kept until another guide's is asked for). Lines in it are body lines: use `lineIn`. */
export function guideTree(guide: GuideEntry): MdxNode {
  if (kept?.guide !== guide) kept = { guide, tree: parseMdx(guide.body) };
  return kept.tree;
}

/** The line in the guide file of a node (or attribute) of its tree. */
export const lineIn = (guide: GuideEntry, node: { position?: { start: { line: number } } }) =>
  (node.position?.start.line ?? 1) + guide.bodyLine - 1;

export const isJsx = (n: MdxNode) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';

/** Calls `visit` for every node under `node`, parents before children; a visit that returns false skips the node's children. */
export function walk(node: MdxNode, visit: (n: MdxNode) => boolean | void) {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * An attribute's value when it is plain text: `a="x"`, `a='x'`, `a={"x"}`
 * and `a={24}` give "x", "x", "x", "24"; a bare `a` gives "true". Any other
 * expression (or a spread) gives undefined: it is code, not a value.
 */
export function plainValue(attribute: MdxAttribute): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return undefined;
  const { value } = attribute;
  if (value === null || value === undefined) return 'true';
  if (typeof value === 'string') return value;
  const body = value.data?.estree?.body ?? [];
  const literal = body.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
  if (literal?.type !== 'Literal' || (typeof literal.value !== 'string' && typeof literal.value !== 'number')) return undefined;
  return String(literal.value);
}

/** A JSX element's attributes that have plain values (see `plainValue`). */
export function jsxAttributes(node: MdxNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    const value = plainValue(a);
    if (a.name && value !== undefined) out[a.name] = value;
  }
  return out;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'code', 'mdxJsxFlowElement']);

/** The visible text of a node: its text, with block children on lines of their own. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  const children = node.children ?? [];
  return children.map(textOf).join(children.some((c) => BLOCK_TYPES.has(c.type)) ? '\n' : '');
}

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  /** Text between the opening and closing tag (Quote, Term), if any. */
  content?: string;
  line: number;
}

/** Every use of a component in the guide (`<Quote>` inside a comment is no use: comments have no elements). */
export function componentUses(guide: GuideEntry, name: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  walk(guideTree(guide), (n) => {
    if (isJsx(n) && n.name === name) {
      uses.push({ name, attributes: jsxAttributes(n), content: n.children?.length ? textOf(n) : undefined, line: lineIn(guide, n) });
    }
  });
  return uses;
}

export interface Heading {
  depth: number;
  /** The heading's id on the page: github-slugger over its text, unique in the guide. */
  slug: string;
  text: string;
}

/** A tree's headings in order, with the ids the page gives them (guide-html.ts) and the link checks know. */
export function headingsOf(tree: MdxNode): Map<MdxNode, Heading> {
  const slugger = new GithubSlugger();
  const headings = new Map<MdxNode, Heading>();
  walk(tree, (n) => {
    if (n.type !== 'heading') return;
    const text = textOf(n);
    headings.set(n, { depth: n.depth ?? 1, slug: slugger.slug(text), text });
  });
  return headings;
}

/** The ids of the guide's headings, plus Starlight's "_top" for the page title. */
export function headingIds(guide: GuideEntry): Set<string> {
  return new Set(['_top', ...[...headingsOf(guideTree(guide)).values()].map((h) => h.slug)]);
}

export interface TextSegment {
  text: string;
  /** Line in the guide file where this text starts. */
  line: number;
  /** Set when the text is inside <Derived how="…">. */
  derived?: { how: string | undefined; line: number };
}

export interface CitingBlock {
  kind: 'paragraph' | 'listItem' | 'table';
  /** Line in the guide file where the block starts. */
  line: number;
  /** The block's visible text, in pieces with their lines. */
  segments: TextSegment[];
  /** Attributes of every <Cite>/<Quote> inside the block or around it. */
  citations: { name: string; attributes: Record<string, string>; line: number }[];
}

/**
 * Paragraphs (outside lists), list items and tables of a guide, each with
 * its text and the citations that cover it: the <Cite>/<Quote> inside it, and
 * a block <Quote> it stands in. Headings, imports, comments and code are not
 * blocks, and a <Cite> inside a comment is no citation (a comment has no elements).
 */
export function citingBlocks(guide: GuideEntry): CitingBlock[] {
  const lineOf = (n: MdxNode) => lineIn(guide, n);
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
    if (node.type === 'listItem' || node.type === 'table' || (node.type === 'paragraph' && !inList)) {
      const kind = node.type as CitingBlock['kind'];
      const block: CitingBlock = { kind, line: lineOf(node), segments: [], citations: [...around] };
      collect(node, block);
      blocks.push(block);
      if (node.type === 'table') return;
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
