import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadPdf, readPdf, type PdfFacts } from "../../scripts/lib/pdf-read.ts";
import { bookParts } from "../../src/components/print/book-parts.ts";
import { sourcesCurrentTo } from "../../src/lib/book-data.ts";
import { loadCheckedBook } from "../../src/lib/load-book.ts";
import { publishedSite } from "../../src/lib/site.ts";
import type { ActorData } from "../../src/schemas/actor.ts";
import type { ClaimData } from "../../src/schemas/claim.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PhaseData } from "../../src/schemas/phase.ts";
import type { PlaceData } from "../../src/schemas/place.ts";
import type { SourceData } from "../../src/schemas/source.ts";

const root = path.resolve(import.meta.dirname, "../..");
/** The built site whose PDFs are checked: dist/, or BOOK_OUT_DIR as the build used it. */
export const site = path.resolve(root, process.env["BOOK_OUT_DIR"] ?? "dist");
export const bookFile = path.join(site, "briefing-book.pdf");
export const briefingFile = (collection: string, id: string) => path.join(site, "pdf", collection, `${id}.pdf`);

/** The paper the build printed on: A4 unless BOOK_PAPER=letter. */
export const paper = process.env["BOOK_PAPER"]?.toLowerCase() === "letter" ? "Letter" : "A4";
/** Where the PDFs' links to the site point (astro.config's site). */
export const siteUrl = process.env["BOOK_SITE"] ?? "http://127.0.0.1:4321";
/**
 * Whether the build had a published address (BOOK_SITE): without one the PDFs give no address,
 * and their links to the site are text (src/lib/site.ts).
 */
export const published = publishedSite() !== undefined;

export function requireBuilt(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run "npm run build" first`);
  return file;
}

export async function facts(file: string): Promise<PdfFacts> {
  return readPdf(readFileSync(requireBuilt(file)));
}

export async function pageCount(file: string): Promise<number> {
  return (await loadPdf(readFileSync(requireBuilt(file)))).getPageCount();
}

/** The book's content, read and checked as the build reads it. */
export function content() {
  const { book } = loadCheckedBook(root);
  const entries = <T>(name: keyof typeof book) =>
    [...book[name].values()].map((e) => ({ id: e.id, data: e.data as T, body: e.body }));
  const phases = entries<PhaseData>("phases");
  const actors = entries<ActorData>("actors");
  const sources = entries<SourceData>("sources");
  return {
    phases,
    actors,
    sources,
    events: entries<EventData>("events"),
    places: entries<PlaceData>("places"),
    claims: entries<ClaimData>("claims"),
    parts: bookParts(phases, actors, sourcesCurrentTo(sources)),
  };
}
