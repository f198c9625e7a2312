/**
 * Checks on guide bodies that a schema cannot express: the components' ids
 * exist, internal links resolve, and every paragraph of facts cites a source.
 * Works on the MDX text line by line, so problems carry a line number.
 */
import type { Corpus, GuideEntry } from './corpus.ts';
import type { Problem } from './problems.ts';
import { siteRoutes } from './routes.ts';

/** The closing section of a guide, which points around the site and cites nothing. */
export const READ_MORE_HEADING = 'Läs mer på webbplatsen';

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  /** Text between the opening and closing tag (Quote, Term), if any. */
  content?: string;
  line: number;
}

const attributesOf = (raw: string) =>
  Object.fromEntries([...raw.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|\{"([^"]*)"\})/g)].map((m) => [m[1], m[2] ?? m[3]]));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Finds uses of a component, with or without a closing tag. */
export function componentUses(guide: GuideEntry, name: string): ComponentUse[] {
  const pattern = new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...guide.body.matchAll(pattern)].map((m) => ({
    name,
    attributes: attributesOf(m[1] ?? ''),
    content: m[2],
    line: guide.bodyLine + lineAt(guide.body, m.index) - 1,
  }));
}

interface Block {
  text: string;
  line: number;
}

/**
 * Paragraphs, list items, tables and block quotes of a guide's body that must
 * cite: everything except headings, imports, code, lone component tags and the
 * closing "Läs mer" section.
 */
export function factBlocks(guide: GuideEntry): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let inFence = false;
  let inReadMore = false;
  const flush = () => {
    if (current && !inReadMore) blocks.push(current);
    current = undefined;
  };
  guide.body.split('\n').forEach((raw, i) => {
    const line = guide.bodyLine + i;
    const text = raw.trim();
    if (text.startsWith('```')) {
      flush();
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      flush();
      if (heading[1].length <= 2) inReadMore = heading[2].trim() === READ_MORE_HEADING;
      return;
    }
    const loneTag = /^<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>$/.test(text) && !/<\/?[A-Z][A-Za-z]*[^>]*>.*<\/?[A-Z]/.test(text);
    if (text === '' || text.startsWith('import ') || text.startsWith('export ') || loneTag) {
      flush();
      return;
    }
    const listItem = /^([-*+]|\d+\.)\s+/.test(text);
    if (listItem || !current) {
      flush();
      current = { text, line };
    } else {
      current.text += `\n${text}`;
    }
  });
  flush();
  return blocks;
}

const CITES = /<(Cite|Quote)[\s/>]/;

/** Internal links in a guide body: Markdown links and href attributes. */
function links(guide: GuideEntry): { href: string; line: number }[] {
  const found: { href: string; line: number }[] = [];
  for (const m of guide.body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)) {
    found.push({ href: m[1] ?? m[2], line: guide.bodyLine + lineAt(guide.body, m.index) - 1 });
  }
  return found;
}

export function checkGuides(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const sources = new Set(corpus.sources.map((s) => s.id));
  const terms = new Set(corpus.glossary.map((g) => g.id));
  const processes = new Set(corpus.processes.map((p) => p.id));
  const { pages, anchors } = siteRoutes(corpus);

  for (const guide of corpus.guides) {
    const at = (line: number, message: string) => problems.push({ file: guide.file, line, message });

    for (const name of ['Cite', 'Quote']) {
      for (const use of componentUses(guide, name)) {
        const { source, section } = use.attributes;
        if (!source) at(use.line, `<${name}> has no source: add source="<id>" naming a file in content/sources/`);
        else if (!sources.has(source)) at(use.line, `<${name}> cites unknown source "${source}": use one of ${[...sources].join(', ')}, or add content/sources/${source}.yaml`);
        if (!section) at(use.line, `<${name}> has no section: add section="…" with the source's section heading as printed`);
        if (name === 'Quote' && !use.content?.trim()) at(use.line, '<Quote> is empty: put the verbatim text between <Quote …> and </Quote>');
      }
    }
    for (const use of componentUses(guide, 'Term')) {
      const { id } = use.attributes;
      if (!id || !terms.has(id)) at(use.line, `<Term> refers to unknown glossary id "${id ?? ''}": use an id from content/glossary/ or add content/glossary/${id ?? '<id>'}.yaml`);
    }

    for (const use of componentUses(guide, 'ProcessDiagram')) {
      const { id } = use.attributes;
      if (!id || !processes.has(id)) at(use.line, `<ProcessDiagram> refers to unknown process "${id ?? ''}": use a file name from content/processes/ without .yaml`);
    }

    for (const { href, line } of links(guide)) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
      if (!href.startsWith('/')) {
        at(line, `link "${href}" is relative: write it from the site root, e.g. "/begrepp/"`);
        continue;
      }
      const [pathAndQuery, anchor] = href.split('#');
      const path = pathAndQuery.split('?')[0];
      const normalised = path.endsWith('/') ? path : `${path}/`;
      if (!pages.has(normalised)) {
        at(line, `link "${href}" points to no page of the site: correct the path (pages end with "/") or remove the link`);
      } else if (anchor && anchors.has(normalised) && !anchors.get(normalised)!.has(anchor)) {
        at(line, `link "${href}" points to an anchor that ${normalised} does not have: use the id of an existing record`);
      }
    }

    if (!guide.aboutSite) {
      for (const block of factBlocks(guide)) {
        if (!CITES.test(block.text)) {
          at(block.line, `paragraph without a citation ("${block.text.slice(0, 60).replace(/\n/g, ' ')}…"): add a <Cite source="…" section="…" /> for its facts, or move site navigation under "## ${READ_MORE_HEADING}"`);
        }
      }
    }
  }
  return problems;
}
