/**
 * Size limits on content and on the built site, so that an oversized input
 * stops the check with a message instead of building a page too large to
 * read or to keep offline. Measured on 2026-12-01 (README, "Size limits"):
 * the longest real text in a record is 906 characters (a passage 591), the
 * longest guide body 20 000 characters, the largest content file at 100×
 * the content (the bench's 300 000-character document) 432 kB; the largest
 * built page 264 kB (the timeline) for the real content and 1.05 MB at 100×,
 * the largest built file at 100× the Atom feed, 19.5 MB.
 */

/** One text value in a YAML record: a passage's wording, a description. Over 10× the longest real one. */
export const MAX_TEXT_CHARS = 10_000;

/** A guide's body (MDX after the front matter): 5× the longest guide. */
export const MAX_GUIDE_BODY_CHARS = 100_000;

/** Any content file (YAML, MDX, CSV), checked before it is read: over 2× a version of the bench's largest document. */
export const MAX_CONTENT_FILE_BYTES = 1_000_000;

/** A built page (HTML): twice the largest page at 100× the content; the build fails on a larger one. */
export const MAX_PAGE_BYTES = 2_000_000;

/**
 * Any built file: the service worker precaches files up to this size, and the
 * build fails on a larger one rather than leave it out. Files that list all
 * the content (the feed, /data/*.json) grow with it: 19.5 MB at 100×.
 */
export const MAX_PRECACHED_FILE_BYTES = 25_000_000;

/** "1,2 MB" or "930 kB", for messages. */
export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
}
