/**
 * The Content Security Policy of one built page, and the check that makes it
 * safe: the page is parsed as a browser parses it (parse5, the parser rehype
 * uses; its own tree, not hast: converting every page to hast took two thirds
 * of the check's time, README "Content Security Policy"), and every inline script, <style> block,
 * style attribute and event-handler attribute in it must be one the site's
 * own components author (`AuthoredInline`, read from their source). Anything
 * else — such as a script that reached a page through text from content —
 * is a problem naming the page, so the build stops instead of allowing it.
 * The policy then allows exactly the page's inline pieces by hash.
 */
import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Template = DefaultTreeAdapterTypes.Template;

/** What the site's own components (and Starlight's) put inline in pages. */
export interface AuthoredInline {
  /** sha256 (base64) of each inline script's text. */
  scripts: Set<string>;
  /** sha256 (base64) of each inline <style>'s text. */
  styles: Set<string>;
  /** CSS properties the components set in style attributes (their values are data, such as a width). */
  styleProperties: Set<string>;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Scripts of these types are data, never run, and not governed by script-src. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/** The properties a style attribute sets, in order (`a: b; --c: d` → a, --c). */
export function declaredProperties(style: string): string[] {
  return style
    .split(';')
    .filter((declaration) => declaration.trim() !== '')
    .map((declaration) => (declaration.includes(':') ? declaration.slice(0, declaration.indexOf(':')).trim() : declaration.trim()));
}

const preview = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

const FIX = 'if it comes from content, remove the markup from that text; if a component should emit it, write it in that component\'s source (<script is:inline>, <style is:inline>, or a style attribute)';

export interface PageCheck {
  /** The policy for this page; meaningful only when there are no problems. */
  policy: string;
  problems: string[];
  /** Where the policy's <meta> goes: the start of the first element in <head>. */
  insertAt?: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element under `node` in document order, the content of each <template> included (it runs once cloned into the page). */
function* elementsOf(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    yield child;
    if (child.tagName === 'template') yield* elementsOf((child as Template).content);
    yield* elementsOf(child);
  }
}

/** An element's text: its text nodes' values, as a script or style runs it. */
const textOf = (element: Element): string =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : isElement(child) ? textOf(child) : '')).join('');

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name && !a.namespace)?.value;

/** Checks one built page's inline code against what the site's components author, and works out its policy. */
export function checkPage(page: string, html: string, authored: AuthoredInline): PageCheck {
  const tree = parse(html, { sourceCodeLocationInfo: true });
  const problems: string[] = [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  let head: Element | undefined;
  for (const element of elementsOf(tree)) {
    const start = element.sourceCodeLocation;
    const where = start ? `${page}:${start.startLine}:${start.startCol}` : page;
    if (element.tagName === 'head') head ??= element;
    for (const { name } of element.attrs) {
      if (name.toLowerCase().startsWith('on')) problems.push(`${where}: event-handler attribute ${name.toLowerCase()} on <${element.tagName}>: no page may have one; if it comes from content, remove the markup from that text; a component adds behaviour with a <script> of its own`);
    }
    const style = attribute(element, 'style');
    if (style !== undefined) {
      const unknown = declaredProperties(style).filter((p) => !authored.styleProperties.has(p));
      if (unknown.length) problems.push(`${where}: style attribute "${preview(style)}" on <${element.tagName}> sets ${unknown.join(', ')}: ${FIX}`);
      else styleAttributes.add(sha256(style));
    }
    const runs = element.tagName === 'script' && attribute(element, 'src') === undefined && !DATA_SCRIPT_TYPES.has((attribute(element, 'type') ?? '').toLowerCase());
    if (runs) {
      const text = textOf(element);
      if (authored.scripts.has(sha256(text))) scripts.add(sha256(text));
      else problems.push(`${where}: inline script "${preview(text)}" is not one of the site's own: ${FIX}`);
    }
    if (element.tagName === 'style') {
      const text = textOf(element);
      if (authored.styles.has(sha256(text))) styles.add(sha256(text));
      else problems.push(`${where}: inline <style> "${preview(text)}" is not one of the site's own: ${FIX}`);
    }
  }
  const first = head?.childNodes.find(isElement)?.sourceCodeLocation?.startOffset;
  if (first === undefined) problems.push(`${page}: has no <head> with elements to put the Content Security Policy in`);
  return { policy: policyFor(scripts, styles, styleAttributes), problems, insertAt: first };
}

const sources = (hashes: Set<string>) => [...hashes].sort().map((h) => `'sha256-${h}'`);

function policyFor(scripts: Set<string>, styles: Set<string>, styleAttributes: Set<string>): string {
  return [
    "default-src 'self'",
    // Pagefind runs its search index as WebAssembly.
    ["script-src 'self' 'wasm-unsafe-eval'", ...sources(scripts)].join(' '),
    ["style-src-elem 'self'", ...sources(styles)].join(' '),
    styleAttributes.size ? ["style-src-attr 'unsafe-hashes'", ...sources(styleAttributes)].join(' ') : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export class ContentSecurityError extends Error {}

/** The page with the policy of its check as the first element of <head>; the rest of the page byte for byte. */
export const insertPolicy = (html: string, { policy, insertAt }: { policy: string; insertAt: number }) =>
  `${html.slice(0, insertAt)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(insertAt)}`;

/**
 * The page with its policy as the first element of <head>, before anything
 * it governs. Only the <meta> is inserted; the rest of the page is kept byte
 * for byte. Throws ContentSecurityError listing every problem.
 */
export function withContentSecurityPolicy(page: string, html: string, authored: AuthoredInline): string {
  const { policy, problems, insertAt } = checkPage(page, html, authored);
  if (problems.length || insertAt === undefined) throw new ContentSecurityError(problems.join('\n'));
  return insertPolicy(html, { policy, insertAt });
}
