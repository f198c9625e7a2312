import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptPieces } from './search-excerpt.ts';

describe('excerptPieces', () => {
  it('keeps the spaces around a hit', () => {
    expect(excerptPieces('ett <mark>avstämningsmöte</mark> som hålls')).toEqual([
      { text: 'ett ', hit: false },
      { text: 'avstämningsmöte', hit: true },
      { text: ' som hålls', hit: false },
    ]);
    const joined = excerptPieces('Bortre <mark>tidsgräns</mark> och <mark>Motiverande</mark> samtal').map((p) => p.text).join('');
    expect(joined).toBe('Bortre tidsgräns och Motiverande samtal');
  });

  it('decodes the escaped text and never treats it as markup', () => {
    expect(excerptPieces('a &lt;b&gt; &amp; <mark>&quot;c&quot;</mark> &#39;d&#x27; &foo; & e')).toEqual([
      { text: 'a <b> & ', hit: false },
      { text: '"c"', hit: true },
      { text: " 'd' &foo; & e", hit: false },
    ]);
  });

  it('handles adjacent, leading, trailing and unclosed marks', () => {
    expect(excerptPieces('<mark>a</mark><mark>b</mark> c <mark>d')).toEqual([
      { text: 'ab', hit: true },
      { text: ' c ', hit: false },
      { text: 'd', hit: true },
    ]);
    expect(excerptPieces('')).toEqual([]);
  });

  it('decodes numeric references', () => {
    expect(decodeEntities('&#8221;x&#x201D;')).toBe('”x”');
  });
});
