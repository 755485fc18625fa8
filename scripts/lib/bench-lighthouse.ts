/**
 * Lighthouse, when it is installed (it is not a dependency: 170 MB): LIGHTHOUSE_BIN, the
 * project's node_modules, or ~/.cache/lighthouse (npm i --prefix ~/.cache/lighthouse lighthouse).
 * Runs offline against a local server with the same Chromium as the tests.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { findChromium } from "./chromium.ts";

export interface LighthouseResult {
  url: string;
  scores: Record<string, number>;
  metrics: Record<string, string>;
}

export function findLighthouse(root: string): string | undefined {
  const candidates = [
    process.env["LIGHTHOUSE_BIN"],
    path.join(root, "node_modules", ".bin", "lighthouse"),
    path.join(homedir(), ".cache", "lighthouse", "node_modules", ".bin", "lighthouse"),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

const metricIds = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
];

/** Runs Lighthouse (mobile, simulated throttling: its defaults) on one address. */
export async function runLighthouse(bin: string, url: string): Promise<LighthouseResult | string> {
  const chrome = findChromium();
  if (!chrome) return "no Chromium";
  const dir = mkdtempSync(path.join(tmpdir(), "book-lighthouse-"));
  const out = path.join(dir, "report.json");
  try {
    const failure = await new Promise<string | undefined>((resolve) => {
      const args = [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ];
      execFile(bin, args, { env: { ...process.env, CHROME_PATH: chrome } }, (error, _stdout, stderr) =>
        resolve(error ? `failed: ${stderr.trim().split("\n").at(-1) ?? error.message}` : undefined),
      );
    });
    if (failure || !existsSync(out)) return failure ?? "failed: no report";
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { displayValue?: string }>;
    };
    const scores = Object.fromEntries(
      Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]),
    );
    const metrics = Object.fromEntries(metricIds.map((id) => [id, report.audits[id]?.displayValue ?? "?"]));
    return { url, scores, metrics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A run may fail on Lighthouse's side ("…recording the trace…Please run Lighthouse again."): so many tries. */
export const lighthouseTries = 3;

/**
 * Lighthouse's scores vary from run to run with the machine's load (its own advice: run it
 * several times and take the median run). Runs it `runs` times on one address and returns the
 * run of median performance, with the lowest and highest performance seen. A run that fails is
 * tried again, up to `lighthouseTries` times in all, and the failures counted (`retried`): one
 * such failure (a trace not recorded, NO_NAVSTART) had left the home page without a score.
 */
export async function runLighthouseMedian(
  bin: string,
  url: string,
  runs: number,
): Promise<(LighthouseResult & { performanceRange: [number, number]; retried: number }) | string> {
  const results: LighthouseResult[] = [];
  let retried = 0;
  for (let i = 0; i < runs; i++) {
    let r = await runLighthouse(bin, url);
    for (let tries = 1; typeof r === "string" && tries < lighthouseTries; tries++) {
      retried++;
      r = await runLighthouse(bin, url);
    }
    if (typeof r === "string") return `${r} (${lighthouseTries} tries)`;
    results.push(r);
  }
  const perf = (r: LighthouseResult) => r.scores["performance"] ?? 0;
  results.sort((a, b) => perf(a) - perf(b));
  const median = results[Math.floor(results.length / 2)]!;
  return { ...median, performanceRange: [perf(results[0]!), perf(results.at(-1)!)], retried };
}
