/**
 * Checks on guide bodies that a schema cannot express, on the MDX syntax
 * tree (src/lib/mdx.ts), so every problem has its line: a guide is text and
 * the site's own components, imported under their own names; it runs no code
 * (no script, style, event handler, javascript: link, export or expression
 * other than a comment); its links resolve, anchors included; the components'
 * ids exist; and every paragraph of facts cites a source.
 */
import type { Corpus, GuideEntry } from './corpus.ts';
import { guideFacts } from './guide-facts.ts';
import { citingBlocks, guideTree, headingIds, isJsx, jsxAttributes, lineIn, plainValue, textOf, walk } from './mdx.ts';
import type { Problem } from './problems.ts';
import { guideUrl, siteRoutes } from './routes.ts';

/** The closing section of a guide, which points around the site and cites nothing. */
export const READ_MORE_HEADING = 'Läs mer på webbplatsen';

/** The components a guide may use (content/README.md), each imported from `componentPath(name)`. */
export const GUIDE_COMPONENTS = ['Cite', 'Quote', 'Term', 'Unknown', 'Derived', 'ProcessDiagram'] as const;
export const componentPath = (name: string) => `@components/${name}.astro`;
const importLine = (name: string) => `import ${name} from '${componentPath(name)}';`;
const COMPONENT_LIST = GUIDE_COMPONENTS.join(', ');

/**
 * Elements that run or load code, restyle or redirect the page, or post a
 * form, whatever their attributes; svg and math carry their own script and
 * link attributes (diagrams come from <ProcessDiagram>).
 */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'form', 'svg', 'math']);
/** Attributes whose value the browser follows as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

const short = (code: string) => {
  const flat = code.split(/\s+/).join(' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

type Report = (line: number, message: string) => void;

/**
 * Imports and exports: only `import Name from '@components/Name.astro'` for
 * the guide components. Returns the names imported that way; a component
 * imported under another name is reported here, and its tags not again.
 */
export function checkEsm(guide: GuideEntry, report: Report): { imported: Set<string>; misnamed: Set<string> } {
  const imported = new Set<string>();
  const misnamed = new Set<string>();
  walk(guideTree(guide), (node) => {
    if (node.type !== 'mdxjsEsm') return;
    for (const statement of node.data?.estree?.body ?? []) {
      const line = (statement.loc?.start.line ?? node.position?.start.line ?? 1) + guide.bodyLine - 1;
      if (statement.type !== 'ImportDeclaration') {
        report(line, `export is not allowed in a guide: a guide holds text and the site's components, not code; remove it (a guide may only import ${COMPONENT_LIST})`);
        continue;
      }
      const from = String((statement.source as { value?: unknown }).value);
      const name = GUIDE_COMPONENTS.find((c) => componentPath(c) === from);
      const specifiers = statement.specifiers as { type: string; local: { name: string } }[];
      if (!name) {
        report(line, `imports "${from}": a guide may import only the site's guide components (${COMPONENT_LIST}), each as ${importLine('Name')}`);
        for (const s of specifiers) misnamed.add(s.local.name);
      } else if (specifiers.length !== 1 || specifiers[0].type !== 'ImportDefaultSpecifier' || specifiers[0].local.name !== name) {
        report(line, `imports ${from} under another name (${specifiers.map((s) => s.local.name).join(', ') || 'none'}): write ${importLine(name)} and use <${name}>, so the checks know what each tag is`);
        for (const s of specifiers) misnamed.add(s.local.name);
      } else {
        imported.add(name);
      }
    }
  });
  return { imported, misnamed };
}

/**
 * Elements, attributes and expressions: components are the guide components
 * and imported; no script, style or other element that runs or loads code;
 * no event handlers, spreads or attribute values other than text and numbers;
 * expressions only as comments.
 */
