import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading.ts';

const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');

describe('readingMinutes', () => {
  it('counts words of prose, not imports or component tags', () => {
    const mdx = `import Cite from '@components/Cite.astro';\n\n${words(360)} <Cite source="a-b-c-d-e" section="x y z" />`;
    expect(readingMinutes(mdx)).toBe(2);
  });

  it('counts the text inside components and links, but not comments or code', () => {
    const mdx = `${words(180)} <Term id="x">${words(90)}</Term> [${words(90)}](/om/)\n\n{/* ${words(900)} */}\n\n\`\`\`\n${words(900)}\n\`\`\``;
    expect(readingMinutes(mdx)).toBe(2);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
