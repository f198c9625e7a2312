/** Types for the Swedish patterns of the `hyphen` package, which ships none (used by src/lib/hyphenate.ts). */
declare module 'hyphen/sv' {
  const swedish: { hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string };
  export default swedish;
}
