/** Reading time of a guide, from the words of its text in the MDX tree (imports, tags, comments and code left out). */
import { type MdxNode, walk } from './mdx.ts';

/** The words of prose in a guide's tree: text nodes only, so no import, tag, comment or code counts. */
export function wordsIn(tree: MdxNode): number {
  let words = 0;
  walk(tree, (node) => {
    if (node.type === 'text') words += (node.value ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  });
  return words;
}

/** Whole minutes to read that many words, at least one. */
export const readingMinutes = (words: number, wordsPerMinute = 180): number => Math.max(1, Math.round(words / wordsPerMinute));
