import { describe, expect, it } from 'vitest';
import { guideBody, type GuidePart } from './guide-html.ts';
import { parseMdx } from './mdx.ts';

const body = (...lines: string[]) => guideBody(parseMdx(lines.join('\n')));
const IMPORTS = ["import Cite from '@components/Cite.astro';", "import Quote from '@components/Quote.astro';", "import Term from '@components/Term.astro';", ''];

describe('guideBody', () => {
  it('gives text without components as HTML, with what the writer typed escaped as text', () => {
    const { parts } = body('Ett *viktigt* stycke med "citattecken", & och &lt;b&gt;.', '', '- en', '- två');
    expect(parts).toEqual([{ kind: 'html', html: '<p>Ett <em>viktigt</em> stycke med "citattecken", &#x26; och &#x3C;b>.</p>\n<ul>\n<li>en</li>\n<li>två</li>\n</ul>' }]);
  });

  it('keeps the guide components as parts of their own, with their attributes as written, inside the elements around them', () => {
    const { parts } = body(...IMPORTS, 'Text <Cite source="kalla" section={"Inledning"} page={24} /> och <Term id="k1">K1</Term>.');
    expect(parts).toEqual<GuidePart[]>([
      {
        kind: 'element',
        tag: 'p',
        attributes: {},
        children: [
          { kind: 'html', html: 'Text ' },
          { kind: 'component', name: 'Cite', props: { source: 'kalla', section: 'Inledning', page: '24' }, children: [] },
          { kind: 'html', html: ' och ' },
          { kind: 'component', name: 'Term', props: { id: 'k1' }, children: [{ kind: 'html', html: 'K1' }] },
          { kind: 'html', html: '.' },
        ],
      },
    ]);
  });

  it('renders a component alone on its line as the component, not inside a paragraph (a block quotation cannot stand in <p>)', () => {
    const { parts } = body(...IMPORTS, '<Quote block source="kalla" section="Inledning">Ordagrant.</Quote>');
    expect(parts).toEqual([{ kind: 'component', name: 'Quote', props: { block: true, source: 'kalla', section: 'Inledning' }, children: [{ kind: 'html', html: 'Ordagrant.' }] }]);
  });

  it('gives headings the ids the link checks know, and lists them for the contents', () => {
    const { parts, headings } = body(...IMPORTS, '## Stöd och <Term id="k1">samordning</Term>', '', '## Stöd och samordning', '', '### Läs mer');
    expect(headings).toEqual([
      { depth: 2, slug: 'stöd-och-samordning', text: 'Stöd och samordning' },
      { depth: 2, slug: 'stöd-och-samordning-1', text: 'Stöd och samordning' },
      { depth: 3, slug: 'läs-mer', text: 'Läs mer' },
    ]);
    expect(parts[0]).toMatchObject({ kind: 'element', tag: 'h2', attributes: { id: 'stöd-och-samordning' } });
    expect(parts.at(-1)).toEqual({ kind: 'html', html: '\n<h2 id="stöd-och-samordning-1">Stöd och samordning</h2>\n<h3 id="läs-mer">Läs mer</h3>' });
  });

  it('leaves out imports and comments, renders a fragment as its children and an element with its plain attributes', () => {
    const { parts } = body(...IMPORTS, '{/* en kommentar */}', '', 'Se <a href="/begrepp/" title="Begrepp">begreppen</a> och <>detta</>.');
    expect(parts).toEqual([{ kind: 'html', html: '<p>Se <a href="/begrepp/" title="Begrepp">begreppen</a> och detta.</p>' }]);
  });

  it('writes a table cell around a component with the alignment hast gives it as an attribute', () => {
    const { parts } = body(...IMPORTS, '| Vad | Källa |', '|---|--:|', '| x | <Cite source="kalla" section="Inledning" /> |');
    const cell = JSON.stringify(parts).match(/\{"kind":"element","tag":"td","attributes":\{[^}]*\}/)?.[0];
    expect(cell).toBe('{"kind":"element","tag":"td","attributes":{"align":"right"}');
  });
});
