/**
 * The main build: checks the content, builds the site with Astro, indexes it with Pagefind,
 * prints the PDFs (the whole book and each briefing) with Chromium, then swaps the result into
 * dist/. Any failure stops the build and leaves the last good dist/ exactly as it was.
 * Without a Chromium the build stops before it starts, unless BOOK_SKIP_PDF=1 asks for a site
 * without PDFs (and without links to them).
 */
import { spawnSync } from "node:child_process";
import { totalmem } from "node:os";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { findChromium, noChromiumHelp } from "./lib/chromium.ts";
import { entriesCache } from "./lib/entries-cache.ts";
import { pdfLinksReport } from "./lib/pdf-link-check.ts";
import { paperFromEnv } from "./lib/pdf-print.ts";
import { publishedSite } from "../src/lib/site.ts";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.resolve(root, process.env["BOOK_OUT_DIR"] ?? "dist");
// One work folder per output folder, beside the project's other build files: two builds into
// different folders (the determinism gate, the benchmark) do not share one.
const work = path.join(root, ".build-tmp", createHash("sha256").update(dist).digest("hex").slice(0, 12));
const next = path.join(work, "dist");
const previous = path.join(work, "dist-previous");
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BOOK_OUT_DIR: next };

function fail(name: string, status = 1): never {
  // The half-built site goes too: failed builds (the bad-input tests make dozens) leave nothing behind.
  rmSync(work, { recursive: true, force: true });
  console.error(`\nbuild: ${name} failed; ${path.relative(root, dist)}/ was left as it was.`);
  process.exit(status);
}

function step(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (result.status !== 0) fail(name, result.status ?? 1);
  console.log(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const skipPdf = process.env["BOOK_SKIP_PDF"] === "1";
if (!skipPdf && !findChromium()) {
  console.error(`build: the PDFs are printed with Chromium, and there is none here.
${noChromiumHelp}
To build the site without its PDFs on purpose, set BOOK_SKIP_PDF=1 (no "Download PDF" links are
published then). ${path.relative(root, dist) || "."}/ was left as it was.`);
  process.exit(1);
}

try {
  paperFromEnv();
} catch (e) {
  console.error(`build: ${(e as Error).message}`);
  process.exit(1);
}

if (!publishedSite()) {
  // Not an error: `npm start` serves the book at this address. But a PDF travels, and its cover,
  // its "Cite this" blocks and its links to the site would give an address only this machine has:
  // the PDFs give none (src/lib/site.ts).
  console.log(
    "build: BOOK_SITE is not set: the site's pages give the local address http://127.0.0.1:4321/, the PDFs no address" +
      "\n       (their links to the site are text); set BOOK_SITE=https://… to the published address for a real host",
  );
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
step("content check", process.execPath, [
  path.join(root, "scripts", "check-content.ts"),
  process.env["BOOK_CONTENT_DIR"] ?? "content",
]);
// Astro holds every compiled page in memory while it renders the whole book on one page; near
// V8's default heap limit (about 4 GiB) a large book spends more time collecting garbage than
// rendering. Half the machine's memory, up to 8 GiB, unless NODE_OPTIONS already says.
const heapMiB = Math.min(8192, Math.floor(totalmem() / 2 / 2 ** 20));
const nodeOptions = process.env["NODE_OPTIONS"] ?? "";
// A schema change does not empty Astro's cache of entries by itself (scripts/lib/entries-cache.ts).
const entries = entriesCache(root);
if (entries.stale) console.log("build: the code that reads the content has changed: Astro reads every entry afresh");
step("site", bin("astro"), ["build", "--silent", ...(entries.stale ? ["--force"] : [])], {
  // The content check above has passed: astro.config.mjs need not run it again.
  BOOK_CONTENT_CHECKED: "1",
  NODE_OPTIONS: nodeOptions.includes("--max-old-space-size")
    ? nodeOptions
    : `${nodeOptions} --max-old-space-size=${heapMiB}`.trim(),
});
entries.remember();
step("search index", process.execPath, [path.join(root, "scripts", "search-index.ts"), next]);
if (skipPdf) {
  // Only the check that no page links a PDF: here, without starting Node and the printer's modules
  // again (half a second, 0.15 ms a page of a 1,000-briefing book).
  const started = performance.now();
  try {
    console.log("pdf: skipped (BOOK_SKIP_PDF=1)");
    console.log(pdfLinksReport(next));
  } catch (e) {
    console.error(`pdf: ${(e as Error).message}`);
    fail("PDF links (PDFs skipped)");
  }
  console.log(`build: PDF links (PDFs skipped) done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else step("PDFs", process.execPath, [path.join(root, "scripts", "pdf.ts"), next]);

if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(work, { recursive: true, force: true });
console.log(`build: ${path.relative(root, dist)}/ is ready`);
