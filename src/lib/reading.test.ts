import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading.ts';

describe('readingMinutes', () => {
  it('counts words of prose, not imports or component tags', () => {
    const prose = Array.from({ length: 360 }, () => 'ord').join(' ');
    const mdx = `import Cite from '@components/Cite.astro';\n\n${prose} <Cite source="a-b-c-d-e" section="x y z" />`;
    expect(readingMinutes(mdx)).toBe(2);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
