import { cpSync, existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, slugFor } from './load-content.ts';
import { generatedPages, STATIC_PAGES } from './routes.ts';
import { VALID_FIXTURE } from '../../tests/support/fixtures.ts';

describe('the content reader', () => {
  it('suggests a slug for a file name that is not one', () => {
    expect(slugFor('kundflöden ny')).toBe('kundfloden-ny');
    expect(slugFor('Avstämningsmötet (AM)')).toBe('avstamningsmotet-am');
    expect(slugFor('__')).toBe('');
  });

  it('gives every collection in the order the site lists it', () => {
    const { corpus, problems } = loadContent('content');
    expect(problems).toEqual([]);
    // Sources in the order of their files, the glossary by term, versions document by document in version order.
    expect(corpus.sources.map((s) => s.data.file)).toEqual(corpus.sources.map((s) => s.data.file).sort());
    const terms = corpus.glossary.map((g) => g.data.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'sv')));
    for (const document of new Set(corpus.versions.map((v) => v.document))) {
      const numbers = corpus.versions.filter((v) => v.document === document && v.data.number !== null).map((v) => v.data.number!);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    expect(corpus.versions.map((v) => v.document)).toEqual(corpus.versions.map((v) => v.document).sort());
  });

  it('reports a document.yml once: it is not read, and is the document\'s only problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-yml-'));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    renameSync(join(dir, 'documents/doc-b/document.yaml'), join(dir, 'documents/doc-b/document.yml'));
    expect(loadContent(dir).problems.map((p) => [p.file.replace(dir, '<content>'), p.message])).toEqual([
      ['<content>/documents/doc-b/document.yml', 'is not read (only .yaml files are): rename it to document.yaml'],
    ]);
  });

  it('gives a guide the id of its path, a folder’s index.mdx the folder’s', () => {
    expect(loadContent(VALID_FIXTURE).corpus.guides.map((g) => g.id)).toEqual(['kom-igang/borja-har']);
  });
});

describe('generated pages', () => {
  it('names what makes each page: a file under src/pages/ or the record', () => {
    for (const file of Object.values(STATIC_PAGES)) expect(existsSync(file), file).toBe(true);
    const pages = generatedPages(loadContent(VALID_FIXTURE).corpus);
    expect(pages.get('/vagledningar/doc-a/')).toBe('tests/fixtures/valid/documents/doc-a/document.yaml');
    expect(pages.get('/vagledningar/doc-a/version-2/')).toBe('tests/fixtures/valid/documents/doc-a/versions/2.yaml');
    expect(pages.get('/kom-igang/')).toBe('src/pages/[grupp]/[...page].astro');
    expect(pages.has('/kom-igang/borja-har/')).toBe(false);
  });
});
