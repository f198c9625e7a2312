import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx.ts';
import { readingMinutes, wordsIn } from './reading.ts';

const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');

describe('wordsIn', () => {
  it('counts words of prose, not imports or component tags', () => {
    const mdx = `import Cite from '@components/Cite.astro';\n\n${words(360)} <Cite source="a-b-c-d-e" section="x y z" />`;
    expect(wordsIn(parseMdx(mdx))).toBe(360);
  });

  it('counts the text inside components and links, but not comments or code', () => {
    const mdx = `${words(180)} <Term id="x">${words(90)}</Term> [${words(90)}](/om/)\n\n{/* ${words(900)} */}\n\n\`\`\`\n${words(900)}\n\`\`\``;
    expect(wordsIn(parseMdx(mdx))).toBe(360);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 180 words a minute', () => {
    expect(readingMinutes(360)).toBe(2);
    expect(readingMinutes(449)).toBe(2);
    expect(readingMinutes(451)).toBe(3);
  });

  it('is at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
  });
});
