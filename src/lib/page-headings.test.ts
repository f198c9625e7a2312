import { describe, expect, it } from 'vitest';
import { htmlHeadings } from './page-headings.ts';

describe('headings of built HTML', () => {
  it('lists h2 and h3 with an id in order, not those in a collapsed group or without an id', () => {
    const html =
      '<p>A är …</p><section id="a"><h3 id="a-rubrik">Åtgärderna <em>fogas</em> samman</h3></section><h2 id="b">Andra</h2>' +
      '<details><summary>2 lydelser utan känd ändring</summary><section><h3 id="c-rubrik">Dold</h3></section></details><h3>Utan id</h3>';
    expect(htmlHeadings(html)).toEqual([
      { depth: 3, slug: 'a-rubrik', text: 'Åtgärderna fogas samman' },
      { depth: 2, slug: 'b', text: 'Andra' },
    ]);
  });
});
