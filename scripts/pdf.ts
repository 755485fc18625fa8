/**
 * Prints the PDFs of a built site with one Chromium: the whole book from /print/ into
 * briefing-book.pdf, and every actor and phase briefing from its edition for print (its page with
 * its disputes set out in full, /print/<collection>/<id>/) into
 * pdf/actors/<id>.pdf and pdf/phases/<id>.pdf, two pages printing at a time. Then checks that
 * every link to a PDF leads to one. Paper: A4, or US Letter with BOOK_PAPER=letter.
 * BOOK_SKIP_PDF=1 prints nothing and only checks that no page links a PDF.
 * Usage: node scripts/pdf.ts [built-site-dir]   (default: dist)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium, type Page } from "playwright-core";
import { pdfPublished } from "../src/components/print/pdf-links.ts";
import { printedAt } from "../src/components/print/printed.ts";
import { t } from "../src/i18n/t.ts";
import { chromiumArgs, findChromium, noChromiumHelp } from "./lib/chromium.ts";
import { finishDocument, finishPdf } from "./lib/pdf-finish.ts";
import { pdfLinksReport } from "./lib/pdf-link-check.ts";
import { paperFromEnv, printBook, printPage, type Paper } from "./lib/pdf-print.ts";
import { serveStatic } from "./lib/static-server.ts";

const dir = path.resolve(process.argv[2] ?? "dist");
const parallel = 2;

interface Printed {
  pages: number;
  bytes: number;
  /** The briefing printed on its own, when it was set tighter so as not to end on a page of a few lines. */
  fitted?: string;
  /** When printing started and ended (performance.now()). */
  from: number;
  to: number;
}
interface Printer {
  page: Page;
  origin: string;
  paper: Paper;
}
type Job = (printer: Printer) => Promise<Printed>;

function fail(message: string): never {
  console.error(`pdf: ${message}`);
  process.exit(1);
}

function write(file: string, bytes: Uint8Array): number {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes.length;
}

/** A section set tighter, for the log: its id, and its steps beyond the first. */
const fitLabel = (id: string, level: number) => (level > 1 ? `${id} (${level} steps)` : id);

const bookJob: Job = async ({ page, origin, paper }) => {
  const from = performance.now();
  const book = await printBook(page, `${origin}/print/`, paper);
  const pdf = await finishDocument(book.doc, {
    title: book.title,
    author: t("print.author"),
    subject: book.subject,
    outline: book.outline,
    date: printedAt(),
  });
  console.log(`pdf: the book's contents held their page numbers at printing ${book.passes}`);
  if (book.fitted.size) {
    const list = [...book.fitted].map(([id, level]) => fitLabel(id, level));
    console.log(`pdf: set tighter, so as not to end on a page of a few lines: ${list.join(", ")}`);
  }
  if (book.spilled.length) console.log(`pdf: still ending on a page of a few lines: ${book.spilled.join(", ")}`);
  const bytes = write(path.join(dir, "briefing-book.pdf"), pdf.bytes);
  return { pages: pdf.pages, bytes, from, to: performance.now() };
};

function briefingJob(collection: string, id: string): Job {
  return async ({ page, origin, paper }) => {
    const from = performance.now();
    // From the briefing's edition for print, which sets out its disputes in full (src/pages/print/).
    const printed = await printPage(page, `${origin}/print/${collection}/${id}/`, paper);
    const pdf = await finishPdf(printed.bytes, {
      title: printed.title,
      author: t("print.author"),
      subject: printed.subject,
      headings: printed.headings,
      date: printedAt(),
    });
    const bytes = write(path.join(dir, "pdf", collection, `${id}.pdf`), pdf.bytes);
    const fitted = printed.fitted ? { fitted: fitLabel(id, printed.fitted) } : {};
    return { pages: pdf.pages, bytes, from, to: performance.now(), ...fitted };
  };
}

/** Actor and phase briefings of the built site: each is a folder with an index.html. */
function briefingJobs(): Job[] {
  return ["phases", "actors"].flatMap((collection) =>
    readdirSync(path.join(dir, collection), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(dir, collection, e.name, "index.html")))
      .map((e) => briefingJob(collection, e.name)),
  );
}

/** Runs the jobs in order on `parallel` pages of one browser; results in the jobs' order. */
async function runAll(jobs: Job[], origin: string, paper: Paper): Promise<Printed[]> {
  const executablePath = findChromium();
  if (!executablePath) {
    fail(`${noChromiumHelp}\nTo build the site without its PDFs on purpose, set BOOK_SKIP_PDF=1.`);
  }
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const results: Printed[] = [];
    let next = 0;
    let failure: unknown;
    const worker = async () => {
      const page = await context.newPage();
      for (let i = next++; i < jobs.length && failure === undefined; i = next++) {
        const job = jobs[i];
        if (!job) continue;
        try {
          results[i] = await job({ page, origin, paper });
        } catch (e) {
          failure ??= e; // the other page stops after its current job
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
    if (failure !== undefined) throw failure;
    return results;
  } finally {
    await browser.close();
  }
}

function report(label: string, printed: Printed[]): void {
  const pages = printed.reduce((n, p) => n + p.pages, 0);
  const bytes = printed.reduce((n, p) => n + p.bytes, 0);
  const span = (Math.max(...printed.map((p) => p.to)) - Math.min(...printed.map((p) => p.from))) / 1000;
  console.log(`pdf: ${label}: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB, printed in ${span.toFixed(1)} s`);
}

/** Every link to a PDF must lead to one; with the PDFs skipped, there must be none. */
function checkLinks(): void {
  try {
    console.log(pdfLinksReport(dir));
  } catch (e) {
    fail((e as Error).message);
  }
}

if (!pdfPublished()) {
  console.log("pdf: skipped (BOOK_SKIP_PDF=1)");
  checkLinks();
  process.exit(0);
}

let paper: Paper;
try {
  paper = paperFromEnv();
} catch (e) {
  fail((e as Error).message);
}
const started = performance.now();
const server = await serveStatic(dir);
try {
  const [book, ...singles] = await runAll([bookJob, ...briefingJobs()], server.origin, paper);
  if (!book) fail("the book was not printed");
  report(`briefing-book.pdf (${paper})`, [book]);
  report(`${singles.length} briefing PDFs`, singles);
  const fitted = singles.flatMap((p) => (p.fitted ? [p.fitted] : []));
  if (fitted.length)
    console.log(`pdf: briefing PDFs set tighter, so as not to end on a page of a few lines: ${fitted.join(", ")}`);
  console.log(`pdf: all PDFs printed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  fail(`printing failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
} finally {
  await server.close();
}
checkLinks();
