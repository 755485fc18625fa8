import type { APIRoute } from "astro";
import { loadBook } from "../../data/book.ts";
import { sourceToCsl, toCslJson } from "../../lib/cite.ts";

/** The book's sources as CSL JSON, which Zotero, Pandoc and citeproc read. */
export const GET: APIRoute = async () => {
  const { sources } = await loadBook();
  const json = toCslJson(sources.map((s) => sourceToCsl(s.id, s.data)));
  return new Response(json, { headers: { "Content-Type": "application/vnd.citationstyles.csl+json" } });
};
