/**
 * Benchmarks; prints figures, passes or fails nothing.
 * - build: the real book, cold (no .astro/, node_modules/.astro or node_modules/.vite) and
 *   warm: wall time, peak memory, and each step (content check, site, search index, PDFs);
 * - scale: synthetic books (scripts/gen-book.ts) of 100 and 1,000 briefings, and 5,000 with
 *   --large, built cold without PDFs: ms per page and peak memory, to see whether cost is linear;
 * - reader: bytes of HTML, CSS, fonts and JavaScript of the home page, a large briefing and the
 *   print page, and the script run before the reader opens search;
 * - lighthouse: when Lighthouse is installed (see scripts/lib/bench-lighthouse.ts).
 * Builds go to node_modules/.cache/book-bench/, never to dist/. The cold builds empty Astro's
 * caches, so do not run this while another build runs in the same checkout.
 * Usage: npm run bench [-- --large] [--sizes 100,1000] [--only build,scale,reader,lighthouse] [--keep]
 *   [--lighthouse-runs 5]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { htmlPages } from "../tests/gates/dist-pages.ts";
import { writeSyntheticBook } from "./gen-book.ts";
import { shapeFor } from "./lib/bench-book.ts";
import { weighPages } from "./lib/bench-bytes.ts";
import { findLighthouse, runLighthouseMedian } from "./lib/bench-lighthouse.ts";
import { mib, seconds, table, weightTable } from "./lib/bench-report.ts";
import { measure, type Measured } from "./lib/bench-run.ts";
import { hostHeaders, serveStatic } from "./lib/static-server.ts";
import { cliArgs, wholeNumber } from "./lib/cli.ts";

const root = path.resolve(import.meta.dirname, "..");
const usage =
  "npm run bench [-- --large] [--sizes 100,1000] [--only build,scale,reader,lighthouse] [--keep] [--lighthouse-runs 5]";
const { values } = cliArgs(usage, {
  options: {
    large: { type: "boolean", default: false },
    only: { type: "string", default: "build,scale,reader,lighthouse" },
    keep: { type: "boolean", default: false },
    sizes: { type: "string" },
    "lighthouse-runs": { type: "string", default: "5" },
  },
});
const sections = new Set(values.only.split(","));
const lighthouseRuns = wholeNumber(values["lighthouse-runs"], "--lighthouse-runs", usage);
// A synthetic book has at least two briefings (scripts/gen-book.ts).
const sizes = values.sizes?.split(",").map((n) => wholeNumber(n, "--sizes", usage, 2));
const work = path.join(root, "node_modules", ".cache", "book-bench");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

let cleared = false;
function clearCaches(): void {
  cleared = true;
  for (const dir of [".astro", "node_modules/.astro", "node_modules/.vite"]) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }
}

async function build(out: string, env: Record<string, string> = {}): Promise<Measured> {
  const result = await measure(process.execPath, [path.join(root, "scripts", "build.ts")], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BOOK_OUT_DIR: out, ...env },
  });
  if (!result.ok) throw new Error(`build into ${out} failed:\n${result.output.slice(-2000)}`);
  return result;
}

const stepNames = ["content check", "site", "search index", "PDFs"];
const realOut = path.join(work, "real");

if (sections.has("build")) {
  clearCaches();
  const cold = await build(realOut);
  const warm = await build(realOut);
  const pages = htmlPages(realOut).length;
  console.log(`\n## Build: the real book (${pages} pages)\n`);
  const row = (name: string, m: Measured) => [
    name,
    seconds(m.ms),
    mib(m.peakMiB),
    ...stepNames.map((s) => `${seconds(m.steps[s])}, ${mib(m.stepPeaks[s])}`),
  ];
  console.log("Each step: its time and the peak memory of the build while it ran.\n");
  console.log(table(["build", "wall", "peak memory", ...stepNames], [row("cold", cold), row("warm", warm)]));
}

if (sections.has("scale")) {
  const books = sizes ?? (values.large ? [100, 1000, 5000] : [100, 1000]);
  const rows: (string | number)[][] = [];
  for (const briefings of books) {
    const content = writeSyntheticBook(briefings, path.join(work, `book-${briefings}`));
    const out = path.join(work, `out-${briefings}`);
    clearCaches();
    const m = await build(out, { BOOK_CONTENT_DIR: content, BOOK_SKIP_PDF: "1" });
    const pages = htmlPages(out).length;
    const site = m.steps["site"] ?? 0;
    rows.push([
      briefings,
      Object.values(shapeFor(briefings)).reduce((a, b) => a + b, 0),
      pages,
      seconds(m.ms),
      (m.ms / pages).toFixed(1),
      (site / pages).toFixed(1),
      seconds(m.steps["search index"]),
      mib(m.peakMiB),
    ]);
    rmSync(out, { recursive: true, force: true });
    console.log(`scale: ${briefings} briefings built in ${seconds(m.ms)}`);
  }
  clearCaches();
  console.log(`\n## Scale: synthetic books, cold, without PDFs\n`);
  console.log(
    table(
      ["briefings", "entries", "pages", "wall", "ms/page (all)", "ms/page (Astro)", "search index", "peak memory"],
      rows,
    ),
  );
}

if (sections.has("reader") || sections.has("lighthouse")) {
  if (!existsSync(realOut) || htmlPages(realOut).length === 0) {
    await build(realOut);
  }
}

if (sections.has("reader")) {
  const paths = ["/", "/actors/wagner/", "/print/"];
  console.log(`\n## Reader: bytes downloaded, KiB raw / gzip\n`);
  console.log(weightTable(await weighPages(realOut, paths)));
}

if (sections.has("lighthouse")) {
  const bin = findLighthouse(root);
  console.log(`\n## Lighthouse\n`);
  if (!bin) {
    console.log("Lighthouse is not installed: npm i --prefix ~/.cache/lighthouse lighthouse@13, then run again.");
  } else {
    // As a static host serves it: compressed (Lighthouse weighs what travels), with the headers.
    const server = await serveStatic(realOut, { compress: true, headers: hostHeaders(realOut) });
    const { origin } = server;
    console.log(`Each page ${lighthouseRuns} times; the run of median performance, with the range seen.\n`);
    const rows: string[][] = [];
    for (const p of ["/", "/actors/wagner/"]) {
      const r = await runLighthouseMedian(bin, `${origin}${p}`, lighthouseRuns);
      if (typeof r === "string") {
        rows.push([p, r]);
        continue;
      }
      const [low, high] = r.performanceRange;
      const score = (k: string) => String(r.scores[k] ?? "?");
      rows.push([
        p,
        (low === high ? score("performance") : `${score("performance")} (${low}–${high})`) +
          (r.retried ? ` (${r.retried} failed run${r.retried > 1 ? "s" : ""} run again)` : ""),
        score("accessibility"),
        score("best-practices"),
        score("seo"),
        ...Object.values(r.metrics),
      ]);
    }
    await server.close();
    console.log(
      table(["page", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT", "CLS"], rows),
    );
  }
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
// The cold builds emptied .astro/, which also holds the content collections' types that the
// editor and tsc read: write them again for the real book.
if (cleared) {
  spawnSync(path.join(root, "node_modules", ".bin", "astro"), ["sync"], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}
