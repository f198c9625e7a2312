/**
 * Pages that list all of something (sources' citing pages, documents, a
 * group's guides) are cut into numbered pages of a fixed size, so a page's
 * HTML stays the same size when the content grows a hundredfold.
 */
export const LIST_PAGE_SIZE = 50;
/** Documents carry a description each, so fewer fit the same page weight. */
export const DOCUMENTS_PAGE_SIZE = 20;
/** How many entries an overview shows before linking to the full list. */
export const LIST_PREVIEW = 10;

/** "Sida 2 av 5": the page's place, for its title and navigation. */
export const pageLabel = (current: number, last: number) => `sida ${current} av ${last}`;
