/**
 * Prints pages of the built site to PDF with Playwright's Chromium: the whole book in two passes
 * or more (each with the contents' page numbers read from the last, and the sections that ended
 * on a page of a few lines set tighter), and single briefings.
 */
import type { PDFDocument } from "pdf-lib";
import type { Page } from "playwright-core";
import { runningFooterRule } from "../../src/components/print/running-footer.ts";
import { Fitting, maxFit, pageMaxFit, spilledSheets, type Sheet } from "./pdf-fit.ts";
import type { OutlineEntry } from "./pdf-finish.ts";
import { loadPdf, readDestinationPoints, readLinks, type PdfLink } from "./pdf-read.ts";
import { publishedSite } from "../../src/lib/site.ts";

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
  /** Sections set tighter so that they do not end on a page of a few lines: id → steps (1 to 3). */
  fitted: Map<string, number>;
  /** Sections that ended on a page of a few lines at every setting tried. */
  spilled: string[];
}

const maxPasses = 5 + maxFit;

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

/** The book's sections, each on sheets of its own; a single page is one section, its body. */
const bookSheets = ".book-page[data-page]";
const pageSheet = "body";

/**
 * Marks the sections that `selector` finds (their id: `data-page`, or "page") with an empty mark
 * at the top and the bottom of each and a hidden link to each mark, so that the PDF says where
 * the marks land (Chromium writes a destination only for an element that something links to).
 * The marks are positioned in the section, out of its flow: neither is seen, and neither moves a
 * line or makes a page (a mark in the flow after a section that filled its page went onto a new one).
 */
async function markSheets(page: Page, selector: string): Promise<Sheet[]> {
  return page.$$eval(selector, (sheets) =>
    sheets.map((sheet) => {
      const id = (sheet as HTMLElement).dataset["page"] ?? "page";
      (sheet as HTMLElement).style.position = "relative";
      const mark = (at: "start" | "end") => {
        const el = document.createElement("div");
        el.id = `${id}:sheet-${at}`;
        el.style.cssText = `position: absolute; ${at === "start" ? "top" : "bottom"}: 0; left: 0; width: 0; height: 0`;
        const link = document.createElement("a");
        link.hidden = true;
        link.href = `#${el.id}`;
        el.append(link);
        sheet.append(el);
        return el.id;
      };
      return { id, start: mark("start"), end: mark("end") };
    }),
  );
}

/** Sets each section's tightness (print.css, `[data-print-fit]`). */
async function writeFit(page: Page, selector: string, levels: Map<string, number>): Promise<void> {
  await page.$$eval(
    selector,
    (sheets, fit) => {
      for (const sheet of sheets as HTMLElement[]) {
        const level = fit[sheet.dataset["page"] ?? "page"];
        if (level) sheet.dataset["printFit"] = String(level);
        else delete sheet.dataset["printFit"];
      }
    },
    Object.fromEntries(levels),
  );
}

/**
 * Follows each link inside the book that an element marked `data-page-refs` holds (and none
 * marked `data-no-page-refs`) with an empty mark for the page it leads to, and returns their
 * targets. The marks are written in by `writePageNumbers`, with the label the element carries:
 * "Russia (p. 73)". A link followed by a parenthesis marked `data-page-ref-inside` has its page
 * written inside it, "United States (phase 9; p. 81)", not in a second one.
 */
async function markPageRefs(page: Page): Promise<string[]> {
  return page.$$eval('[data-page-refs] a[href^="#"]:not([data-no-page-refs] a)', (links) =>
    links.map((link) => {
      const target = decodeURIComponent(link.getAttribute("href")?.slice(1) ?? "");
      const mark = document.createElement("span");
      mark.className = "page-ref";
      mark.dataset["pageOf"] = target;
      mark.dataset["label"] = link.closest<HTMLElement>("[data-page-refs]")?.dataset["pageRefs"] ?? "{n}";
      const next = link.nextElementSibling;
      const close = next?.matches("[data-page-ref-inside]") ? next.lastChild : null;
      if (close instanceof Text && close.data.trimEnd().endsWith(")")) {
        mark.dataset["joined"] = "";
        close.splitText(close.data.trimEnd().length - 1).before(mark);
      } else link.after(mark);
      return target;
    }),
  );
}

/** The elements whose pages the marks of `pageRange` (src/components/print/book-html.ts) give. */
async function pageRangeTargets(page: Page): Promise<string[]> {
  const lists = await page.$$eval("[data-pages-of]", (els) =>
    els.map((el) => (el as HTMLElement).dataset["pagesOf"] ?? ""),
  );
  return lists.flatMap((list) => list.split(" ").filter(Boolean));
}

/**
 * Writes the pages found into the contents ("12"), after the marked links ("(p. 12)") and into
 * the marks of a list's pages ("(pp. 150–157)").
 */
