/**
 * How to cite: the book's sources as CSL JSON and BibLaTeX, which Zotero, Pandoc and LaTeX read,
 * and each briefing, and the book itself, as a reference. Only what the source records hold goes
 * in: an unsigned piece gets no author and an unknown outlet no journal; what is uncertain (an
 * inferred title, a date known only roughly) is said in a note.
 * BibLaTeX is written by citation-js, which escapes what TeX would misread.
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import type { SourceData } from "../schemas/source.ts";
import { formatDate } from "./dates.ts";

/** One reference as CSL JSON (the fields the book fills). */
export interface CslItem {
  id: string;
  type: "article-newspaper" | "article-magazine" | "chapter" | "book";
  title: string;
  "container-title"?: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  issued: { "date-parts": [number[]] };
  URL?: string;
  language?: string;
  note?: string;
}

/** The parts of an ISO date that are known: [2024], [2024, 8] or [2024, 8, 12]. */
export function dateParts(iso: string): number[] {
  return iso.split("-").map(Number);
}

/** "John Lechner" as CSL's family and given names (split at the last space); one word stays whole. */
export function personName(name: string): { family: string; given: string } | { literal: string } {
  const space = name.trim().lastIndexOf(" ");
  if (space === -1) return { literal: name.trim() };
  return { given: name.slice(0, space).trim(), family: name.slice(space + 1).trim() };
}

/** What a reference manager cannot hold in its fields but a reader citing the source must know. */
function caveats(s: SourceData): string[] {
  const notes: string[] = [];
  if (s.outletBasis === "unknown") notes.push("Outlet unknown.");
  if (s.outletBasis === "inferred") notes.push("Outlet inferred, not stated.");
  if (s.titleBasis === "inferred") notes.push("Title inferred, not printed in the document.");
  if (s.titleBasis === "found") notes.push("Title not printed in the document; found on a stored copy.");
  if (s.dateQualifier) notes.push(`Date: ${formatDate(s.date, s.dateQualifier)}.`);
  return notes;
}

/** A source of the book as a CSL item; its id is the book's citation key. */
export function sourceToCsl(id: string, s: SourceData): CslItem {
  const item: CslItem = {
    id,
    type: s.kind === "news" ? "article-newspaper" : "article-magazine",
    title: s.title,
    issued: { "date-parts": [dateParts(s.date)] },
    language: s.language,
  };
  if (s.outletBasis !== "unknown") item["container-title"] = s.outlet;
  if (s.author) item.author = [personName(s.author)];
  if (s.url) item.URL = s.url;
  const notes = caveats(s);
  if (notes.length > 0) item.note = notes.join(" ");
  return item;
}

/** What a page of the book needs to be cited. */
export interface BookReference {
  /** Citation key, e.g. "mbb-actor-wagner". */
  key: string;
  /** The book's author line, e.g. "The Mali Briefing Book maintainers". */
  author: string;
  /** The book's full title, with its subtitle. */
  bookTitle: string;
  /** The page's title; omitted when citing the whole book. */
  pageTitle?: string;
  /** The page's published address; none in a PDF of a book not yet published (src/lib/site.ts). */
  url?: string;
  /** ISO day of this edition (the day it was built). */
  edition: string;
  /** ISO date the page's text is current to. */
  asOf: string;
}

/** A briefing as a chapter of the book, or the book itself, as a CSL item. */
export function bookToCsl(r: BookReference): CslItem {
  const common = {
    id: r.key,
    author: [{ literal: r.author }],
    issued: { "date-parts": [dateParts(r.edition)] as [number[]] },
    ...(r.url && { URL: r.url }),
    language: "en",
    note: `Current to ${formatDate(r.asOf)}.`,
  };
  return r.pageTitle
    ? { ...common, type: "chapter", title: r.pageTitle, "container-title": r.bookTitle }
    : { ...common, type: "book", title: r.bookTitle };
}

Object.assign(plugins.config.get("@bibtex").format, {
  // The book's citation keys ("fp-2024") are the entries' keys: no made-up "Lechner2024Why".
  useIdAsLabel: true,
  // Hyphens are valid in BibLaTeX keys; citation-js would otherwise strip them.
  checkLabel: false,
});

/** CSL items as BibLaTeX entries, one blank line apart. */
export function toBiblatex(items: CslItem[]): string {
  return `${new Cite(items).format("biblatex").trim()}\n`.replace(/\n@/g, "\n\n@");
}

/** CSL items as a CSL JSON file. */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
