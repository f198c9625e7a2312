import { describe, expect, it } from 'vitest';
import { guideOfBody } from '../../tests/support/builders.ts';
import { citingBlocks, componentUses, headingIds, jsxAttributes, parseMdx, plainValue, textOf, walk, type MdxNode } from './mdx.ts';

const guide = (body: string) => guideOfBody(body, { bodyLine: 5 });
const elements = (body: string) => {
  const found: MdxNode[] = [];
  walk(parseMdx(body), (n) => {
    if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') found.push(n);
  });
  return found;
};

describe('guide blocks from the MDX tree', () => {
  it('gives paragraphs and list items with their text, citations and derived figures', () => {
    const blocks = citingBlocks(guide([
      "import Cite from '@components/Cite.astro';",
      '',
      '## Rubrik 2019',
      '',
      'Det var <Derived how="1 + 2">3</Derived> möten 2019. <Cite source="a" section="S" parent={"P"} footnote={4} />',
      '',
      '- En punkt om 2018. <Cite source="a" section="T" />',
      '',
      '<Quote source="a" section="U" block>',
      '',
      'Citat från 2017.',
      '',
      '</Quote>',
    ].join('\n')));
    expect(blocks.map((b) => [b.kind, b.line, b.segments.map((s) => s.text).join('')])).toEqual([
      ['paragraph', 9, 'Det var 3 möten 2019. '],
      ['listItem', 11, 'En punkt om 2018. '],
      ['paragraph', 15, 'Citat från 2017.'],
    ]);
    expect(blocks[0].citations[0].attributes).toEqual({ source: 'a', section: 'S', parent: 'P', footnote: '4' });
    expect(blocks[0].segments.find((s) => s.text === '3')?.derived?.how).toBe('1 + 2');
    expect(blocks[2].citations.map((c) => c.attributes.section)).toEqual(['U']);
  });
});

describe('attribute values', () => {
  it('reads plain text and numbers in every quoting, and nothing from code', () => {
    const [a] = elements(`<Cite source="a" section='b' parent={"c"} table={'d'} footnote={4} block />`);
    expect(jsxAttributes(a)).toEqual({ source: 'a', section: 'b', parent: 'c', table: 'd', footnote: '4', block: 'true' });
    const [b] = elements('<Cite source={`a`} section={x} table={1 + 2} {...rest} />');
    expect(b.attributes!.map(plainValue)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('components in the tree', () => {
  it('finds a component with its text, and none inside a comment', () => {
    const g = guide('Text <Quote source="a" section="b">ord *för* ord</Quote>. {/* <Quote source="a" section="b">påhittat</Quote> <Cite source="a" section="b" /> */}');
    expect(componentUses(g, 'Quote')).toEqual([{ name: 'Quote', attributes: { source: 'a', section: 'b' }, content: 'ord för ord', line: 5 }]);
    expect(componentUses(g, 'Cite')).toEqual([]);
  });

  it('gives a block quotation\'s paragraphs as lines of text', () => {
    const [quote] = elements('<Quote source="a" section="b" block>\n\nEtt stycke.\n\nEtt till.\n\n</Quote>');
    expect(textOf(quote)).toBe('Ett stycke.\nEtt till.');
  });

  it('names headings as Astro does (github-slugger), with Starlight\'s _top', () => {
    expect([...headingIds(guide('## Vad uppdraget går ut på\n\n## Läs mer på webbplatsen\n\n### Läs mer på webbplatsen'))]).toEqual([
      '_top', 'vad-uppdraget-går-ut-på', 'läs-mer-på-webbplatsen', 'läs-mer-på-webbplatsen-1',
    ]);
  });
});

describe('citing blocks', () => {
  it('counts no <Cite> inside a comment, and makes a table one block', () => {
    const blocks = citingBlocks(guide(['Fakta. {/* <Cite source="a" section="b" /> */}', '', '| År | Möten |', '|---|---|', '| 2019 | 3 |'].join('\n')));
    expect(blocks.map((b) => [b.kind, b.line, b.citations.length])).toEqual([['paragraph', 5, 0], ['table', 7, 0]]);
  });
});
