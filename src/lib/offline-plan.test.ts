import { describe, expect, it } from 'vitest';
import { cacheNameFor, fileUrl, frameUrls, offlinePages, planOffline, precacheWarning, type BuiltFile, type SearchFragment } from './offline-plan.ts';

const site: BuiltFile[] = [
  ['index.html', 10_000], ['404.html', 5_000], ['om/index.html', 8_000], ['begrepp/index.html', 20_000], ['sok/index.html', 6_000],
  ['utan-nat/index.html', 5_000], ['favicon.svg', 200], ['icon-192.png', 2_000], ['manifest.webmanifest', 600], ['sw-register.js', 200],
  ['_astro/site.abc.css', 30_000], ['_astro/page.def.js', 4_000], ['data/sokord.json', 3_000], ['data/jamfor/d1.json', 60_000], ['data/jamfor/d3.json', 20_000],
  ['offline/sidor.json', 4_000], ['offline/sidor-arkiv.json', 1_000], ['offline/dokument/d1.json', 500], ['offline/webbplatsen.json', 900],
  ['kom-igang/a/index.html', 50_000], ['kom-igang/b/index.html', 50_000], ['samordning/c/index.html', 50_000],
  ['vagledningar/index.html', 9_000], ['vagledningar/jamfor/index.html', 12_000],
  ['vagledningar/d1/index.html', 15_000], ['vagledningar/d1/version-1/index.html', 40_000], ['vagledningar/d1/lydelse/p/index.html', 7_000],
  ['vagledningar/d2/index.html', 15_000], ['vagledningar/d2/version-1/index.html', 40_000],
  ['pagefind/pagefind.js', 47_000], ['pagefind/pagefind-worker.js', 43_000], ['pagefind/pagefind-entry.json', 170],
  ['pagefind/pagefind.sv_1.pf_meta', 900], ['pagefind/wasm.sv.pagefind', 57_000], ['pagefind/wasm.unknown.pagefind', 55_000],
  ['pagefind/pagefind-ui.js', 126_000], ['pagefind/pagefind-component-ui.js', 184_000],
  ['pagefind/index/sv_1.pf_index', 30_000], ['pagefind/filter/sv_2.pf_filter', 200],
  ['pagefind/fragment/sv_a.pf_fragment', 2_000], ['pagefind/fragment/sv_b.pf_fragment', 2_000],
  ['pagefind-arkiv/pagefind.js', 47_000], ['pagefind-arkiv/pagefind-worker.js', 43_000], ['pagefind-arkiv/pagefind-entry.json', 170],
  ['pagefind-arkiv/pagefind.sv_3.pf_meta', 700], ['pagefind-arkiv/wasm.sv.pagefind', 57_000], ['pagefind-arkiv/wasm.unknown.pagefind', 55_000],
  ['pagefind-arkiv/pagefind-ui.js', 126_000], ['pagefind-arkiv/index/sv_4.pf_index', 20_000], ['pagefind-arkiv/filter/sv_5.pf_filter', 300],
  ['pagefind-arkiv/fragment/sv_v.pf_fragment', 3_000],
  ['pagefind-rubriker/pagefind.js', 47_000], ['pagefind-rubriker/pagefind-worker.js', 43_000], ['pagefind-rubriker/pagefind-entry.json', 170],
  ['pagefind-rubriker/pagefind.sv_7.pf_meta', 400], ['pagefind-rubriker/wasm.sv.pagefind', 57_000], ['pagefind-rubriker/wasm.unknown.pagefind', 55_000],
  ['pagefind-rubriker/pagefind-ui.js', 126_000], ['pagefind-rubriker/index/sv_8.pf_index', 9_000], ['pagefind-rubriker/filter/sv_9.pf_filter', 800],
  ['pagefind-rubriker/fragment/sv_10.pf_fragment', 6_000], ['pagefind-rubriker/fragment/sv_11.pf_fragment', 5_000],
].map(([path, bytes]) => ({ path: path as string, bytes: bytes as number }));
const fragments: SearchFragment[] = [
  { id: 'sv_a', path: 'pagefind/fragment/sv_a.pf_fragment', url: '/kom-igang/a/', title: 'A' },
  { id: 'sv_b', path: 'pagefind/fragment/sv_b.pf_fragment', url: '/kom-igang/b/', title: 'B' },
  { id: 'sv_v', path: 'pagefind-arkiv/fragment/sv_v.pf_fragment', url: '/vagledningar/d1/version-1/', title: 'Version 1' },
];
const input = { files: site, guides: ['/kom-igang/a/', '/kom-igang/b/', '/samordning/c/'], documents: [{ id: 'd1', compareData: '/data/jamfor/d1.json' }, { id: 'd2', compareData: '/data/jamfor/d1.json' }, { id: 'd3', compareData: '/data/jamfor/d3.json' }], fragments, wasmLanguages: ['sv'] };

