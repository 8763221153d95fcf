// The one place the first-load budget is written. Gzipped bytes of the JS and CSS that the first
// page load fetches (the entry chunk, its static imports and their CSS), in kilobytes (1 kB = 1000 B).
export const FIRST_LOAD_BUDGET_KB = 90;
