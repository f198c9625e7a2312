import { describe, expect, it } from 'vitest';
import { guideOfBody } from '../../tests/support/builders.ts';
import { guideFacts } from './guide-facts.ts';

describe('guideFacts', () => {
  it('gives the words of prose and the sources of each Cite, then each Quote, once per use', () => {
    const guide = guideOfBody('Två ord <Quote source="b" section="s">citerat</Quote> <Cite source="a" section="s" /> <Cite source="a" section="t" />\n\n{/* <Cite source="c" section="s" /> */}');
    expect(guideFacts(guide)).toEqual({ words: 3, citedSources: ['a', 'a', 'b'] });
  });

  it('is worked out once per guide: the same facts however often asked', () => {
    const guide = guideOfBody('Ett ord.');
    expect(guideFacts(guide)).toBe(guideFacts(guide));
  });
});
