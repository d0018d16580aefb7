/**
 * Page of the masthead (effective date, next review date, policy number, title). The release
 * keeps no page for its metadata, and every Cigna rendition prints the masthead on page 1.
 */
export const MASTHEAD_PAGE = 1;
