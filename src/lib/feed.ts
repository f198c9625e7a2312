/**
 * What the Atom feed of changes (/vagledningar/andringar.xml) holds: the
 * newest changes only. A feed reader shows what is new, and every change is
 * on the site; a feed of every change with its redline grew with the content,
 * to 19.5 MB at 100× and 112 MB at 1000× (bench/results/memory-profile.md).
 */
export const FEED_ENTRIES = 50;

/** The newest `count` entries, newest first; entries of one day keep their order. */
export function newestEntries<T extends { day: string }>(entries: T[], count = FEED_ENTRIES): T[] {
  return [...entries].sort((x, y) => y.day.localeCompare(x.day)).slice(0, count);
}
