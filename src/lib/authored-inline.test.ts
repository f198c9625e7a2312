import { describe, expect, it } from 'vitest';
import { authoredInline } from './authored-inline.ts';
import { sha256 } from './csp.ts';
import { COMPONENT } from '../../tests/support/component-source.ts';

describe('inline code the components author', () => {
  it('is read from the component source: is:inline scripts as written, and the properties style attributes and define:vars set', () => {
    const authored = authoredInline([COMPONENT]);
    expect(authored.scripts).toEqual(new Set([sha256('theme()')]));
    expect(authored.styles).toEqual(new Set());
    expect(authored.styleProperties).toEqual(new Set(['--w', '--size']));
  });

  it('stops on a component Astro cannot parse, naming it', () => {
    expect(() => authoredInline([{ file: 'src/components/Broken.astro', text: '<div>{</div>' }])).toThrow('src/components/Broken.astro: Astro cannot parse');
  });
});
