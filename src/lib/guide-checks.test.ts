import { describe, expect, it } from 'vitest';
import { guideOfBody } from '../../tests/support/builders.ts';
import { VALID_FIXTURE } from '../../tests/support/fixtures.ts';
import type { GuideEntry } from './corpus.ts';
import { checkCitations, checkEsm, checkGuides, checkMarkup, linkProblem, linksIn, syntaxProblem, type SiteMap } from './guide-checks.ts';
import { loadContent } from './load-content.ts';

/** The problems one check reports, as "line: message". */
function reported(check: (report: (line: number, message: string) => void) => unknown): string[] {
  const out: string[] = [];
  check((line, message) => out.push(`${line}: ${message}`));
  return out;
}
const esmOf = (g: GuideEntry) => checkEsm(g, () => {});
const markupOf = (body: string[]) => {
  const g = guideOfBody(body);
  return reported((r) => checkMarkup(g, esmOf(g), r));
};

describe('imports and exports', () => {
  it('accepts each guide component imported from its own path under its own name', () => {
    const g = guideOfBody(["import Cite from '@components/Cite.astro';", "import Quote from '@components/Quote.astro';"]);
    expect(reported((r) => checkEsm(g, r))).toEqual([]);
    expect([...esmOf(g).imported]).toEqual(['Cite', 'Quote']);
  });

  it('refuses a component under another name, default or named, and other modules', () => {
    const g = guideOfBody([
      "import Q from '@components/Quote.astro';",
      "import { X as Quote } from '@components/Quote.astro';",
      "import * as Cite from '@components/Cite.astro';",
      "import Footer from '@components/Footer.astro';",
      "import fs from 'node:fs';",
    ]);
    expect(reported((r) => checkEsm(g, r)).map((p) => p.split(':')[0] + ': ' + p.split(': ')[1].split(' (')[0])).toEqual([
      '1: imports @components/Quote.astro under another name',
      '2: imports @components/Quote.astro under another name',
      '3: imports @components/Cite.astro under another name',
      '4: imports "@components/Footer.astro"',
      '5: imports "node:fs"',
    ]);
    expect(esmOf(g).imported.size).toBe(0);
  });

  it('refuses every export', () => {
    const g = guideOfBody(["import Cite from '@components/Cite.astro';", 'export const x = 1;', 'export default function Layout() {}']);
    expect(reported((r) => checkEsm(g, r)).map((p) => p.split(' in a guide')[0])).toEqual(['2: export is not allowed', '3: export is not allowed']);
  });
});

describe('elements, attributes and expressions', () => {
  it('accepts imported components, plain HTML, plain attribute values and comments', () => {
    expect(markupOf([
      "import Cite from '@components/Cite.astro';",
      '',
      '<abbr title="Försäkringskassan">FK</abbr> {/* en kommentar */} <Cite source="a" section=\'b\' footnote={4} parent={"c"} />',
    ])).toEqual([]);
  });

  it('refuses components that are not the site\'s, and site components that are not imported', () => {
    expect(markupOf(['<Term id="x">t</Term> <Foo /> <Foo.Bar /> <_x /> <cite.x />']).map((p) => p.split(':')[0] + ': ' + p.split(': ')[1].split(' is ')[0])).toEqual([
      '1: <Term>', '1: <Foo>', '1: <Foo.Bar>', '1: <_x>', '1: <cite.x>',
    ]);
    expect(markupOf(['<Term id="x">t</Term> <Foo /> <Foo.Bar />'])).toEqual([
      "1: <Term> is used but not imported: add import Term from '@components/Term.astro'; after the frontmatter",
      "1: <Foo> is not one of the site's guide components: use Cite, Quote, Term, Unknown, Derived, ProcessDiagram, each imported as import Name from '@components/Name.astro';",
      "1: <Foo.Bar> is not one of the site's guide components: use Cite, Quote, Term, Unknown, Derived, ProcessDiagram, each imported as import Name from '@components/Name.astro';",
    ]);
  });

  it('reports a misnamed import once, not again at its tags', () => {
    const g = guideOfBody(["import Q from '@components/Quote.astro';", '', '<Q source="a" section="b">x</Q>']);
    expect(reported((r) => checkMarkup(g, esmOf(g), r))).toEqual([]);
  });

  it('refuses script, style and embedded content once each, whatever is inside', () => {
    expect(markupOf(['<script>{"alert(1)"}</script>', '', '<style>{`p { color: red }`}</style>', '', '<SCRIPT>x</SCRIPT> <iframe src="/om/" /> <svg><a href="/om/">x</a></svg>']).map((p) => p.split(' is not')[0])).toEqual([
      '1: <script>', '3: <style>', '5: <SCRIPT>', '5: <iframe>', '5: <svg>',
    ]);
  });

  it('refuses event handlers in any case, spreads and attribute expressions', () => {
    expect(markupOf(['<a href="/om/" onClick="x" ONLOAD={"y"}>a</a> <a {...props}>b</a> <abbr title={`x${1}`}>c</abbr> <a href={"/om/" + x}>d</a>'])).toEqual([
      '1: <a> has the event-handler attribute onClick: a guide cannot run code; remove the attribute',
      '1: <a> has the event-handler attribute ONLOAD: a guide cannot run code; remove the attribute',
      '1: <a> has a spread attribute {...props}: write each attribute as name="…"',
      '1: attribute title={`x${1}`} of <abbr> is an expression: write a plain value, title="…"',
      '1: attribute href={"/om/" + x} of <a> is an expression: write a plain value, href="…"',
    ]);
  });

  it('refuses expressions that are code, in text and in flow, but not comments', () => {
    expect(markupOf(['Text {1 + 1} och {/* kommentar */}.', '', '{alert(1)}', '', '{/* <Cite source="a" section="b" /> */}'])).toEqual([
      '1: expression {1 + 1} is code: a guide holds text; write a comment as {/* … */}, or remove it',
      '3: expression {alert(1)} is code: a guide holds text; write a comment as {/* … */}, or remove it',
    ]);
  });
});

