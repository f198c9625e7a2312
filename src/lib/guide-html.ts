/**
 * A guide's body as the site renders it, made from the MDX tree the checks
 * read (mdx.ts), so the page holds what was checked and nothing is parsed by
 * a second engine. Astro's MDX integration would compile each guide into a
 * JavaScript module, and bundling those modules grows with the corpus: at
 * 1000× (13 000 guides) it held over 7 GB without writing a page
 * (bench/results/memory-profile.md).
 *
 * The tree becomes hast (mdast-util-to-hast), with the guide components kept
 * as nodes of their own, and is cut into parts: HTML for every stretch with
 * no component in it, and the components, with the elements around them, for
 * GuideBody.astro to render with the site's own Astro components.
 */
import type { ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultHandlers, toHast, type Handler, type Handlers } from 'mdast-util-to-hast';
import type { Nodes as MdastNodes } from 'mdast';
import { find, html } from 'property-information';
import { GUIDE_COMPONENTS } from './guide-checks.ts';
import { headingsOf, isJsx, plainValue, type Heading, type MdxNode } from './mdx.ts';

export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];

/** A piece of a guide's body, in page order. */
export type GuidePart =
  | { kind: 'html'; html: string }
  | { kind: 'component'; name: GuideComponent; props: Record<string, string | true>; children: GuidePart[] }
  | { kind: 'element'; tag: string; attributes: Record<string, string>; children: GuidePart[] };

export interface GuideBody {
  parts: GuidePart[];
  /** For the page's table of contents; the slugs are the headings' ids. */
  headings: Heading[];
}

/** A guide component in the hast tree until it is cut into parts. */
interface ComponentNode {
  type: 'guideComponent';
  name: GuideComponent;
  props: Record<string, string | true>;
  children: ElementContent[];
}
type Node = RootContent | ComponentNode;

const isGuideComponent = (name: string): name is GuideComponent => (GUIDE_COMPONENTS as readonly string[]).includes(name);

/**
 * The attributes as written; a bare attribute (`block`) is true. The checks
 * allow only plain values, so an expression here is a checked guide's error.
 */
function propsOf(node: MdxNode): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    const value = attribute.value === null || attribute.value === undefined ? true : plainValue(attribute);
    if (!attribute.name || value === undefined) throw new Error(`<${node.name}> has an attribute that is not a plain value; the guide checks should have stopped it`);
    props[attribute.name] = value;
  }
  return props;
}

/** The body of a guide from its tree (parsed for the page: the checks keep only the tree of the guide they are at). */
export function guideBody(tree: MdxNode): GuideBody {
  const headings = headingsOf(tree);
  const jsx: Handler = (state, node) => {
    const children = state.all(node) as ElementContent[];
    const { name } = node as MdxNode;
    if (!name) return children; // a fragment <>…</> renders only its children
    if (isGuideComponent(name)) return { type: 'guideComponent', name, props: propsOf(node as MdxNode), children } as unknown as ElementContent;
    return { type: 'element', tagName: name, properties: propsOf(node as MdxNode), children };
  };
  const handlers: Handlers = {
    // A component alone on its line is read as a paragraph holding it; it is rendered as the
    // component alone, as Astro's MDX did, since a block quotation (<Quote block>) cannot stand in a <p>.
    paragraph: (state, node) => {
      const inside = (node.children as MdxNode[]).filter((c) => c.type !== 'text' || c.value?.trim() !== '');
      const only = inside.length === 1 && isJsx(inside[0]) && inside[0].name && isGuideComponent(inside[0].name) ? inside[0] : undefined;
      return only ? state.one(only as unknown as MdastNodes, node) : defaultHandlers.paragraph(state, node);
    },
    heading: (state, node) => {
      const element = defaultHandlers.heading(state, node);
      element.properties.id = headings.get(node as unknown as MdxNode)!.slug;
      return element;
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    // Imports name the components rendered here; expressions are only comments (the checks allow nothing else).
    mdxjsEsm: () => undefined,
    mdxFlowExpression: () => undefined,
    mdxTextExpression: () => undefined,
  };
  const root = toHast(tree as unknown as MdastNodes, {
    handlers,
    footnoteLabel: 'Fotnoter',
    footnoteBackLabel: (index) => `Tillbaka till hänvisning ${index + 1}`,
  }) as Root;
  return { parts: partsOf(root.children), headings: [...headings.values()] };
}

const holdsComponent = (node: Node): boolean => node.type === 'guideComponent' || ('children' in node && (node.children as Node[]).some(holdsComponent));

function partsOf(nodes: Node[]): GuidePart[] {
  const parts: GuidePart[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length > 0) parts.push({ kind: 'html', html: toHtml({ type: 'root', children: run }) });
    run = [];
  };
  for (const node of nodes) {
    if (!holdsComponent(node)) {
      run.push(node as RootContent);
      continue;
    }
    flush();
    if (node.type === 'guideComponent') parts.push({ kind: 'component', name: node.name, props: node.props, children: partsOf(node.children) });
    else if (node.type === 'element') parts.push({ kind: 'element', tag: node.tagName, attributes: attributesOf(node.properties), children: partsOf(node.children) });
  }
  flush();
  return parts;
}

/** hast properties as the HTML attributes hast-util-to-html would write (className → class). */
function attributesOf(properties: Properties): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(html, key);
    attributes[info.attribute] = value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
  }
  return attributes;
}
