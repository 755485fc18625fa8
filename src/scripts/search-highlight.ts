/**
 * On a page opened from a search result (?highlight=<term>), marks the searched terms in the
 * briefing and brings the first one into view. Pagefind's highlight script is loaded only then.
 */
import type { PagefindHighlightOptions } from "./pagefind-types.ts";
import { bundlePath, highlightParam } from "./search-config.ts";

type Highlighter = new (options: PagefindHighlightOptions) => unknown;

async function highlight(): Promise<void> {
  const url = `${bundlePath}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: Highlighter };
  new PagefindHighlight({
    highlightParam,
    markOptions: { className: "search-term", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
    addStyles: false,
  });
  if (!location.hash) document.querySelector(".search-term")?.scrollIntoView({ block: "center" });
}

if (new URLSearchParams(location.search).has(highlightParam)) void highlight();