export function checkMarkup(guide: GuideEntry, esm: { imported: Set<string>; misnamed: Set<string> }, report: Report) {
  walk(guideTree(guide), (node) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if ((node.data?.estree?.body.length ?? 1) > 0) {
        report(lineIn(guide, node), `expression {${short(node.value ?? '')}} is code: a guide holds text; write a comment as {/* … */}, or remove it`);
      }
      return true;
    }
    if (!isJsx(node) || !node.name) return true; // a fragment <>…</> renders only its children
    const tag = `<${node.name}>`;
    const line = lineIn(guide, node);
    // JSX's own rule: a member name (a.b) is a component; else a name starting with a-z, or with "-" or ":", is an HTML element.
    const first = node.name[0];
    const isComponent = node.name.includes('.') || (!(first >= 'a' && first <= 'z') && !node.name.includes('-') && !node.name.includes(':'));
    if (isComponent && !esm.misnamed.has(node.name)) {
      if (!(GUIDE_COMPONENTS as readonly string[]).includes(node.name)) {
        report(line, `${tag} is not one of the site's guide components: use ${COMPONENT_LIST}, each imported as ${importLine('Name')}`);
      } else if (!esm.imported.has(node.name)) {
        report(line, `${tag} is used but not imported: add ${importLine(node.name)} after the frontmatter`);
      }
    }
    if (!isComponent && FORBIDDEN_ELEMENTS.has(node.name.toLowerCase())) {
      report(line, `${tag} is not allowed in a guide: a guide holds text and the site's components, not scripts, styles, forms or embedded content; remove it`);
      return false; // what is inside goes with it: one problem, not one per brace of CSS
    }
    for (const attribute of node.attributes ?? []) {
      const at = lineIn(guide, attribute.position ? attribute : node);
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(at, `${tag} has a spread attribute {${short(typeof attribute.value === 'string' ? attribute.value : '')}}: write each attribute as name="…"`);
      } else if (attribute.name.toLowerCase().startsWith('on')) {
        report(at, `${tag} has the event-handler attribute ${attribute.name}: a guide cannot run code; remove the attribute`);
      } else if (plainValue(attribute) === undefined) {
        const code = typeof attribute.value === 'object' && attribute.value ? attribute.value.value : '';
        report(at, `attribute ${attribute.name}={${short(code)}} of ${tag} is an expression: write a plain value, ${attribute.name}="…"`);
      }
    }
  });
}

export interface Link {
  href: string;
  line: number;
  /** False for URLs the site loads rather than links to (src, poster …): only their scheme is checked. */
  page: boolean;
}

/** Every URL in the guide: inline and autolinked Markdown links, reference definitions, images, and URL attributes of elements. */
export function linksIn(guide: GuideEntry): Link[] {
  const links: Link[] = [];
  walk(guideTree(guide), (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      links.push({ href: node.url, line: lineIn(guide, node), page: true });
    } else if (node.type === 'image' && node.url !== undefined) {
      links.push({ href: node.url, line: lineIn(guide, node), page: false });
    } else if (isJsx(node)) {
      for (const attribute of node.attributes ?? []) {
        const value = plainValue(attribute);
        if (attribute.name && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && value !== undefined) {
          links.push({ href: value, line: lineIn(guide, attribute.position ? attribute : node), page: attribute.name.toLowerCase() === 'href' });
        }
      }
    }
  });
  return links;
}

/** The URL's scheme ("https:"), read as the browser reads it (tabs and newlines inside ignored), or undefined for a path. */
function schemeOf(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined; // no scheme: a path, resolved against the page
  }
}

export interface SiteMap {
  pages: Set<string>;
  /** Anchors of pages whose anchors are known. */
  anchors: Map<string, Set<string>>;
}

/** What is wrong with a link from `page` (the guide's own URL), or undefined when it resolves. */
export function linkProblem(link: Link, site: SiteMap, page: string): string | undefined {
  const { href } = link;
  const scheme = schemeOf(href);
  if (scheme) {
    return SAFE_SCHEMES.has(scheme)
      ? undefined
      : `link "${href}" uses the ${scheme} scheme${scheme === 'javascript:' ? ', which runs code' : ''}: link to a page of the site (from the root, e.g. "/begrepp/") or to an https:// address`;
  }
  if (!link.page) return undefined;
  if (!href.startsWith('/') && !href.startsWith('#')) {
    return `link "${href}" is relative: write it from the site root, e.g. "/begrepp/"`;
  }
  const hash = href.indexOf('#');
  const anchor = hash >= 0 ? href.slice(hash + 1) : undefined;
  const path = (hash >= 0 ? href.slice(0, hash) : href).split('?')[0];
  const target = path === '' ? page : path.endsWith('/') ? path : `${path}/`;
  if (!site.pages.has(target)) {
    return `link "${href}" points to no page of the site: correct the path (pages end with "/") or remove the link`;
  }
  if (!anchor) return undefined;
  const known = site.anchors.get(target);
  if (!known) return `link "${href}" has an anchor, but the anchors of ${target} are not known to the checks: link to ${target} without "#${anchor}"`;
  if (!known.has(anchor)) return `link "${href}" points to an anchor that ${target} does not have: use the id of an existing record or heading`;
  return undefined;
}

