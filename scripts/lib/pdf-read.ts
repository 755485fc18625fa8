/**
 * Reads what the book's checks need from a PDF, with pdf-lib: named destinations and the pages
 * they land on, the outline, links, document information, language and tagging. Text is not
 * read here (pdf-lib cannot); the tests use poppler's pdftotext for that.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  ParseSpeeds,
  type PDFObject,
  type PDFPage,
} from "pdf-lib";

export interface OutlineItem {
  title: string;
  /** 1-based page the entry opens, when it resolves. */
  page: number | undefined;
  children: OutlineItem[];
}

export interface PdfLink {
  /** 1-based page the link is on. */
  page: number;
  /** A named destination inside the document, or undefined for an outside address. */
  dest?: string;
  /** Page an inside link lands on, when the destination resolves. */
  destPage?: number;
  uri?: string;
  /** Its box on the page, in points from the page's top left corner (as pdftotext -bbox gives words). */
  box?: { xMin: number; yMin: number; xMax: number; yMax: number };
}

export interface PdfFacts {
  pages: number;
  title?: string;
  author?: string;
  subject?: string;
  lang?: string;
  tagged: boolean;
  /** Named destination (an element id) → 1-based page. */
  destinations: Map<string, number>;
  outline: OutlineItem[];
  links: PdfLink[];
}

const name = (key: string) => PDFName.of(key);

/** Text of a PDF string object, whichever of the two string syntaxes it uses. */
export function pdfText(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFName) return value.decodeText();
  return undefined;
}

/** The page index (0-based) of each page object, to turn destinations into page numbers. */
function pageIndex(doc: PDFDocument): Map<string, number> {
  return new Map(doc.getPages().map((p: PDFPage, i) => [p.ref.toString(), i]));
}

/** The page a destination array ([pageRef /XYZ x y z]) points at, 1-based. */
function destArrayPage(doc: PDFDocument, pages: Map<string, number>, dest: PDFObject | undefined) {
  const array = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
  if (!(array instanceof PDFArray)) return undefined;
  const target = array.get(0);
  const index = target instanceof PDFRef ? pages.get(target.toString()) : undefined;
  return index === undefined ? undefined : index + 1;
}

/** The catalog's /Dests dictionary (Chromium writes one entry per linked-to element id). */
export function destinationsDict(doc: PDFDocument): PDFDict | undefined {
  return doc.catalog.lookupMaybe(name("Dests"), PDFDict);
}

/**
 * Each named destination: its page (1-based) and, where it gives one, how far down from the top
 * of the page's text it lands, in points. Chromium writes a destination as /XYZ at the element's
 * top, in the page's coordinates less its top margin: the page's height minus that is the depth.
 */
function destinationEntries(doc: PDFDocument): { key: string; page: number; down?: number }[] {
  const pages = pageIndex(doc);
  const dests = destinationsDict(doc);
  if (!dests) return [];
  return dests.entries().flatMap(([key, value]) => {
    const page = destArrayPage(doc, pages, value);
    if (page === undefined) return [];
    const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const top = array instanceof PDFArray ? array.lookupMaybe(3, PDFNumber)?.asNumber() : undefined;
    const down = top === undefined ? undefined : doc.getPage(page - 1).getMediaBox().height - top;
    return [{ key: key.decodeText(), page, ...(down === undefined ? {} : { down }) }];
  });
}

export function readDestinations(doc: PDFDocument): Map<string, number> {
  return new Map(destinationEntries(doc).map((d) => [d.key, d.page]));
}

/** Where each named destination that gives its height lands: its page and its depth (see above). */
export function readDestinationPoints(doc: PDFDocument): Map<string, { page: number; down: number }> {
  return new Map(
    destinationEntries(doc).flatMap((d) => (d.down === undefined ? [] : [[d.key, { page: d.page, down: d.down }]])),
  );
}

function resolveDest(doc: PDFDocument, pages: Map<string, number>, dests: Map<string, number>, dest?: PDFObject) {
  const named = pdfText(dest);
  if (named !== undefined) return { dest: named, destPage: dests.get(named) };
  return { dest: undefined, destPage: destArrayPage(doc, pages, dest) };
}

export function readOutline(doc: PDFDocument): OutlineItem[] {
  const pages = pageIndex(doc);
  const dests = readDestinations(doc);
  const walk = (first: PDFDict | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (let item = first; item; item = item.lookupMaybe(name("Next"), PDFDict)) {
      const { destPage } = resolveDest(doc, pages, dests, item.get(name("Dest")));
      items.push({
        title: pdfText(item.lookup(name("Title"))) ?? "",
        page: destPage,
        children: walk(item.lookupMaybe(name("First"), PDFDict)),
      });
    }
    return items;
  };
  const root = doc.catalog.lookupMaybe(name("Outlines"), PDFDict);
  return walk(root?.lookupMaybe(name("First"), PDFDict));
}

export function readLinks(doc: PDFDocument): PdfLink[] {
  const pages = pageIndex(doc);
  const dests = readDestinations(doc);
  return doc.getPages().flatMap((page, i) => {
    const annots = page.node.lookupMaybe(name("Annots"), PDFArray);
    if (!annots) return [];
    return annots.asArray().flatMap((ref): PdfLink[] => {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict) || pdfText(annot.get(name("Subtype"))) !== "Link") return [];
      const action = annot.lookupMaybe(name("A"), PDFDict);
      const rect = annot.lookupMaybe(name("Rect"), PDFArray)?.asArray();
      const [x1, y1, x2, y2] = (rect ?? []).map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
      const height = page.getHeight();
      const box =
        x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined
          ? undefined
          : {
              xMin: Math.min(x1, x2),
              xMax: Math.max(x1, x2),
              yMin: height - Math.max(y1, y2),
              yMax: height - Math.min(y1, y2),
            };
      const at = { page: i + 1, ...(box && { box }) };
      const uri = pdfText(action?.lookup(name("URI")));
      if (uri !== undefined) return [{ ...at, uri }];
      const { dest, destPage } = resolveDest(doc, pages, dests, annot.get(name("Dest")) ?? action?.get(name("D")));
      return [{ ...at, ...(dest !== undefined && { dest }), ...(destPage !== undefined && { destPage }) }];
    });
  });
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Everything above, from a PDF's bytes. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await loadPdf(bytes);
  const marked = doc.catalog.lookupMaybe(name("MarkInfo"), PDFDict)?.get(name("Marked"));
  const [title, author, subject] = [doc.getTitle(), doc.getAuthor(), doc.getSubject()];
  const lang = pdfText(doc.catalog.lookup(name("Lang")));
  return {
    pages: doc.getPageCount(),
    ...(title !== undefined && { title }),
    ...(author !== undefined && { author }),
    ...(subject !== undefined && { subject }),
    ...(lang !== undefined && { lang }),
    tagged: marked?.toString() === "true" && doc.catalog.has(name("StructTreeRoot")),
    destinations: readDestinations(doc),
    outline: readOutline(doc),
    links: readLinks(doc),
  };
}
