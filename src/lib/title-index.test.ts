import { describe, expect, it } from 'vitest';
import { TITLE_INDEX_FILTER } from './search-index.ts';
import { fragmentHeadings, titleRecord } from './title-index.ts';

describe('the title index', () => {
  it("reads a page's headings from its fragment's anchors, as text a search matches", () => {
    // As Pagefind lists them: every element with an id in the indexed part, its text without what Pagefind ignores.
    const anchors = [
      { element: 'h1', text: 'Av\u00ADstäm\u00ADnings\u00ADmö\u00ADte' },
      { element: 'h2', text: 'Vem kallar   till mötet?' },
      { element: 'form', text: 'Visa version' },
      { element: 'h3', text: 'Sam\u00ADord\u00ADnings\u00ADan\u00ADsvar ' },
      { element: 'h2', text: '<script>alert(1)</script>' },
      { element: 'h4', text: 'Vem kallar till mötet?' },
      { element: 'h5', text: '  ' },
    ];
    // Once each, in page order; not the title (h1) or other elements.
    expect(fragmentHeadings(anchors)).toEqual(['Vem kallar till mötet?', 'Samordningsansvar', '<script>alert(1)</script>']);
  });

  it("makes a page's record of its title, headings and keywords, with its index's metadata and filters and the index as a filter", () => {
    const record = titleRecord(
      { url: '/vagledningar/d/version-3/', title: 'Vägledning 2004:2, version 3', index: 'archive', meta: { title: 'Vägledning 2004:2, version 3', typ: 'Version' }, filters: { typ: ['Version'], år: ['2006'] }, headings: ['Samordningsansvar', 'Avstämningsmöte'] },
      ['AM'],
      'sv',
    );
    expect(record).toEqual({
      url: '/vagledningar/d/version-3/',
      language: 'sv',
      content: 'Vägledning 2004:2, version 3. Samordningsansvar. Avstämningsmöte. AM',
      meta: { title: 'Vägledning 2004:2, version 3', typ: 'Version' },
      filters: { typ: ['Version'], år: ['2006'], [TITLE_INDEX_FILTER]: ['archive'] },
    });
  });
});
