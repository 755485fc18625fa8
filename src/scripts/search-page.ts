/**
 * The search page keeps the query and the chosen filters in its address, so a search can be
 * shared and bookmarked: /search/?q=kidal&Type=Event. Opening such an address runs the search.
 */
import type { FilterSelection, PagefindInstance } from "./pagefind-types.ts";
import { queryParam } from "./search-config.ts";
import { mount } from "./search-ui.ts";

function fromAddress(): { term: string; filters: FilterSelection } {
  const params = new URLSearchParams(location.search);
  const filters: FilterSelection = {};
  for (const [key, value] of params) if (key !== queryParam) (filters[key] ??= []).push(value);
  return { term: params.get(queryParam) ?? "", filters };
}

function toAddress(term: string, filters: FilterSelection): string {
  const params = new URLSearchParams();
  if (term) params.set(queryParam, term);
  for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

async function start(template: HTMLTemplateElement): Promise<PagefindInstance> {
  const search = await mount(template);
  search.on("search", (term, filters) => history.replaceState(null, "", toAddress(term, filters)));
  const input = document.querySelector<HTMLInputElement>("[data-search-page] pagefind-input input");
  const address = fromAddress();
  // What the reader typed while the index loaded wins over the address.
  const term = input?.value || address.term;
  if (term || Object.keys(address.filters).length) search.triggerSearchWithFilters(term, address.filters);
  if (input) {
    input.value = term;
    input.focus();
  }
  return search;
}

const template = document.querySelector<HTMLTemplateElement>("[data-search-page] template");
if (template) {
  // On a narrow screen the filters come before the results: fold them so the results show.
  if (matchMedia("(max-width: 40rem)").matches) {
    template.content.querySelector("pagefind-filter-pane")?.removeAttribute("expanded");
  }
  start(template).catch((error: unknown) => {
    console.error(error);
    document.querySelector("[data-search-failed]")?.removeAttribute("hidden");
  });
}
