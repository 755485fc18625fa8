/**
 * The whole test suite, as CI runs it: lint and format, type check, unit tests, the real build
 * (content check, site, search index, PDFs), the checks of the PDFs, links and valid HTML over
 * dist/, the copy check against the sources, the browser tests against the built site (pages,
 * accessibility, privacy), and two more builds that must come out identical. Ends with one line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const reports = mkdtempSync(path.join(tmpdir(), "book-test-"));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  const started = performance.now();
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? "ok" : "FAILED"} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is one check: counts as one test. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = run(name, command, args);
  if (ok) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(name);
  }
  return ok;
}

function addCounts(name: string, counts: Tally | undefined, ok: boolean): void {
  if (!counts) {
    total.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  if (!ok || counts.failed) failures.push(name);
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

check("lint (eslint)", bin("eslint"), [".", "--max-warnings", "0"]);
check("format (prettier)", bin("prettier"), ["--check", "."]);
check("types (astro check)", bin("astro"), ["check"]);

const unitReport = path.join(reports, "unit.json");
const unitOk = run("unit tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);
const unit = readJson(unitReport) as { numPassedTests: number; numFailedTests: number } | undefined;
addCounts("unit tests", unit && { passed: unit.numPassedTests, failed: unit.numFailedTests }, unitOk);

const built = check("build (content check, site, search index, PDFs)", process.execPath, [
  path.join(root, "scripts", "build.ts"),
]);

// The PDFs' own checks read the built PDFs with pdf-lib and poppler (tests/pdf, its own config).
if (built && process.env["BOOK_SKIP_PDF"] !== "1") {
  const pdfReport = path.join(reports, "pdf.json");
  const pdfOk = run("PDF tests (vitest)", bin("vitest"), [
    "run",
    "--config",
    path.join("tests", "pdf", "vitest.config.ts"),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${pdfReport}`,
  ]);
  const pdf = readJson(pdfReport) as { numPassedTests: number; numFailedTests: number } | undefined;
  addCounts("PDF tests", pdf && { passed: pdf.numPassedTests, failed: pdf.numFailedTests }, pdfOk);
}

// Gates over the built site (tests/gates): links and fragments, valid HTML, typography.
if (built) {
  check("links (internal, fragments, external only to sources)", process.execPath, [
    path.join(root, "tests", "gates", "links.ts"),
  ]);
  check("valid HTML (html-validate)", process.execPath, [path.join(root, "tests", "gates", "html.ts")]);
  check("typography (curly quotes, a space after commas)", process.execPath, [
    path.join(root, "tests", "gates", "typography.ts"),
  ]);
}

const checkCopy = path.resolve(root, "..", "shared", "tools", "check-copy");
if (existsSync(checkCopy)) check("copy check against the sources", "python3", [checkCopy, root]);

if (built) {
  const e2eReport = path.join(reports, "e2e.json");
  const e2eOk = run("browser tests (playwright)", bin("playwright"), ["test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  const e2e = readJson(e2eReport) as { stats: { expected: number; unexpected: number; flaky: number } } | undefined;
  addCounts(
    "browser tests",
    e2e && { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected },
    e2eOk,
  );
} else {
  failures.push("browser tests (skipped: the build failed)");
  total.failed += 1;
}

// Determinism: two more builds of the same tree (without PDFs) give the same site and index.
if (built) {
  check("determinism (two builds, identical HTML and search index)", process.execPath, [
    path.join(root, "tests", "gates", "determinism.ts"),
  ]);
}

console.log("");
if (failures.length) console.log(`Failed: ${failures.join("; ")}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