async function writePageNumbers(page: Page, numbers: Map<string, number>): Promise<void> {
  await page.$$eval(
    "[data-pages-of]",
    (els, pages) => {
      for (const el of els as HTMLElement[]) {
        const found = (el.dataset["pagesOf"] ?? "")
          .split(" ")
          .map((id) => pages[id])
          .filter((n) => n !== undefined);
        if (!found.length) {
          el.textContent = "";
          continue;
        }
        const [from, to] = [Math.min(...found), Math.max(...found)];
        const label =
          from === to
            ? (el.dataset["label"] ?? "{n}").replace("{n}", String(from))
            : (el.dataset["labelRange"] ?? "{from}-{to}").replace("{from}", String(from)).replace("{to}", String(to));
        el.textContent = ` (${label})`;
      }
    },
    Object.fromEntries(numbers),
  );
  await page.$$eval(
    "[data-page-of]",
    (els, pages) => {
      for (const el of els as HTMLElement[]) {
        const n = pages[el.dataset["pageOf"] ?? ""];
        const label = el.dataset["label"];
        if (n === undefined) el.textContent = "";
        else if (label === undefined) el.textContent = String(n);
        else {
          const ref = label.replace("{n}", String(n));
          el.textContent = el.dataset["joined"] === undefined ? ` (${ref})` : `; ${ref}`;
        }
      }
    },
    Object.fromEntries(numbers),
  );
}

/** The contents' labelled groups of entries (the actors by kind): each its entries' targets, in order. */
interface ContentsGroups {
  /** The contents' section (a sheet, see markSheets), for the pages it takes. */
  sheet: string;
  groups: string[][];
}

async function readContentsGroups(page: Page): Promise<ContentsGroups> {
  return page.$eval(".book-contents", (nav) => ({
    sheet: nav.closest<HTMLElement>(".book-page[data-page]")?.dataset["page"] ?? "",
    groups: [...nav.querySelectorAll(".toc-groups > li:has(> .toc-group)")].map((group) =>
      [...group.querySelectorAll(":scope > .toc-briefings > li > a.toc-line")].map((a) =>
        decodeURIComponent(a.getAttribute("href")?.slice(1) ?? ""),
      ),
    ),
  }));
}

/** Where a group of the contents goes on after a break: its entry's target → on a new page or a new column. */
type Continuations = Map<string, "page" | "column">;

/**
 * The entries of the contents' groups that a printing put at the top of a column or page other
 * than their group's label's: each is where a group goes on after a break. An entry is placed by
 * its link's box, on the contents' pages (`lastPage` the last): its page and its left edge, its column.
 */
export function findContinuations(groups: string[][], links: PdfLink[], lastPage: number): Continuations {
  const placed = new Map<string, { page: number; x: number }>();
  for (const link of links) {
    if (link.dest === undefined || !link.box || link.page > lastPage || placed.has(link.dest)) continue;
    placed.set(link.dest, { page: link.page, x: Math.round(link.box.xMin) });
  }
  const found: Continuations = new Map();
  for (const entries of groups) {
    for (const [i, target] of entries.entries()) {
      const [before, at] = [placed.get(entries[i - 1] ?? ""), placed.get(target)];
      if (!before || !at) continue;
      if (at.page !== before.page) found.set(target, "page");
      else if (at.x !== before.x) found.set(target, "column");
    }
  }
  return found;
}

/**
 * Writes each group's label again before the entries where it goes on ("People (continued)"),
 * a copy of the label (with its scope class) reading as its `data-continued` says; and takes away
 * those of the last printing.
 */
async function writeContinuations(page: Page, continuations: Continuations): Promise<void> {
  await page.$eval(
    ".book-contents",
    (nav, found) => {
      for (const old of nav.querySelectorAll(".toc-continued")) old.remove();
      for (const li of nav.querySelectorAll<HTMLElement>("li[data-toc-continued]")) delete li.dataset["tocContinued"];
      for (const a of nav.querySelectorAll<HTMLAnchorElement>(".toc-briefings > li > a.toc-line")) {
        const at = found[decodeURIComponent(a.getAttribute("href")?.slice(1) ?? "")];
        const li = a.parentElement;
        const label = a.closest(".toc-groups > li")?.querySelector<HTMLElement>(":scope > .toc-group");
        if (!at || !li || !label) continue;
        const copy = label.cloneNode(false) as HTMLElement;
        copy.textContent = label.dataset["continued"] ?? label.textContent;
        delete copy.dataset["continued"];
        copy.classList.add("toc-continued");
        li.prepend(copy);
        li.dataset["tocContinued"] = at;
      }
    },
    Object.fromEntries(continuations),
  );
}

const sameContinuations = (a: Continuations, b: Continuations) =>
  a.size === b.size && [...a].every(([target, at]) => b.get(target) === at);

/**
 * Prints the whole book. Chromium has no target-counter(), so the book is printed once, the page
 * each contents entry's and cross-reference's destination lands on is read from the PDF, the
 * numbers are written into the contents and after the cross-references, and the book printed
 * again, until a print confirms the numbers it carries. A
 * section whose last page is written only a few lines down (a briefing's last two notes) is set
 * tighter on the next printing (scripts/lib/pdf-fit.ts), and a group of the contents that went on
 * into another column or page has its label written again there. Printings that only find the pages are
 * not tagged; none is outlined: the script writes the book's outline itself.
 */
