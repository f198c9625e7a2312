/** Reading time of a guide, from the words of its text in the MDX tree (imports, tags, comments and code left out). */
import { parseMdx, walk } from './mdx.ts';

export function readingMinutes(mdx: string, wordsPerMinute = 180): number {
  let words = 0;
  walk(parseMdx(mdx), (node) => {
    if (node.type === 'text') words += (node.value ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  });
  return Math.max(1, Math.round(words / wordsPerMinute));
}
