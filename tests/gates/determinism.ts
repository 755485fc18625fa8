/**
 * Determinism: two builds of the same tree give the same site. Builds twice with
 * scripts/build.ts into two temporary folders and compares every file byte for byte: pages,
 * search index, styles, scripts. The two builds skip the PDFs (BOOK_SKIP_PDF=1), which halves
 * the cost; the PDF tests check the PDFs. Prints what differs, and where.
 * Usage: node tests/gates/determinism.ts [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { compareDirs } from "./compare-dirs.ts";
import { projectRoot } from "./dist-pages.ts";

// Inside the project (under node_modules/.cache, ignored by every tool) rather than the system's
// temporary folder: build.ts moves its result into place with a rename, which cannot cross disks.
const cache = path.join(projectRoot, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(path.join(cache, "book-determinism-"));
const keep = process.argv.includes("--keep");

// Pages give the day they were built (the edition a reader cites); both builds are told the same
// day, so that two builds either side of midnight do not differ by their date alone.
const epoch = process.env["SOURCE_DATE_EPOCH"] ?? String(Math.floor(Date.now() / 86_400_000) * 86_400);

function build(out: string): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(projectRoot, "scripts", "build.ts")], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      BOOK_OUT_DIR: out,
      BOOK_SKIP_PDF: "1",
      SOURCE_DATE_EPOCH: epoch,
    },
  });
  if (result.status !== 0) {
    console.error(`determinism: the build into ${out} failed`);
    process.exit(1);
  }
  console.log(
    `determinism: built ${path.relative(projectRoot, out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const first = path.join(work, "a");
const second = path.join(work, "b");
let failed = false;
try {
  build(first);
  build(second);
  const diff = compareDirs(first, second, () => true);
  const isPdf = (f: string) => f.toLowerCase().endsWith(".pdf");
  for (const f of diff.onlyInFirst) console.error(`only in the first build: ${f}`);
  for (const f of diff.onlyInSecond) console.error(`only in the second build: ${f}`);
  for (const d of diff.differing) {
    const line = `${d.file} differs at byte ${d.offset}:\n    first:  ${d.first}\n    second: ${d.second}`;
    if (isPdf(d.file)) console.log(`note (PDF, not a failure): ${line}`);
    else console.error(line);
  }
  const real = [...diff.onlyInFirst, ...diff.onlyInSecond, ...diff.differing.map((d) => d.file)].filter(
    (f) => !isPdf(f),
  );
  failed = real.length > 0;
  console.log(
    failed
      ? `determinism: ${real.length} file(s) differ between two builds`
      : "determinism: two builds are identical, byte for byte (PDFs aside)",
  );
} finally {
  if (keep) console.log(`determinism: kept both builds in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
