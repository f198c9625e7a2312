import { describe, expect, it } from 'vitest';
import { formatNumber, groupThousands } from './numbers.ts';

describe('Swedish numbers', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(41926)).toBe('41\u00a0926');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(-31.94, 1)).toBe('−31,9');
  });

  it('groups the large numbers in a sentence and leaves identifiers, years and decimals alone', () => {
    expect(groupThousands('16151 (en minskning med 31,9 procent från 23712 första halvåret 2019)')).toBe(
      '16\u00a0151 (en minskning med 31,9 procent från 23\u00a0712 första halvåret 2019)',
    );
    expect(groupThousands('63862')).toBe('63\u00a0862');
    for (const kept of ['2004:2', '2026-12-01', 'dnr 004146–2019', 'Dnr 2019/00123', 'avsnitt 3.2.1', 'id abc12345', '1234,56789']) expect(groupThousands(kept)).toBe(kept);
  });
});
