import { describe, expect, it } from 'vitest';
import { searchIndexGlobs, searchIndexOf } from './search-index.ts';

describe('the two search indexes', () => {
  it('has the main index read every top-level folder but the archive, and the list and documents of /vagledningar/', () => {
    const top = [
      { name: 'index.html', folder: false }, { name: 'vagledningar', folder: true }, { name: 'kom-igang', folder: true },
      { name: 'begrepp', folder: true }, { name: 'sw.js', folder: false },
    ];
    expect(searchIndexGlobs(top)).toEqual({
      main: ['*.html', 'begrepp/**/*.html', 'kom-igang/**/*.html', 'vagledningar/*.html', 'vagledningar/*/*.html'],
      archive: ['vagledningar/*/*/**/*.html'],
    });
    expect(searchIndexGlobs([{ name: 'om', folder: true }]).archive).toEqual([]);
  });

  it('puts version pages, passage histories and change pages in the archive, everything else in the main index', () => {
    for (const url of ['/vagledningar/d/version-1/', '/vagledningar/d/lydelse/p/', '/vagledningar/d/andringar/1-till-2/']) expect(searchIndexOf(url), url).toBe('archive');
    for (const url of ['/', '/vagledningar/', '/vagledningar/2/', '/vagledningar/d/', '/vagledningar/jamfor/', '/kom-igang/a/', '/begrepp/'])
      expect(searchIndexOf(url), url).toBe('main');
  });
});
