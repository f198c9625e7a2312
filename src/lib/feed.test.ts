import { describe, expect, it } from 'vitest';
import { FEED_ENTRIES, newestEntries } from './feed.ts';

describe('newestEntries', () => {
  it('keeps the newest FEED_ENTRIES changes, newest first, however many there are', () => {
    const entries = Array.from({ length: 3 * FEED_ENTRIES }, (_, i) => ({ day: `20${String(10 + (i % 15)).padStart(2, '0')}-01-${String(1 + (i % 28)).padStart(2, '0')}`, n: i }));
    const kept = newestEntries(entries);
    expect(kept).toHaveLength(FEED_ENTRIES);
    expect(kept.map((e) => e.day)).toEqual(entries.map((e) => e.day).sort().reverse().slice(0, FEED_ENTRIES));
  });

  it('keeps the order of entries of the same day, and all entries when there are fewer', () => {
    const entries = [{ day: '2019-04-01', n: 1 }, { day: '2020-01-01', n: 2 }, { day: '2019-04-01', n: 3 }];
    expect(newestEntries(entries).map((e) => e.n)).toEqual([2, 1, 3]);
  });
});