/** The ids components name (sources, glossary terms, processes) exist, and a quotation is not empty. */
export function checkComponentIds(guide: GuideEntry, corpus: Corpus, report: Report) {
  const sources = new Set(corpus.sources.map((s) => s.id));
  const terms = new Set(corpus.glossary.map((g) => g.id));
  const processes = new Set(corpus.processes.map((p) => p.id));
  walk(guideTree(guide), (node) => {
    if (!isJsx(node)) return;
    const line = lineIn(guide, node);
    const attributes = jsxAttributes(node);
    if (node.name === 'Cite' || node.name === 'Quote') {
      const { source, section } = attributes;
      if (!source) report(line, `<${node.name}> has no source: add source="<id>" naming a file in content/sources/`);
      else if (!sources.has(source)) report(line, `<${node.name}> cites unknown source "${source}": use one of ${[...sources].join(', ')}, or add content/sources/${source}.yaml`);
      if (!section) report(line, `<${node.name}> has no section: add section="…" with the source's section heading as printed`);
      if (node.name === 'Quote' && !textOf(node).trim()) report(line, '<Quote> is empty: put the verbatim text between <Quote …> and </Quote>');
    } else if (node.name === 'Term') {
      const { id } = attributes;
      if (!id || !terms.has(id)) report(line, `<Term> refers to unknown glossary id "${id ?? ''}": use an id from content/glossary/ or add content/glossary/${id ?? '<id>'}.yaml`);
    } else if (node.name === 'ProcessDiagram') {
      const { id } = attributes;
      if (!id || !processes.has(id)) report(line, `<ProcessDiagram> refers to unknown process "${id ?? ''}": use a file name from content/processes/ without .yaml`);
    }
  });
}

/** Lines (in the guide file) of the closing "Läs mer" section, which cites nothing: [from, to) ranges. */
function readMoreRanges(guide: GuideEntry): [number, number][] {
  const ranges: [number, number][] = [];
  let open: number | undefined;
  for (const node of guideTree(guide).children ?? []) {
    if (node.type !== 'heading' || (node.depth ?? 1) > 2) continue;
    const line = lineIn(guide, node);
    if (open !== undefined) ranges.push([open, line]);
    open = textOf(node).trim() === READ_MORE_HEADING ? line : undefined;
  }
  if (open !== undefined) ranges.push([open, Infinity]);
  return ranges;
}

/** Every paragraph, list item and table outside "Läs mer på webbplatsen" has a <Cite> or <Quote> (a comment is none). */
export function checkCitations(guide: GuideEntry, report: Report) {
  const readMore = readMoreRanges(guide);
  for (const block of citingBlocks(guide)) {
    if (block.citations.length > 0 || readMore.some(([from, to]) => block.line >= from && block.line < to)) continue;
    const text = block.segments.map((s) => s.text).join('').split(/\s+/).join(' ').trim();
    report(block.line, `paragraph without a citation ("${text.slice(0, 60)}…"): add a <Cite source="…" section="…" /> for its facts, or move site navigation under "## ${READ_MORE_HEADING}"`);
  }
}

/** The MDX syntax error that stops the guide from being read, if any. */
export function syntaxProblem(guide: GuideEntry): { line: number; message: string } | undefined {
  try {
    guideTree(guide);
    return undefined;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    if (reason === undefined) throw error; // not a syntax error: a fault of the reader, not of the guide
    return {
      line: (line ?? 1) + guide.bodyLine - 1,
      message: `MDX cannot be read: ${reason}. Close the tag or brace, or write a literal "{" or "<" in text as "\\{" or "&lt;"`,
    };
  }
}

export function checkGuides(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const { pages, anchors } = siteRoutes(corpus);
  const site: SiteMap = { pages, anchors: new Map(anchors) };
  const linksOf: [GuideEntry, Link[]][] = [];
  // One pass, one parse per guide (mdx.ts keeps one tree); links are checked after it, once every guide's headings are known.
  for (const guide of corpus.guides) {
    const report: Report = (line, message) => problems.push({ file: guide.file, line, message });
    const syntax = syntaxProblem(guide);
    if (syntax) {
      report(syntax.line, syntax.message);
      continue;
    }
    site.anchors.set(guideUrl(guide.id), headingIds(guide));
    const before = problems.length;
    const esm = checkEsm(guide, report);
    checkMarkup(guide, esm, report);
    const structureSound = problems.length === before;
    linksOf.push([guide, linksIn(guide)]);
    checkComponentIds(guide, corpus, report);
    // Which tags cite is known only once every tag is a known component (an aliased Quote cites nothing).
    if (structureSound && !guide.aboutSite) checkCitations(guide, report);
    // While this guide's tree is at hand: the pages read its facts and need not parse it for them.
    guideFacts(guide);
  }
  for (const [guide, links] of linksOf) {
    for (const link of links) {
      const problem = linkProblem(link, site, guideUrl(guide.id));
      if (problem) problems.push({ file: guide.file, line: link.line, message: problem });
    }
  }
  return problems;
}