export async function printBook(page: Page, url: string, paper: Paper): Promise<PrintedBook> {
  const info = await open(page, url);
  const contents = await page.$$eval(".toc-page[data-page-of]", (els) =>
    els.map((el) => (el as HTMLElement).dataset["pageOf"] ?? ""),
  );
  const targets = [...new Set([...contents, ...(await markPageRefs(page)), ...(await pageRangeTargets(page))])];
  const outline = await readOutlineMarks(page);
  const sheets = await markSheets(page, bookSheets);
  const contentsGroups = await readContentsGroups(page);
  const contentsEnd = sheets.find((s) => s.id === contentsGroups.sheet)?.end ?? "";
  let numbers = new Map<string, number>();
  let continuations: Continuations = new Map();
  const fitting = new Fitting();
  // A printing after which some section is set tighter only finds the pages: it is not tagged
  // (tags do not move a line, and tagging costs a third more time), nor is the first.
  let refitted = true;
  for (let pass = 1; pass <= maxPasses; pass++) {
    await writePageNumbers(page, numbers);
    await writeFit(page, bookSheets, fitting.levels);
    await writeContinuations(page, continuations);
    const tagged = !refitted;
    const doc = await loadPdf(await print(page, paper, { tagged, outline: false }));
    const points = readDestinationPoints(doc);
    const destinations = new Map([...points].map(([id, point]) => [id, point.page]));
    const missing = targets.filter((t) => !destinations.has(t));
    if (missing.length) {
      throw new Error(`contents entries or cross-references with no destination in the PDF: ${missing.join(", ")}`);
    }
    const found = new Map(targets.map((t) => [t, destinations.get(t) ?? 0]));
    refitted = fitting.update(spilledSheets(sheets, points));
    const lastContentsPage = points.get(contentsEnd)?.page ?? 0;
    const continued = findContinuations(contentsGroups.groups, readLinks(doc), lastContentsPage);
    // Labels written again move the lines after them: printed again, untagged, to find the pages.
    if (!sameContinuations(continued, continuations)) refitted = true;
    continuations = continued;
    if (tagged && !refitted && targets.every((t) => found.get(t) === numbers.get(t))) {
      return { ...info, doc, passes: pass, outline, fitted: fitting.levels, spilled: fitting.unfitted };
    }
    numbers = found;
  }
  throw new Error(`the contents' page numbers still moved after ${maxPasses} printings`);
}

/**
 * Prints one page of the site as it prints from a browser, with its title and "as of" date in the
 * running footer, and its links to the site written as the published site's addresses (as text,
 * with no link, while no address is published: BOOK_SITE, src/lib/site.ts); `fitted`
 * says by how many steps it was set tighter so as not to end on a page of a few lines.
 */
export async function printPage(
  page: Page,
  url: string,
  paper: Paper,
): Promise<PageInfo & { bytes: Uint8Array; headings: string[]; fitted: number }> {
  const info = await open(page, url);
  const footer = await page.evaluate((published) => {
    const title = document.querySelector("main h1")?.textContent?.trim() ?? document.title;
    const asOf = document.querySelector("main .as-of")?.textContent?.replace(/\s+/g, " ").trim();
    const base = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const site = new URL(base).origin;
    // Every link, in HTML or in an SVG figure (whose href is not a writable property). A link to
    // the site is written as its published address; with none published, it is left as text.
    for (const a of document.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href") ?? "";
      if (href.startsWith("#")) continue;
      const target = new URL(href, base);
      if (target.origin === site && !published) a.removeAttribute("href");
      else a.setAttribute("href", target.href);
    }
    return asOf ? `${title} · ${asOf}` : title;
  }, publishedSite() !== undefined);
  await page.addStyleTag({ content: runningFooterRule(footer) });
  // As written, not as shown: a dispute's kind is shown in capitals, and its colon only to
  // screen readers ("Sources disagree: When did…").
  const headings = await page.$$eval("h1, h2, h3, h4, h5, h6", (els) =>
    els.map((el) =>
      (el.textContent ?? "")
        .replace(/\s+/g, " ")
        .replace(/ ([:;,.?!])/g, "$1")
        .trim(),
    ),
  );
  // Like a section of the book, set tighter and printed again while it would end on a page of a
  // few lines: a step at a time (a printing of one briefing is cheap), up to `pageMaxFit` (the
  // fourth with smaller maps, the fifth with the notes on a new page) and once back.
  const sheets = await markSheets(page, pageSheet);
  const fitting = new Fitting(false, pageMaxFit);
  let bytes = await print(page, paper, { tagged: true, outline: true });
  for (let pass = 1; pass <= pageMaxFit + 1; pass++) {
    if (!fitting.update(spilledSheets(sheets, readDestinationPoints(await loadPdf(bytes))))) break;
    await writeFit(page, pageSheet, fitting.levels);
    bytes = await print(page, paper, { tagged: true, outline: true });
  }
  return { ...info, headings, bytes, fitted: fitting.levels.get("page") ?? 0 };
}
