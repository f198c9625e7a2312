/**
 * Where a long Swedish word in a heading may break on a narrow screen. The
 * Chromium we test in has no Swedish dictionary for `hyphens: auto`, so long
 * compounds ("Samordningsuppdragets") either overflow or break anywhere. Soft
 * hyphens (U+00AD) from TeX's Swedish patterns (the `hyphen` package) mark the
 * places; the browser shows a hyphen only where it breaks the line. (The
 * package is CommonJS, so its functions come from the default export.)
 */
import swedish from 'hyphen/sv';

/** Shorter words fit a phone's line even in a page title, and are left alone. */
export const LONG_WORD = 13;

/** Fewest letters a break may leave at either end of a word: "sjukförsäkring-en" reads badly. */
const MIN_PART = 3;
const SHY = '\u00ad';

/** The text with soft hyphens in its long words, none closer than MIN_PART letters to a word's ends. */
export function softHyphenate(text: string): string {
  return swedish
    .hyphenateSync(text, { minWordLength: LONG_WORD })
    .split(' ')
    .map((word) => {
      const parts = word.split(SHY);
      while (parts.length > 1 && parts[0].length < MIN_PART) parts.splice(0, 2, parts[0] + parts[1]);
      while (parts.length > 1 && parts.at(-1)!.length < MIN_PART) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
      return parts.join(SHY);
    })
    .join(' ');
}
