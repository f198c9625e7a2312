/**
 * What the site's own components put inline in pages, read from their .astro
 * source with Astro's own parser: the text of every `<script is:inline>` and
 * `<style is:inline>` (Astro emits it as written), and the CSS properties set
 * by `style` attributes and `<style define:vars>` (Astro writes those as
 * `style="--name: value"`). Scripts and styles Astro processes are bundled
 * into files (astro.config.ts turns off their inlining), so these are the
 * only inline pieces a page of ours has; anything else in a built page did
 * not come from the site's code.
 */
import { parse } from '@astrojs/compiler-rs';
import { type AuthoredInline, declaredProperties, sha256 } from './csp.ts';

export interface ComponentSource {
  file: string;
  text: string;
}

// The parser's nodes, as far as this reads them.
interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function* descendants(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const child of node) yield* descendants(child);
    return;
  }
  if (!isNode(node)) return;
  yield node;
  for (const [key, value] of Object.entries(node)) if (key !== 'frontmatter' && typeof value === 'object') yield* descendants(value);
}

const nameOf = (node: AstNode | undefined) => (node && isNode(node.name) ? String(node.name.name) : undefined);

/** Every string a style expression can produce a piece of: literals and the fixed parts of template literals. */
function stringPieces(expression: AstNode): string[] {
  return [...descendants(expression)].flatMap((n) => {
    if (n.type === 'Literal' && typeof n.value === 'string') return [n.value];
    if (n.type === 'TemplateElement') return [String((n.value as { cooked: string }).cooked)];
    return [];
  });
}

/** The keys of `define:vars={{ a, 'b-c': x }}`, as the custom properties Astro writes. */
function definedVars(expression: AstNode): string[] {
  const object = [...descendants(expression)].find((n) => n.type === 'ObjectExpression');
  const properties = (object?.properties as AstNode[] | undefined) ?? [];
  return properties.flatMap((p) => {
    const key = p.key as AstNode | undefined;
    if (key?.type === 'Identifier') return [`--${key.name}`];
    if (key?.type === 'Literal') return [`--${key.value}`];
    return [];
  });
}

export function authoredInline(sources: ComponentSource[]): AuthoredInline {
  const authored: AuthoredInline = { scripts: new Set(), styles: new Set(), styleProperties: new Set() };
  for (const { file, text } of sources) {
    const { ast, diagnostics } = parse(text);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${file}: Astro cannot parse this component (${errors.map((d) => d.text).join('; ')})`);
    for (const node of descendants(ast)) {
      if (node.type !== 'JSXElement') continue;
      const opening = node.openingElement as AstNode;
      const tag = nameOf(opening);
      const attributes = (opening.attributes as AstNode[]).filter((a) => a.type === 'JSXAttribute');
      const attribute = (name: string) => attributes.find((a) => nameOf(a) === name);
      const inline = attribute('is:inline');
      const closing = node.closingElement as AstNode | null;
      if (inline && closing && (tag === 'script' || tag === 'style')) {
        const content = text.slice(opening.end, closing.start);
        (tag === 'script' ? authored.scripts : authored.styles).add(sha256(content));
      }
      const style = attribute('style')?.value;
      if (isNode(style)) {
        for (const piece of stringPieces(style).filter((p) => p.includes(':'))) for (const property of declaredProperties(piece)) if (/^-{0,2}[a-z][a-z0-9-]*$/.test(property)) authored.styleProperties.add(property);
      }
      const vars = attribute('define:vars')?.value;
      if (tag === 'style' && isNode(vars)) for (const property of definedVars(vars)) authored.styleProperties.add(property);
    }
  }
  return authored;
}
