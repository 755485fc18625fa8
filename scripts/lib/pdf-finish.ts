/**
 * Finishes a PDF that Chromium printed: document information (title, author, subject) and, for
 * the whole book, an outline made from the book's own structure rather than from every heading.
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from "pdf-lib";
import { destinationsDict, loadPdf, pdfText } from "./pdf-read.ts";

export interface OutlineEntry {
  title: string;
  /** Id of the element the entry opens: a named destination of the PDF. */
  target: string;
  children: OutlineEntry[];
}

export interface FinishOptions {
  title: string;
  author: string;
  subject: string;
  /** Replaces Chromium's outline; every target must be a named destination. */
  outline?: OutlineEntry[];
  /** The page's headings as read: Chromium's own outline drops the space where a title wraps. */
  headings?: string[];
  /** Creation and modification date: the day printed, not the second, so builds repeat. */
  date: Date;
}

const name = (key: string) => PDFName.of(key);

/** Writes `entries` as the document outline; parts start closed, so the panel lists them first. */
function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const dests = new Map<string, PDFObject>();
  for (const [key, value] of destinationsDict(doc)?.entries() ?? []) dests.set(key.decodeText(), value);
  const missing = entries.flatMap((e) => [e, ...e.children]).filter((e) => !dests.has(e.target));
  if (missing.length) {
    throw new Error(`outline targets with no destination in the PDF: ${missing.map((e) => e.target).join(", ")}`);
  }
  const context = doc.context;
  const rootRef = context.nextRef();
  const level = (items: OutlineEntry[], parent: PDFRef) => {
    const refs = items.map(() => context.nextRef());
    items.forEach((item, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(name("Title"), PDFHexString.fromText(item.title));
      dict.set(name("Parent"), parent);
      const dest = dests.get(item.target);
      if (dest) dict.set(name("Dest"), dest);
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(name("Prev"), prev);
      if (next) dict.set(name("Next"), next);
      const ref = refs[i];
      if (!ref) return;
      if (item.children.length) {
        const children = level(item.children, ref);
        dict.set(name("First"), children.first);
        dict.set(name("Last"), children.last);
        dict.set(name("Count"), PDFNumber.of(-item.children.length));
      }
      context.assign(ref, dict);
    });
    const [first, last] = [refs[0], refs[refs.length - 1]];
    if (!first || !last) throw new Error("an outline level must have entries");
    return { first, last };
  };
  const top = level(entries, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(name("Type"), name("Outlines"));
  root.set(name("First"), top.first);
  root.set(name("Last"), top.last);
  root.set(name("Count"), PDFNumber.of(entries.length));
  context.assign(rootRef, root);
  doc.catalog.set(name("Outlines"), rootRef);
  doc.catalog.set(name("PageMode"), name("UseOutlines"));
}

/**
 * Gives Chromium's outline entries their headings' text back. Chromium joins the lines of a
 * heading that wraps without the space between them ("the jihadisttakeover"), and takes a
 * heading as shown: a dispute's was "SOURCES DISAGREEDid Wagner…", its kind in capitals, run into
 * the question, without the colon only screen readers get; and a heading at the top of a page
 * after a page break may come twice over ("…the Africa CorpsAlgeria’s pressure…", Africa Corps'
 * PDF). An entry whose letters are those of a heading, whatever their case, or are them twice
 * over, takes the heading's text.
 */
function repairOutlineTitles(doc: PDFDocument, headings: string[]): void {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const byKey = new Map(headings.map((h) => [key(h), h]));
  const walk = (item: PDFDict | undefined): void => {
    for (; item; item = item.lookupMaybe(name("Next"), PDFDict)) {
      const title = pdfText(item.lookup(name("Title")));
      const letters = title === undefined ? "" : key(title);
      const half = letters.slice(0, letters.length / 2);
      const heading = byKey.get(letters) ?? (half + half === letters ? byKey.get(half) : undefined);
      if (heading !== undefined && heading !== title) item.set(name("Title"), PDFHexString.fromText(heading));
      walk(item.lookupMaybe(name("First"), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(name("Outlines"), PDFDict)?.lookupMaybe(name("First"), PDFDict));
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** Finishes a document already loaded (the book's last printing, read for its page numbers). */
export async function finishDocument(doc: PDFDocument, options: FinishOptions): Promise<FinishedPdf> {
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setAuthor(options.author);
  doc.setSubject(options.subject);
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  if (options.outline) writeOutline(doc, options.outline);
  if (options.headings) repairOutlineTitles(doc, options.headings);
  // No object streams: Chromium writes PDF 1.4, which has none.
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { bytes: saved, pages: doc.getPageCount() };
}

export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  return finishDocument(await loadPdf(bytes), options);
}
