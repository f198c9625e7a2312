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

/** The text with soft hyphens in its long words. */
export function softHyphenate(text: string): string {
  return swedish.hyphenateSync(text, { minWordLength: LONG_WORD });
}
