/**
 * Where Astro's own MDX engine reads a guide differently from the checks.
 * The checks read guides with remark (src/lib/mdx.ts); Astro compiles them
 * with satteri, and Starlight turns on its directives: a colon before a name
 * (`:name`, `::name`, `:::name`) starts one. Starlight gives a bare `:name`
 * back as the text it was ("2015:1", "180:e"), but not a directive with
 * `[…]`, `{…}` or a block of its own: a component in its brackets stops the
 * build without a line, and a link in them is shown as plain text, though
 * the checks read both. Such directives are reported here, from satteri's
 * own tree, with their line.
 */
import { mdxToMdast } from 'satteri';
import type { GuideEntry } from './corpus.ts';

interface SatteriNode {
  type: string;
  name?: string;
  attributes?: Record<string, unknown>;
  children?: SatteriNode[];
  position?: { start: { line: number; offset: number }; end: { offset: number } };
}

/** The features Astro's MDX runs with in this site: GFM on, and Starlight's directives. */
const SITE_FEATURES = { gfm: true, directive: true };

export interface DirectiveUse {
  /** The directive as written, shortened. */
  written: string;
  /** Line in the guide file. */
  line: number;
  /** A block directive (`::name`, `:::name`) rather than one inside text. */
  block: boolean;
}

/** Directives in a guide that the site would not show as the text that was written (see above). */
export function unrestoredDirectives(guide: GuideEntry): DirectiveUse[] {
  const found: DirectiveUse[] = [];
  const visit = (node: SatteriNode) => {
    const inText = node.type === 'textDirective';
    if (inText || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const bare = inText && !node.children?.length && Object.keys(node.attributes ?? {}).length === 0;
      if (!bare) {
        const { start, end } = node.position!;
        const text = guide.body.slice(start.offset, end.offset).split('\n')[0].trim();
        found.push({ written: text.length > 40 ? `${text.slice(0, 40)}…` : text, line: start.line + guide.bodyLine - 1, block: !inText });
        return; // one problem per directive, not one more for each inside it
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(guide.body, { features: SITE_FEATURES }) as unknown as SatteriNode);
  return found;
}
