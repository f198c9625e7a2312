/**
 * Each broken fixture replaces one valid file; content validation must stop
 * with a message naming the file, the field or line, and the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyQuotes, verifySections } from '../../src/lib/quote-check.ts';
import { applyPending, verifyCitationsUnambiguous, verifyFigures } from '../../src/lib/figure-check.ts';
import { ContentError } from '../../src/lib/problems.ts';
import { loadValidContent } from '../../src/lib/validate.ts';
import { contentWithBrokenCase, copyOfValidFixture, FIXTURE_SOURCES, VALID_FIXTURE } from '../support/fixtures.ts';

const shown = (dir: string, message: string) => message.replaceAll(dir, '<content>');

function problemsIn(dir: string): string[] {
  try {
    loadValidContent(dir);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => shown(dir, formatProblem(p)));
  }
}

describe('valid fixture', () => {
  it('has no problems and every quotation verifies', () => {
    expect(problemsIn(VALID_FIXTURE)).toEqual([]);
    const { corpus } = loadContent(VALID_FIXTURE);
    // Every passage text is checked word for word, a report's description included.
    expect(verifyQuotes(corpus, FIXTURE_SOURCES)).toEqual({ checked: 3, problems: [] });
    expect(verifySections(corpus, FIXTURE_SOURCES).problems).toEqual([]);
    // Every figure is in its cited section, footnote or table, or marked derived; repeated headings name their parent.
    expect(verifyFigures(corpus, FIXTURE_SOURCES)).toEqual({ checked: 5, problems: [] });
    expect(verifyCitationsUnambiguous(corpus, FIXTURE_SOURCES).problems).toEqual([]);
  });
});

const CASES: [string, string][] = [
  ['malformed-yaml', '<content>/sources/kalla.yaml:2: YAML cannot be read: Nested mappings are not allowed in compact mappings. Fix the syntax on or just before this line (indentation, a missing colon, or quote text containing ": " or "#")'],
  ['malformed-frontmatter', '<content>/guides/kom-igang/borja-har.mdx:4: YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the syntax on or just before this line (indentation, a missing colon, or quote text containing ": " or "#")'],
  ['missing-field', '<content>/events/reform.yaml:1: field "title": is required but missing: add it (expected string)'],
  ['duplicate-version', '<content>/documents/doc-a/versions/3.yaml:1: field "number": version number 2 is already used by <content>/documents/doc-a/versions/2.yaml: each version of a document needs its own number'],
  ['unknown-source', '<content>/events/reform.yaml:5: field "citation.source": cites unknown source "okand-kalla": use one of kalla, or add content/sources/okand-kalla.yaml'],
  ['quoted-without-text', '<content>/documents/doc-a/versions/1.yaml:5: field "passages.0.text": a quoted passage needs its text: copy the wording verbatim from the source, or set status: absent if the source says it is not there'],
  ['impossible-date', '<content>/events/reform.yaml:3: field "date.value": "2009-13-40" has month 13; a month is 01–12: write a real date as YYYY-MM-DD'],
  ['broken-link', '<content>/guides/kom-igang/borja-har.mdx:12: link "/vagledningar/doc-c/" points to no page of the site: correct the path (pages end with "/") or remove the link'],
  // A succession is stated at both ends and has a first document; one-sided, it crashed the history model.
  ['succession-one-sided', '<content>/documents/doc-a/document.yaml:1: field "replacedBy": must be "doc-b", since <content>/documents/doc-b/document.yaml says it replaces "doc-a"'],
  ['succession-circle', '<content>/documents/doc-b/document.yaml:4: field "replaces": the documents doc-b, doc-a replace one another in a circle: a line of documents has a first one, which replaces none of them; correct replaces and replacedBy'],
  ['process-missing-step', '<content>/processes/flode.yaml:13: field "transitions.2.to": points to missing step "granska": use one of start, utred, slut'],
  ['process-unreachable-step', '<content>/processes/flode.yaml:10: field "steps.3": step "arkivera" cannot be reached from the start: add a transition to it or remove it'],
  ['process-empty-lane', '<content>/processes/flode.yaml:6: field "lanes.1": lane "lakare" has no steps: remove it or place a step in it'],
  ['process-removed-step', '<content>/processes/flode-2.yaml:6: field "removedSteps.0.step": names step "granska", which <content>/processes/flode.yaml does not have: use a step id of the earlier version'],
  ['process-unknown-guide', '<content>/processes/flode.yaml:8: field "steps.1.guide": names unknown guide "kom-igang/finns-inte": use a guide\'s path under content/guides/ without the extension, e.g. "kom-igang/borja-har"'],
  ['unknown-process-diagram', '<content>/guides/kom-igang/borja-har.mdx:15: <ProcessDiagram> refers to unknown process "flodet": use a file name from content/processes/ without .yaml'],
  ['paraphrases-share-id', '<content>/documents/doc-a/versions/4.yaml:1: passage "funktion" in version 4 and in version 3 are two different renderings or descriptions, and no source states a change between them: give one of them its own id, or mark this one stated: ändrad if the source says the wording changed'],
  ['date-backwards', '<content>/documents/doc-a/versions/3.yaml:2: field "decided": version 3 is dated 2005, before version 2 (10 mars 2006, <content>/documents/doc-a/versions/2.yaml): dates must not run backwards; correct the date or the version number'],
  ['csv-extra-cell', '<content>/statistics/moten.csv:2: row has 3 cells but the header has 2: remove the extra cells, or quote a value that contains a comma'],
  ['csv-header-only', '<content>/statistics/moten.csv:1: has a header but no data rows: add at least one row (leave a cell empty for a value the source does not give)'],
  ['csv-utf16', '<content>/statistics/moten.csv:1: is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8 without byte order mark'],
  ['date-bounds-reversed', '<content>/events/reform.yaml:3: field "date.notBefore": notBefore 2013-03-14 is after notAfter 2001: swap them, or correct the one that is wrong'],
  ['event-ends-before-start', '<content>/events/reform.yaml:4: field "end": the event ends (1990) before it starts (19 april 2011): correct date or end'],
  ['version-name-mismatch', '<content>/documents/doc-a/versions/2.yaml:1: field "number": is 5 but the file is named 2.yaml: name the file 5.yaml, or correct the number'],
  ['guide-reviewed-future', '<content>/guides/kom-igang/borja-har.mdx:4: field "reviewed": 2099-01-01 is in the future: write the date the guide was last checked against its sources, today or earlier'],
  ['wrong-type', '<content>/events/reform.yaml:1: field "title": has the wrong type: expected string, found a list: write it as text (quote it if it looks like a number or date)'],
  ['yaml-alias-bomb', '<content>/events/reform.yaml:1: YAML cannot be read: Excessive alias count indicates a resource exhaustion attack. Write the values out instead of repeating them through aliases (*name)'],
  ['latin1-yaml', '<content>/events/reform.yaml:1: is not UTF-8: byte 0xF6 at byte offset 23 is not valid UTF-8 (Latin-1 or Windows-1252?): save the file as UTF-8'],
  ['guide-not-slug', '<content>/guides/kom-igang/kundflöden ny.mdx:1: file name "kundflöden ny" is not a slug: rename it to "kundfloden-ny.mdx" (lower-case a–z, digits and hyphens; the address is made from it)'],
  ['guide-md-beside-mdx', '<content>/guides/kom-igang/borja-har.mdx:1: is the same guide as <content>/guides/kom-igang/borja-har.md: both would be the page /kom-igang/borja-har/; keep one of the two files'],
  ['guide-index-beside-file', '<content>/guides/kom-igang/borja-har.mdx:1: is the same guide as <content>/guides/kom-igang/borja-har/index.mdx: both would be the page /kom-igang/borja-har/; keep one of the two files'],
  ['guide-at-generated-page', '<content>/guides/vagledningar.mdx:1: would be the page /vagledningar/, which the site already makes from src/pages/vagledningar/[...page].astro: rename the guide or move it into its group\'s folder'],
  ['guide-at-record-page', '<content>/guides/vagledningar/doc-a.mdx:1: would be the page /vagledningar/doc-a/, which the site already makes from <content>/documents/doc-a/document.yaml: rename the guide or move it into its group\'s folder'],
  ['guide-outside-groups', '<content>/guides/nya-guider/ny.mdx:1: is in no guide group, so no menu would list it: move it into one of guides/kom-igang/, guides/samordning/, guides/moten-och-verktyg/, guides/erfarenheter/, guides/for-analytiker/'],
  ['yml-beside-yaml', '<content>/events/reform.yml:1: is not read (only .yaml files are), and <content>/events/reform.yaml has the same name: move what this file holds into reform.yaml and delete it'],
  ['mdx-syntax', '<content>/guides/kom-igang/borja-har.mdx:8: MDX cannot be read: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag. Close the tag or brace, or write a literal "{" or "<" in text as "\\{" or "&lt;"'],
  ['guide-unknown-key', '<content>/guides/kom-igang/borja-har.mdx:2: field "titel": is not a field here: did you mean "title"? Rename it (allowed here: reviewed, aboutSite, searchTerms, changes, title, description, sidebar)'],
  ['unknown-field', '<content>/events/reform.yaml:6: field "kalla": is not a field here: remove it or rename it (allowed here: title, kind, date, end, description, citation, derived)'],
  ['unknown-field-nested', '<content>/events/reform.yaml:3: field "date.notafter": is not a field here: did you mean "notAfter"? Rename it (allowed here: precision, notBefore, notAfter, note)'],
  ['latin1-mdx', '<content>/guides/kom-igang/borja-har.mdx:2: is not UTF-8: byte 0xF6 at byte offset 12 is not valid UTF-8 (Latin-1 or Windows-1252?): save the file as UTF-8'],
  // Guides are read as MDX syntax trees (src/lib/guide-checks.ts); titles, names and labels are plain text (src/lib/schema.ts).
  ['alias-import', '<content>/guides/kom-igang/borja-har.mdx:7: imports @components/Quote.astro under another name (Q): write import Quote from \'@components/Quote.astro\'; and use <Quote>, so the checks know what each tag is'],
  ['component-not-imported', '<content>/guides/kom-igang/borja-har.mdx:8: <Term> is used but not imported: add import Term from \'@components/Term.astro\'; after the frontmatter'],
  ['comment-citation', '<content>/guides/kom-igang/borja-har.mdx:10: paragraph without a citation ("Kontoren höll många möten.…"): add a <Cite source="…" section="…" /> for its facts, or move site navigation under "## Läs mer på webbplatsen"'],
  ['raw-script', '<content>/guides/kom-igang/borja-har.mdx:10: <script> is not allowed in a guide: a guide holds text and the site\'s components, not scripts, styles, forms or embedded content; remove it'],
  ['raw-style', '<content>/guides/kom-igang/borja-har.mdx:10: <style> is not allowed in a guide: a guide holds text and the site\'s components, not scripts, styles, forms or embedded content; remove it'],
  ['event-handler', '<content>/guides/kom-igang/borja-har.mdx:12: <a> has the event-handler attribute onclick: a guide cannot run code; remove the attribute'],
  ['javascript-url', '<content>/guides/kom-igang/borja-har.mdx:12: link "javascript:alert(1)" uses the javascript: scheme, which runs code: link to a page of the site (from the root, e.g. "/begrepp/") or to an https:// address'],
  ['export', '<content>/guides/kom-igang/borja-har.mdx:7: export is not allowed in a guide: a guide holds text and the site\'s components, not code; remove it (a guide may only import Cite, Quote, Term, Unknown, Derived, ProcessDiagram)'],
  ['reference-link', '<content>/guides/kom-igang/borja-har.mdx:14: link "/vagledningar/doc-c/" points to no page of the site: correct the path (pages end with "/") or remove the link'],
  ['missing-anchor', '<content>/guides/kom-igang/borja-har.mdx:12: link "/begrepp/#finns-inte" points to an anchor that /begrepp/ does not have: use the id of an existing record or heading'],
  ['single-quoted-href', '<content>/guides/kom-igang/borja-har.mdx:12: link "/vagledningar/doc-c/" points to no page of the site: correct the path (pages end with "/") or remove the link'],
  ['title-injection-guide', '<content>/guides/kom-igang/borja-har.mdx:2: field "title": contains "<" and ">": a title, name or label is plain text, never markup: remove the tag or character (write a comparison in words, e.g. "under 30 dagar")'],
  ['title-injection-document', '<content>/documents/doc-a/document.yaml:2: field "name": contains ">" and "<": a title, name or label is plain text, never markup: remove the tag or character (write a comparison in words, e.g. "under 30 dagar")'],
  ['title-injection-process', '<content>/processes/flode.yaml:1: field "title": contains "<" and ">": a title, name or label is plain text, never markup: remove the tag or character (write a comparison in words, e.g. "under 30 dagar")'],
];

describe('broken content', () => {
  it.each(CASES)('%s fails with a precise message', (name, expected) => {
    expect(problemsIn(contentWithBrokenCase(name))).toEqual([expected]);
  });

  it('a quotation not in its source fails the quote check and names the nearest passage', () => {
    const dir = contentWithBrokenCase('quote-not-in-source');
    const { corpus } = loadContent(dir);
    const { problems } = verifyQuotes(corpus, FIXTURE_SOURCES);
    expect(problems.map((p) => shown(dir, formatProblem(p)))).toEqual([
      '<content>/documents/doc-a/versions/1.yaml: field "passages.0.text": passage "initiativ" is not verbatim in source "kalla": "Försäkringskassan har ett tillsynsansvar för rehabiliteringen.". Nearest passage (line 5): "Försäkringskassan har ett ”*initiativ- och samordningsansvar*”". Copy the wording exactly from the source',
    ]);
  });

  it('a cited section that the source does not print fails the source check', () => {
    const dir = contentWithBrokenCase('section-not-in-source');
    const { problems } = verifySections(loadContent(dir).corpus, FIXTURE_SOURCES);
    expect(problems.map((p) => shown(dir, formatProblem(p)))).toEqual([
      '<content>/events/reform.yaml: field "citation.section": section "Avslutning" is not printed in source "kalla": use a heading exactly as the source prints it',
    ]);
  });

  it('a figure that the cited section does not state fails the figure check', () => {
    const dir = contentWithBrokenCase('figure-not-in-section');
    const { problems } = verifyFigures(loadContent(dir).corpus, FIXTURE_SOURCES);
    expect(problems.map((p) => shown(dir, formatProblem(p)))).toEqual([
      '<content>/events/reform.yaml:4: field "description": description: figure "1 300" is not in the cited place (source "kalla", section "Reformen"): cite the section, footnote or table that states it, correct the figure, or, if the site computed it, mark it derived with how (derived: [{ figure, how }])',
    ]);
  });

  it('a known figure error on the pending list is reported but does not fail, and a stale entry fails', () => {
    const dir = contentWithBrokenCase('figure-not-in-section');
    const { problems } = verifyFigures(loadContent(dir).corpus, FIXTURE_SOURCES);
    const listed = applyPending(problems, [{ file: 'events/reform.yaml', figure: '1300', reason: 'being fixed' }], dir);
    expect(listed.pending).toHaveLength(1);
    expect(listed.failing).toEqual([]);
    const stale = applyPending([], [{ file: 'events/reform.yaml', figure: '1 300', reason: 'being fixed' }], dir);
    expect(stale.failing.map((p) => shown(dir, formatProblem(p)))).toEqual([
      '<content>/figure-check-pending.yaml: entry for events/reform.yaml, figure "1 300" matches no figure problem any more: the content is fixed, remove the entry',
    ]);
  });

  it('a heading the source prints twice, cited without parent, fails the citation check', () => {
    const dir = contentWithBrokenCase('ambiguous-heading');
    const { problems } = verifyCitationsUnambiguous(loadContent(dir).corpus, FIXTURE_SOURCES);
    expect(problems.map((p) => shown(dir, formatProblem(p)))).toEqual([
      '<content>/guides/kom-igang/borja-har.mdx:14: section "Sammanfattning" is printed 2 times in source "kalla" (lines 21, 27): say which with parent, the heading it is under ("Genomförande", "Resultat")',
    ]);
  });
});

describe('size limits', () => {
  /** The valid fixture with one file rewritten. */
  function withFile(path: string, edit: (text: string) => string): string {
    const dir = copyOfValidFixture('size');
    writeFileSync(join(dir, path), edit(readFileSync(join(VALID_FIXTURE, path), 'utf8')));
    return dir;
  }

  it('a passage text over the limit names its field and line', () => {
    const dir = withFile('documents/doc-a/versions/1.yaml', (t) => t.replace('text: initiativ- och samordningsansvar', `text: ${'ord '.repeat(2_600)}`));
    expect(problemsIn(dir)).toEqual([
      '<content>/documents/doc-a/versions/1.yaml:8: field "passages.0.text": is 10399 characters long; one text may have at most 10000: split it (a passage into several passages, each with its own id) or shorten it',
    ]);
  });

  it('a guide body over the limit names the guide and the line its text starts on', () => {
    const dir = withFile('guides/kom-igang/borja-har.mdx', (t) => `${t}\n${'Ett stycke text om samordning. '.repeat(3_300)}\n`);
    expect(problemsIn(dir)).toEqual([
      '<content>/guides/kom-igang/borja-har.mdx:6: the guide\'s text is 102962 characters long; a guide may have at most 100000: split it into several guides',
    ]);
  });

  it('a content file over the limit is not read', () => {
    const dir = withFile('statistics/moten.csv', (t) => t + `2020,${'1'.repeat(1_000_000)}\n`);
    expect(problemsIn(dir)).toEqual([
      '<content>/statistics/moten.csv:1: is 1.0 MB; a content file may be at most 1.0 MB: split it (a long guide into several guides, a statistic into several tables)',
    ]);
  });
});
