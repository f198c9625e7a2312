/**
 * The guide checks read MDX with remark, and the page is made from the same
 * tree (src/lib/guide-html.ts); before that, Astro compiled it with satteri
 * and Starlight's directives. A fixture guide written where two readers could part
 * (reference links, quoted and expression attributes, a component opening a
 * line, a lazy block quote, a table cell with an element, repeated headings
 * with a term and code in them, a colon before a word, entities, straight
 * quotation marks and dashes) is built, and the page must hold what the
 * checks read: the same citations, quotations to the character, terms, links
 * and heading ids, and its text as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { guideUrl } from '../../src/lib/routes.ts';
import { copyOfValidFixture, FIXTURE_SOURCES } from '../support/fixtures.ts';
import { checkedView, renderedView } from '../support/guide-views.ts';
import { pageHtml } from '../support/site-files.ts';

const content = copyOfValidFixture('mdx-engines');
cpSync('tests/fixtures/mdx-constructs', content, { recursive: true });
const outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');

describe('a guide as the checks read it and as the site built it', () => {
  beforeAll(() => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, SOURCES_DIR: FIXTURE_SOURCES }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });

  it('has the same citations, quotations, terms, links and heading ids in every guide', () => {
    const { corpus } = loadContent(content);
    expect(corpus.guides.map((g) => g.id)).toContain('kom-igang/skrivsatt');
    for (const guide of corpus.guides) expect(renderedView(pageHtml(outDir, guideUrl(guide.id))), guide.id).toEqual(checkedView(guide));
  });

  it('shows a colon before a word, an entity, straight quotation marks, dashes and dots as written', () => {
    const text = toString(unified().use(rehypeParse).parse(pageHtml(outDir, '/kom-igang/skrivsatt/')));
    expect(text).toContain('Uppföljning:stod och stöd & kontakter "gäller" -- också... med');
  });
});
