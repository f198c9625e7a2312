import { describe, expect, it } from 'vitest';
import { TITLE_INDEX_FILTER } from './search-index.ts';
import { pageOutline, titleRecord } from './title-index.ts';

const page = (body: string) => `<!doctype html><html lang="sv"><head><title>Sida</title></head><body>
<nav><h2>Webbplatsens meny</h2></nav>
<aside><h2 id="starlight__on-this-page">På den här sidan</h2></aside>
<main data-pagefind-body>${body}</main>
<footer data-pagefind-ignore><h2>Nästa guide</h2></footer>
</body></html>`;

describe('the title index', () => {
  it("reads a page's headings and search keywords from the part Pagefind indexes, as text a search matches", () => {
    const outline = pageOutline(
      page(`
      <h1 id="_top" data-pagefind-meta="title:Avstämningsmöte">Av&shy;stäm&shy;nings&shy;mö&shy;te</h1>
      <span class="search-keywords" hidden data-pagefind-weight="5" data-pagefind-index-attrs="data-sokord" data-sokord="AM, avstämning"></span>
      <h2 id="vem">Vem <em>kallar</em>   till mötet?</h2>
      <p>Text om mötet, inte en rubrik.</p>
      <section><h3 id="lydelse">Sam&shy;ord&shy;nings&shy;an&shy;svar <a class="permalink" href="#lydelse" data-pagefind-ignore><span>Permalänk till Samordningsansvar</span>#</a></h3></section>
      <div data-pagefind-ignore><h2>Läs mer i källorna</h2></div>
      <h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>
      <h4>Vem kallar till mötet?</h4>`),
    );
    expect(outline).toEqual({
      // Once each, in page order; not the title (h1), the menu, the contents list or what Pagefind ignores.
      headings: ['Vem kallar till mötet?', 'Samordningsansvar', '<script>alert(1)</script>'],
      keywords: ['AM', 'avstämning'],
    });
  });

  it('stops on a page without data-pagefind-body: Pagefind would have indexed all of it', () => {
    expect(() => pageOutline('<html><body><h2>Rubrik</h2></body></html>')).toThrow(/no data-pagefind-body element/);
  });

  it("makes a page's record of its title, headings and keywords, with its index's metadata and filters and the index as a filter", () => {
    const record = titleRecord(
      { url: '/vagledningar/d/version-3/', title: 'Vägledning 2004:2, version 3', index: 'archive', meta: { title: 'Vägledning 2004:2, version 3', typ: 'Version' }, filters: { typ: ['Version'], år: ['2006'] } },
      { headings: ['Samordningsansvar', 'Avstämningsmöte'], keywords: [] },
      'sv',
    );
    expect(record).toEqual({
      url: '/vagledningar/d/version-3/',
      language: 'sv',
      content: 'Vägledning 2004:2, version 3. Samordningsansvar. Avstämningsmöte',
      meta: { title: 'Vägledning 2004:2, version 3', typ: 'Version' },
      filters: { typ: ['Version'], år: ['2006'], [TITLE_INDEX_FILTER]: ['archive'] },
    });
  });
});
