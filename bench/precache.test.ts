import { describe, expect, it } from 'vitest';
import { precachedUrls } from './precache.ts';

describe('precachedUrls', () => {
  it('finds the { url, revision } manifest in minified worker code, and nothing else', () => {
    const worker = 'const o=["a","b"];self.x=[{a:1}];e.Y([{url:"index.html",revision:"abc"},{"url":"_astro/a.css","revision":null}],{ignoreURLParametersMatching:[/.*/]});';
    expect(precachedUrls(worker)).toEqual(['index.html', '_astro/a.css']);
  });

  it('says so when there is no manifest, instead of counting nothing', () => {
    expect(() => precachedUrls('self.addEventListener("fetch",()=>{})')).toThrow(/found 0/);
  });
});
