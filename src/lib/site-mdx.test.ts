import { describe, expect, it } from 'vitest';
import { guideOfBody } from '../../tests/support/builders.ts';
import { unrestoredDirectives } from './site-mdx.ts';

const found = (...lines: string[]) => unrestoredDirectives(guideOfBody(lines, { bodyLine: 6 })).map((d) => [d.line, d.written, d.block]);

describe('unrestoredDirectives', () => {
  it('lets a colon before a word stand where the site shows it as written: document numbers, ordinals, times', () => {
    expect(found('Vägledning 2015:1 ersatte 2004:2, och mötet hölls före 180:e dagen, kl. 10:30.')).toEqual([]);
  });

  it('finds a directive with brackets, whose component or link the page would not show, with its line in the file', () => {
    expect(found('Första stycket.', '', 'Se:mer[<Cite source="a" section="b" />] och 2015:1[länk](/x/).')).toEqual([
      [8, ':mer[<Cite source="a" section="b" />]', false],
      [8, ':1[länk]', false],
    ]);
    expect(found('Text:mer{title="x"} här.')).toEqual([[6, ':mer{title="x"}', false]]);
  });

  it('finds a directive block, once, with the line it starts on', () => {
    expect(found(':::note', 'Text:mer[x] inuti.', ':::', '', '::leaf')).toEqual([
      [6, ':::note', true],
      [10, '::leaf', true],
    ]);
  });

  it('leaves an escaped colon alone', () => {
    expect(found('Se\\:mer[x] och 2015\\:1[a].')).toEqual([]);
  });
});