describe('the offline plan', () => {
  it('precaches the shell, both search indexes and the guides, and not the version pages, the fragments of other pages or the unused search UIs', () => {
    const { shell, guidesInShell, guidesLeftOut, archiveIndexInShell, mainIndexInShell, site: whole } = planOffline(input);
    for (const path of ['index.html', '404.html', 'begrepp/index.html', 'sok/index.html', 'utan-nat/index.html', '_astro/site.abc.css', 'kom-igang/a/index.html',
      'samordning/c/index.html', 'pagefind/index/sv_1.pf_index', 'pagefind/filter/sv_2.pf_filter', 'pagefind/wasm.sv.pagefind', 'pagefind/pagefind-worker.js',
      'pagefind-arkiv/index/sv_4.pf_index', 'pagefind-arkiv/filter/sv_5.pf_filter', 'pagefind-arkiv/pagefind.sv_3.pf_meta', 'pagefind-arkiv/wasm.sv.pagefind',
      'pagefind/fragment/sv_a.pf_fragment', 'offline/sidor.json', 'offline/sidor-arkiv.json', 'data/sokord.json']) expect(shell, path).toContain(path);
    for (const path of ['vagledningar/d1/version-1/index.html', 'vagledningar/index.html', 'pagefind-arkiv/fragment/sv_v.pf_fragment', 'pagefind/pagefind-ui.js',
      'pagefind/wasm.unknown.pagefind', 'pagefind-arkiv/pagefind-ui.js', 'data/jamfor/d1.json', 'offline/dokument/d1.json']) expect(shell, path).not.toContain(path);
    expect([guidesInShell, guidesLeftOut, archiveIndexInShell, mainIndexInShell]).toEqual([3, 0, true, true]);
    // With the main index in the shell the title index is neither precached nor saved: offline search has the full indexes.
    expect(shell.filter((p) => p.startsWith('pagefind-rubriker/'))).toEqual([]);
    expect(whole.files.map(([url]) => url).filter((u) => u.startsWith('/pagefind-rubriker/'))).toEqual([]);
  });

  it('precaches the title index in place of the main index when the shell with the main index would be over the limit, and saves the main index with the site', () => {
    // The main index at 28 MB, as extrapolated for 1000× the content (README, "Offline").
    const big = { path: 'pagefind/index/sv_6.pf_index', bytes: 28_000_000 };
    const plan = planOffline({ ...input, files: [...site, big] });
    expect([plan.mainIndexInShell, plan.archiveIndexInShell]).toEqual([false, false]);
    expect(plan.searchIndexBytes).toBe(47_000 + 43_000 + 170 + 900 + 57_000 + 30_000 + 200 + 28_000_000);
    // The title index whole, its fragments too (they hold each result's title), without Pagefind's UI and the unused wasm.
    expect(plan.titleIndexBytes).toBe(47_000 + 43_000 + 170 + 400 + 57_000 + 9_000 + 800 + 6_000 + 5_000);
    expect(plan.shell.filter((p) => p.startsWith('pagefind-rubriker/'))).toEqual([
      'pagefind-rubriker/filter/sv_9.pf_filter', 'pagefind-rubriker/fragment/sv_10.pf_fragment', 'pagefind-rubriker/fragment/sv_11.pf_fragment',
      'pagefind-rubriker/index/sv_8.pf_index', 'pagefind-rubriker/pagefind-entry.json', 'pagefind-rubriker/pagefind-worker.js', 'pagefind-rubriker/pagefind.js',
      'pagefind-rubriker/pagefind.sv_7.pf_meta', 'pagefind-rubriker/wasm.sv.pagefind',
    ]);
    expect(plan.shell.filter((p) => p.startsWith('pagefind/') || p.startsWith('pagefind-arkiv/'))).toEqual([]);
    // The shell still has its pages, its page list and the guides.
    for (const path of ['sok/index.html', 'offline/sidor.json', 'kom-igang/a/index.html', 'samordning/c/index.html']) expect(plan.shell, path).toContain(path);
    expect(plan.shellBytes).toBeLessThan(1_000_000);
    // Both full indexes are saved with the site, the archive's page list last: on a device it means the site, and so both indexes, are saved.
    const saved = plan.site.files.map(([url]) => url);
    for (const url of ['/pagefind/index/sv_6.pf_index', '/pagefind/index/sv_1.pf_index', '/pagefind/pagefind.js', '/pagefind/wasm.sv.pagefind', '/pagefind-arkiv/index/sv_4.pf_index'])
      expect(saved, url).toContain(url);
    expect(plan.site.files.at(-1)).toEqual(['/offline/sidor-arkiv.json', 1_000]);
    expect(saved.filter((u) => u.startsWith('/pagefind-rubriker/'))).toEqual([]);
    expect(precacheWarning(plan, plan.shellBytes)).toBe(
      'The main search index (28.2 MB) is not precached: it would take a first visit past 25.0 MB. The offline title index (0.2 MB) is precached instead, ' +
        'and the main index is saved with the whole site, so offline, until the site is saved, search finds pages by their titles, headings and search keywords (README, "Offline").',
    );
  });

  it('keeps the main index in the shell while the shell stays within the limit with it, to the byte', () => {
    // The shell's pages and files: 98 000 bytes; with the main index 276 270, with the archive's too 445 440.
    const fits = planOffline({ ...input, limit: 276_270 });
    expect([fits.mainIndexInShell, fits.archiveIndexInShell]).toEqual([true, false]);
    const over = planOffline({ ...input, limit: 276_269 });
    expect([over.mainIndexInShell, over.archiveIndexInShell]).toEqual([false, false]);
    // The title index (168 370 bytes) and the guides without their fragments (150 000).
    expect(over.shellBytes).toBe(98_000 + 168_370 + 150_000);
    expect(precacheWarning(over, over.shellBytes, 276_269)).toMatch(
      /^A first visit downloads 0\.4 MB, over the limit of 0\.3 MB; the offline title index is 0\.2 MB of it\.[^\n]*\nThe main search index \(0\.2 MB\) is not precached: it would take a first visit past 0\.3 MB\./,
    );
  });

  it('adds guides in reading order only while the shell stays within the guide budget', () => {
    const { shell, shellBytes, guidesInShell, guidesLeftOut } = planOffline({ ...input, guideBudget: 510_000 });
    expect([guidesInShell, guidesLeftOut]).toEqual([1, 2]);
    expect(shell).toContain('kom-igang/a/index.html');
    expect(shell).not.toContain('kom-igang/b/index.html');
    expect(shellBytes).toBeLessThanOrEqual(510_000);
  });

  it("lists a document's pages, the compare page, its line's compare data and the pages' fragments with their sizes", () => {
    const { documents } = planOffline(input);
    const d1 = documents.get('d1')!;
    expect(d1.files).toEqual([
      ['/vagledningar/d1/', 15_000], ['/vagledningar/d1/lydelse/p/', 7_000], ['/vagledningar/d1/version-1/', 40_000], ['/vagledningar/jamfor/', 12_000],
      ['/pagefind-arkiv/fragment/sv_v.pf_fragment', 3_000], ['/data/jamfor/d1.json', 60_000],
    ]);
    expect([d1.pages, d1.bytes]).toEqual([4, 137_000]);
    // d2 is in d1's line and shares its file; d3, in a line of its own, has only its own: no document's set holds another line's data.
    const compareData = (id: string) => documents.get(id)!.files.map(([url]) => url).filter((u) => u.startsWith('/data/'));
    expect([compareData('d1'), compareData('d2'), compareData('d3')]).toEqual([['/data/jamfor/d1.json'], ['/data/jamfor/d1.json'], ['/data/jamfor/d3.json']]);
  });

  it('lists for the whole site everything the shell does not hold that a reader fetches', () => {
    const { site: whole, shell } = planOffline(input);
    const urls = whole.files.map(([url]) => url);
    expect(urls).toContain('/vagledningar/d2/version-1/');
    expect(urls).toContain('/pagefind-arkiv/fragment/sv_v.pf_fragment');
    for (const path of shell) expect(urls).not.toContain(fileUrl(path));
    expect(urls.filter((u) => u.startsWith('/offline/') || u === '/pagefind/pagefind-ui.js')).toEqual([]);
    expect(whole.bytes).toBe(whole.files.reduce((sum, [, b]) => sum + b, 0));
  });

  it("names the pages outside the archive and the main index's results in the shell's list, the archive's pages and results in the archive's", () => {
    const { main, archive } = offlinePages(site, fragments);
    // A page with a search result is named there only.
    expect(main.pages).toEqual([
      '/', '/begrepp/', '/om/', '/samordning/c/', '/sok/', '/utan-nat/', '/vagledningar/', '/vagledningar/d1/', '/vagledningar/d2/', '/vagledningar/jamfor/',
    ]);
    expect(main.results).toEqual({ sv_a: ['/kom-igang/a/', 'A'], sv_b: ['/kom-igang/b/', 'B'] });
    expect(archive.pages).toEqual(['/vagledningar/d1/lydelse/p/', '/vagledningar/d2/version-1/']);
    expect(archive.results).toEqual({ sv_v: ['/vagledningar/d1/version-1/', 'Version 1'] });
  });

  it('warns, naming the main search index, when a first visit would download more than 25 MB', () => {
    const plan = planOffline(input);
    expect(plan.searchIndexBytes).toBe(47_000 + 43_000 + 170 + 900 + 57_000 + 30_000 + 200);
    // With the archive's page list, which goes wherever the index goes.
    expect(plan.archiveIndexBytes).toBe(47_000 + 43_000 + 170 + 700 + 57_000 + 20_000 + 300 + 1_000);
    expect(precacheWarning(plan, 25_000_000)).toBeUndefined();
    expect(precacheWarning({ ...plan, searchIndexBytes: 50_100_000 }, 52_300_000)).toMatch(/^A first visit downloads 52\.3 MB, over the limit of 25\.0 MB; the main search index is 50\.1 MB of it\./);
  });

  it("takes a build's frame, kept for pages read or saved under it, from the shell's /_astro/ files", () => {
    expect(frameUrls([...planOffline(input).shell, '_astro/site.abc.css.map'])).toEqual(['/_astro/page.def.js', '/_astro/site.abc.css']);
  });

  it('puts pages and other files where the worker looks for them', () => {
    expect(cacheNameFor('/vagledningar/d1/')).toBe('sidor');
    expect(cacheNameFor('/data/jamfor/d1.json')).toBe('filer');
  });
});
