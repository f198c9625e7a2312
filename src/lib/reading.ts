/** Reading time of a guide, from its MDX body (imports and tags left out). */
export function readingMinutes(mdx: string, wordsPerMinute = 180): number {
  const text = mdx
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
