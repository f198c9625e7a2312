import { describe, expect, it } from 'vitest';
import { guideEntry } from '../../tests/support/builders.ts';
import { citingBlocks } from './mdx.ts';

const guide = (body: string) => guideEntry({ id: 'g/x', file: 'x.mdx', title: 'X', body, bodyLine: 5 });

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
