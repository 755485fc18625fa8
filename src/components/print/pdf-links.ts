/**
 * Where the build publishes the PDFs, and whether it does. `BOOK_SKIP_PDF=1` builds the site
 * without them (scripts/build.ts then prints none); the pages must then not link to any.
 */
export function pdfPublished(): boolean {
  return process.env["BOOK_SKIP_PDF"] !== "1";
}

export const bookPdfHref = "/briefing-book.pdf";

/** The PDF of one briefing: /pdf/actors/<id>.pdf, /pdf/phases/<id>.pdf. */
export function briefingPdfHref(collection: "actors" | "phases", id: string): string {
  return `/pdf/${collection}/${id}.pdf`;
}
