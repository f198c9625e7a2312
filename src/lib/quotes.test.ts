import { describe, expect, it } from 'vitest';
import { findQuote, normaliseForQuote, prepareSource } from './quotes.ts';

const source = prepareSource(
  [
    'Försäkringskassan har ett ”*initiativ- och samordningsansvar*” enligt vägledningen.',
    'Handläggaren bedömer behov av arbets-',
    'livsinriktad rehabilitering och   kontaktar Arbets-förmedlingen.',
  ].join('\n'),
);

describe('quote verification', () => {
  it('accepts a quote that differs only in typographic quotes and emphasis markers', () => {
    expect(findQuote('har ett "initiativ- och samordningsansvar" enligt', source)).toBeUndefined();
  });

  it('accepts a quote across PDF hyphenation at a line break and extra spaces', () => {
    expect(findQuote('behov av arbetslivsinriktad rehabilitering och kontaktar Arbetsförmedlingen', source)).toBeUndefined();
  });

  it('rejects a changed word and points to the nearest passage with its line', () => {
    const miss = findQuote('Handläggaren bedömer behov av social rehabilitering', source);
    expect(miss).toBeDefined();
    expect(miss!.line).toBe(2);
    expect(miss!.nearest).toContain('Handläggaren bedömer');
  });

  it('does not normalise case or punctuation', () => {
    expect(findQuote('försäkringskassan har ett', source)).toBeDefined();
    expect(findQuote('enligt vägledningen!', source)).toBeDefined();
  });

  it('normalises whitespace, quotes and emphasis the same way on both sides', () => {
    expect(normaliseForQuote('”*a*”\n  b')).toBe('"a" b');
  });
});
