import { describe, expect, it } from 'vitest';
import { toPeerGuide } from './peer-guide.ts';

describe('toPeerGuide', () => {
  it('replaces our components with the text they stand for and drops our frontmatter fields', () => {
    const mdx = [
      '---',
      'title: En guide',
      'reviewed: 2026-11-23',
      '---',
      "import Cite from '@components/Cite.astro';",
      '',
      'Ett <Term id="fk">FK</Term> stycke. <Cite source="kalla" section="Inledning" />',
      '<Unknown>Oklart. <Cite source="kalla" section="Bilaga 1" /></Unknown>',
    ].join('\n');
    expect(toPeerGuide(mdx)).toBe(['---', 'title: En guide', '---', '', 'Ett FK stycke. (kalla, Inledning)', 'Oklart. (kalla, Bilaga 1)'].join('\n'));
  });
});
