/**
 * How the book's search is set up in the browser: where Pagefind's files are, the query parameter
 * that carries the searched terms to a result's page, and the ranking.
 */
import type { PagefindOptions } from "./pagefind-types.ts";

export const bundlePath = "/pagefind/";

/** Result links carry ?highlight=<term>; the page they open marks those terms. */
export const highlightParam = "highlight";

/** Query parameter of the search page: /search/?q=kidal. */
export const queryParam = "q";

export const searchOptions: PagefindOptions = {
  bundlePath,
  highlightParam,
  excerptLength: 24,
  // The index is small: searching on the page's own thread is quicker than handing each search
  // to a worker, and saves loading the worker's script.
  noWorker: true,
  ranking: {
    // The page about a thing comes before the pages that mention it: a match in the name the book
    // uses for a thing (short: an actor, a place) weighs most, then in its other names and
    // spellings (names), then in the names of the entries a reference page holds (entries:
    // glossary terms), then in a page title. The title weighed is plainTitle, the title with plain
    // quotes (SearchNames.astro): Pagefind's own title, the heading with its curly apostrophes, is
    // shown with each result, not ranked on, as are the type and dates of a page.
    // Checked against every name in the content by tests/e2e/search.spec.ts.
    metaWeights: { title: 0, plainTitle: 5, short: 40, names: 20, entries: 15, type: 0, dates: 0 },
  },
};
