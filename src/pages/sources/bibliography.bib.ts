import type { APIRoute } from "astro";
import { loadBook } from "../../data/book.ts";
import { sourceToCsl, toBiblatex } from "../../lib/cite.ts";

/** The book's sources as BibLaTeX entries keyed by their citation keys, for LaTeX and Zotero. */
export const GET: APIRoute = async () => {
  const { sources } = await loadBook();
  const bib = toBiblatex(sources.map((s) => sourceToCsl(s.id, s.data)));
  return new Response(bib, { headers: { "Content-Type": "application/x-bibtex; charset=utf-8" } });
};