describe('links', () => {
  it('finds every link form with its line', () => {
    const g = guideOfBody([
      '[inline](/a/) och [referens][r] och https://example.org/x och <a href="/b/">b</a>',
      "<a href='/c/'>c</a> <a href={\"/d/\"}>d</a> <a href={'/e/#x'}>e</a> ![bild](/f.png)",
      '',
      '[r]: /g/#h',
    ]);
    expect(linksIn(g).map((l) => `${l.line} ${l.href}${l.page ? '' : ' (loaded)'}`)).toEqual([
      '1 /a/', '1 https://example.org/x', '1 /b/', '2 /c/', '2 /d/', '2 /e/#x', '2 /f.png (loaded)', '4 /g/#h',
    ]);
  });

  const site: SiteMap = {
    pages: new Set(['/', '/begrepp/', '/om/', '/kom-igang/test/']),
    anchors: new Map([['/begrepp/', new Set(['ord'])], ['/kom-igang/test/', new Set(['_top', 'rubrik'])]]),
  };
  const problem = (href: string, page = true) => linkProblem({ href, line: 1, page }, site, '/kom-igang/test/');

  it('resolves pages and anchors, here and on other pages', () => {
    expect([problem('/begrepp/'), problem('/begrepp'), problem('/begrepp/#ord'), problem('#rubrik'), problem('/om/?x=1'), problem('https://example.org/'), problem('mailto:a@b.se')]).toEqual(Array(7).fill(undefined));
    expect(problem('/finns-inte/')).toBe('link "/finns-inte/" points to no page of the site: correct the path (pages end with "/") or remove the link');
    expect(problem('/begrepp/#annat')).toBe('link "/begrepp/#annat" points to an anchor that /begrepp/ does not have: use the id of an existing record or heading');
    expect(problem('#saknas')).toBe('link "#saknas" points to an anchor that /kom-igang/test/ does not have: use the id of an existing record or heading');
    expect(problem('/om/#x')).toBe('link "/om/#x" has an anchor, but the anchors of /om/ are not known to the checks: link to /om/ without "#x"');
    expect(problem('begrepp/')).toBe('link "begrepp/" is relative: write it from the site root, e.g. "/begrepp/"');
    expect(problem('//example.org/')).toMatch(/points to no page of the site/);
  });

  it('refuses schemes that run code or carry documents, as the browser reads them', () => {
    expect(problem('javascript:alert(1)')).toMatch(/^link "javascript:alert\(1\)" uses the javascript: scheme, which runs code/);
    expect(problem('java\tscript:alert(1)')).toMatch(/uses the javascript: scheme/);
    expect(problem(' JavaScript:alert(1)')).toMatch(/uses the javascript: scheme/);
    expect(problem('data:text/html,<script>x</script>', false)).toMatch(/uses the data: scheme/);
    expect(problem('https://example.org/x.png', false)).toBeUndefined();
  });
});

describe('citations', () => {
  it('wants a citation in each paragraph, list item and table, except under "Läs mer på webbplatsen"', () => {
    const g = guideOfBody([
      'Fakta. {/* <Cite source="a" section="b" /> */}',
      '',
      '- En punkt <Cite source="a" section="b" />',
      '- En punkt utan',
      '',
      '| År | Möten |',
      '|---|---|',
      '| 2019 | 3 |',
      '',
      '## Läs mer på webbplatsen',
      '',
      '- [Begrepp](/begrepp/)',
      '',
      '### Under samma avsnitt',
      '',
      'Också navigering.',
      '',
      '## Nästa avsnitt',
      '',
      'Fakta igen.',
    ]);
    expect(reported((r) => checkCitations(g, r)).map((p) => p.split(' (')[0])).toEqual([
      '1: paragraph without a citation',
      '4: paragraph without a citation',
      '6: paragraph without a citation',
      '20: paragraph without a citation',
    ]);
  });
});

describe('a guide as a whole', () => {
  const { corpus } = loadContent(VALID_FIXTURE);
  const problemsOf = (body: string[], fields: Partial<GuideEntry> = {}) =>
    checkGuides({ ...corpus, guides: [guideOfBody(body, { file: 'g.mdx', bodyLine: 6, ...fields })] }).map((p) => `${p.line}: ${p.message}`);

  it('reports an MDX syntax error with its line in the file', () => {
    expect(syntaxProblem(guideOfBody(['Text', '', 'mer <Cite'], { bodyLine: 6 }))?.line).toBe(8);
    expect(problemsOf(['Text', '', 'mer <Cite'])[0]).toMatch(/^8: MDX cannot be read: /);
  });

  it('checks links to the anchors of guides\' headings', () => {
    const body = ["import Cite from '@components/Cite.astro';", '', '## Rubrik', '', 'Fakta. <Cite source="kalla" section="Inledning" />', '', '## Läs mer på webbplatsen', '', '- [Här](#rubrik) och [där](/kom-igang/test/#ingen)'];
    expect(problemsOf(body)).toEqual(['14: link "/kom-igang/test/#ingen" points to an anchor that /kom-igang/test/ does not have: use the id of an existing record or heading']);
  });

  it('does not count citations while a tag is not a known component', () => {
    expect(problemsOf(["import Q from '@components/Quote.astro';", '', 'Fakta <Q source="kalla" section="Inledning">x</Q>.']).map((p) => p.split(' under')[0])).toEqual([
      '6: imports @components/Quote.astro',
    ]);
  });
});
