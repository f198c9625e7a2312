import { describe, expect, it } from 'vitest';
import { oncePer } from './once-per.ts';

describe('oncePer', () => {
  it('derives once per key object and gives the same value again', () => {
    let calls = 0;
    const lengthOf = oncePer((list: string[]) => (calls++, { length: list.length }));
    const a = ['x', 'y'];
    expect(lengthOf(a)).toBe(lengthOf(a));
    expect(lengthOf(a).length).toBe(2);
    expect(calls).toBe(1);
    expect(lengthOf(['x']).length).toBe(1);
    expect(calls).toBe(2);
  });
});
