/**
 * Prints pages of the built site to PDF with Playwright's Chromium: the whole book in two
 * passes (the second with the contents' page numbers, read from the first), and single briefings.
 */
import type { PDFDocument } from "pdf-lib";
import type { Page } from "playwright-core";
import { runningFooterRule } from "../../src/components/print/running-footer.ts";
import type { OutlineEntry } from "./pdf-finish.ts";
import { loadPdf, readDestinations } from "./pdf-read.ts";

export type Paper = "A4" | "Letter";

/** BOOK_PAPER: "a4" (the default) or "letter". */
export function paperFromEnv(value = process.env["BOOK_PAPER"]): Paper {
  const paper = (value || "a4").toLowerCase();
  if (paper === "a4") return "A4";
  if (paper === "letter") return "Letter";
  throw new Error(`BOOK_PAPER is "${value}"; use "a4" (the default) or "letter".`);
}

/** What a printed page says about itself, for the PDF's document information. */
export interface PageInfo {
  title: string;
  subject: string;
}

export interface PrintedBook extends PageInfo {
  /** The last printing, loaded. */
  doc: PDFDocument;
  /** How many times the book was printed before its contents' page numbers held. */
  passes: number;
  outline: OutlineEntry[];
}

const maxPasses = 4;

async function open(page: Page, url: string): Promise<PageInfo> {
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => ({
    title: document.title,
    subject: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? "",
  }));
}

/** What to print: `tagged` for an accessible PDF, `outline` for Chromium's own (from headings). */
async function print(page: Page, paper: Paper, options: { tagged: boolean; outline: boolean }): Promise<Uint8Array> {
  return page.pdf({ format: paper, ...options });
}

/** The book's outline, from its marked parts and briefings in document order. */
async function readOutlineMarks(page: Page): Promise<OutlineEntry[]> {
  const marks = await page.$$eval("[data-outline]", (els) =>
    els.map((el) => ({
      part: (el as HTMLElement).dataset["outline"] === "part",
      target: el.id,
      title: (el as HTMLElement).dataset["outlineTitle"] ?? el.textContent?.trim() ?? "",
    })),
  );
  const outline: OutlineEntry[] = [];
  for (const { part, target, title } of marks) {
    const entry = { title, target, children: [] };
    const parent = outline[outline.length - 1];
    if (part || !parent) outline.push(entry);
    else parent.children.push(entry);
  }
  return outline;
}

async function writeContentsNumbers(page: Page, numbers: Map<string, number>): Promise<void> {
  await page.$$eval(
    ".toc-page[data-page-of]",
    (els, pages) => {
      for (const el of els) el.textContent = String(pages[(el as HTMLElement).dataset["pageOf"] ?? ""] ?? "");
    },
    Object.fromEntries(numbers),
  );
}

/**
 * Prints the whole book. Chromium has no target-counter(), so the book is printed once, the page
 * each contents entry's destination lands on is read from the PDF, the numbers are written into
 * the contents and the book printed again, until a print confirms the numbers it carries. The
 * first printing only finds the pages, so it is neither tagged nor outlined (tags do not move a
 * line); the script writes the book's outline itself.
 */
export async function printBook(page: Page, url: string, paper: Paper): Promise<PrintedBook> {
  const info = await open(page, url);
  const targets = await page.$$eval(".toc-page[data-page-of]", (els) =>
    els.map((el) => (el as HTMLElement).dataset["pageOf"] ?? ""),
  );
  const outline = await readOutlineMarks(page);
  let numbers = new Map<string, number>();
  for (let pass = 1; pass <= maxPasses; pass++) {
    await writeContentsNumbers(page, numbers);
    const doc = await loadPdf(await print(page, paper, { tagged: pass > 1, outline: false }));
    const destinations = readDestinations(doc);
    const missing = targets.filter((t) => !destinations.has(t));
    if (missing.length) throw new Error(`contents entries with no destination in the PDF: ${missing.join(", ")}`);
    const found = new Map(targets.map((t) => [t, destinations.get(t) ?? 0]));
    if (pass > 1 && targets.every((t) => found.get(t) === numbers.get(t))) {
      return { ...info, doc, passes: pass, outline };
    }
    numbers = found;
  }
  throw new Error(`the contents' page numbers still moved after ${maxPasses} printings`);
}

/**
 * Prints one page of the site as it prints from a browser, with its title and "as of" date in the
 * running footer, and its links to the site written as the published site's addresses.
 */
export async function printPage(
  page: Page,
  url: string,
  paper: Paper,
): Promise<PageInfo & { bytes: Uint8Array; headings: string[] }> {
  const info = await open(page, url);
  const footer = await page.evaluate(() => {
    const title = document.querySelector("main h1")?.textContent?.trim() ?? document.title;
    const asOf = document.querySelector("main .as-of")?.textContent?.replace(/\s+/g, " ").trim();
    const base = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    // Every link, in HTML or in an SVG figure (whose href is not a writable property).
    for (const a of document.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href") ?? "";
      if (!href.startsWith("#")) a.setAttribute("href", new URL(href, base).href);
    }
    return asOf ? `${title} · ${asOf}` : title;
  });
  await page.addStyleTag({ content: runningFooterRule(footer) });
  const headings = await page.$$eval("h1, h2, h3, h4, h5, h6", (els) =>
    els.map((el) => (el as HTMLElement).innerText.replace(/\s+/g, " ").trim()),
  );
  return { ...info, headings, bytes: await print(page, paper, { tagged: true, outline: true }) };
}
