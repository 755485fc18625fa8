/**
 * Measures the book's search in headless Chromium against the built site (dist/), for a set of
 * queries: what the first query costs a reader on a cold page (bytes over the wire, requests,
 * time), and how long a warm search takes from the keystroke to the results on screen.
 * It prints figures; it passes or fails nothing. Goal: under 100 KB cold, under 100 ms warm.
 * Usage: node scripts/bench-search.ts [--dir dist] [--page /actors/wagner/] [--runs 7] [query ...]
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { chromiumArgs, findChromium, noChromiumHelp } from "./lib/chromium.ts";
import { cliArgs, wholeNumber } from "./lib/cli.ts";

const root = path.resolve(import.meta.dirname, "..");
const usage = "node scripts/bench-search.ts [--dir dist] [--page /actors/wagner/] [--runs 7] [query ...]";
const { values, positionals } = cliArgs(usage, {
  allowPositionals: true,
  options: {
    dir: { type: "string", default: "dist" },
    page: { type: "string", default: "/actors/wagner/" },
    runs: { type: "string", default: "7" },
  },
});
const queries = positionals.length
  ? positionals
  : ["kidal", "goita", "Tinzaoutene", "African Corps", "FAMA", "prigoz", "appear fairly accurate"];
const runs = wholeNumber(values.runs, "--runs", usage);
const dir = path.resolve(root, values.dir);

interface Transfer {
  url: string;
  bytes: number;
  gzip: number;
}

interface Cold {
  transfers: Transfer[];
  ms: number;
  /** JavaScript the page loaded before any search. */
  pageScript: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench: the site did not come up at ${url}`);
}

/** Resolves with the time (ms since the page's time origin) the next first result appears. */
function nextResults(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const list = document.querySelector("pagefind-modal pagefind-results");
        if (!list) throw new Error("no results list");
        // Results fill in out of order: wait for the first one, not any one.
        const firstShown = () => list.querySelector(".pf-results > li:first-child .pf-result-link");
        const observer = new MutationObserver(() => {
          if (firstShown()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        // The list empties when a search starts; watch for the first result after that.
        const start = new MutationObserver(() => {
          if (!firstShown()) {
            start.disconnect();
            observer.observe(list, { childList: true, subtree: true });
          }
        });
        start.observe(list, { childList: true, subtree: true });
      }),
  );
}

/** Time origin of the keystroke that follows, taken in the page as the key goes down. */
async function armKeystroke(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchKeydown?: number };
    delete w.benchKeydown;
    document.addEventListener("keydown", () => (w.benchKeydown = performance.now()), { once: true, capture: true });
  });
}

const keydownAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchKeydown?: number }).benchKeydown ?? NaN);

/** The first query on a fresh page with an empty cache: `/`, type, wait for results. */
async function cold(browser: Browser, base: string, query: string): Promise<Cold> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pageScript = 0;
  const countScript = async (response: Response) => {
    if (response.request().resourceType() === "script") pageScript += (await response.body()).length;
  };
  page.on("response", countScript);
  await page.goto(base + values.page, { waitUntil: "load" });
  page.off("response", countScript);
  const transfers: Promise<Transfer>[] = [];
  page.on("requestfinished", (request) => {
    const url = new URL(request.url()).pathname;
    if (url === "/favicon.svg") return; // the browser's, not the search's
    transfers.push(
      (async () => {
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        const headers = (await request.sizes()).responseHeadersSize;
        return { url, bytes: body.length + headers, gzip: Math.min(body.length, gzipSync(body).length) + headers };
      })(),
    );
  });
  await armKeystroke(page);
  const started = Date.now();
  await page.keyboard.press("/");
  const t0 = await keydownAt(page);
  await page.locator("pagefind-modal dialog[open] input").waitFor();
  const shown = nextResults(page);
  await page.keyboard.type(query);
  const t1 = await shown;
  await page.waitForLoadState("networkidle");
  const ms = Number.isFinite(t0) ? t1 - t0 : Date.now() - started;
  const result = { transfers: await Promise.all(transfers), ms, pageScript };
  await context.close();
  return result;
}

/** Keystroke-to-results times once everything is loaded: retype the query's last character. */
async function warm(browser: Browser, base: string, query: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + values.page, { waitUntil: "load" });
  await page.keyboard.press("/");
  const input = page.locator("pagefind-modal dialog[open] input");
  await input.waitFor();
  const first = nextResults(page);
  await page.keyboard.type(query);
  await first;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.keyboard.press("Backspace");
    await page.waitForTimeout(100);
    await armKeystroke(page);
    const shown = nextResults(page);
    await page.keyboard.press(query.at(-1) ?? " ");
    const t1 = await shown;
    times.push(t1 - (await keydownAt(page)));
  }
  await context.close();
  return times;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pad = (s: string, n: number) => s.padEnd(n);

async function main(): Promise<void> {
  if (!existsSync(path.join(dir, "pagefind", "pagefind.js"))) {
    console.error(`bench: ${dir} has no built site with a search index; run "npm run build" first.`);
    process.exit(1);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(noChromiumHelp);
    process.exit(1);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(root, "scripts", "serve.ts"), "--port", String(port), "--dir", dir],
    {
      stdio: "ignore",
    },
  );
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    await waitForServer(`${base}/`);
    console.log(`Search benchmark: ${dir}, page ${values.page}, headless Chromium, ${runs} warm runs per query.`);
    console.log("Cold: empty cache, `/` then the query typed; bytes of every response after the keystroke,");
    console.log("as served (scripts/serve.ts does not compress) and as a gzip-compressing host would send them.\n");
    console.log(
      `${pad("query", 24)} ${pad("requests", 9)} ${pad("cold bytes", 11)} ${pad("gzip", 10)} ${pad("cold ms", 8)} warm ms (median / max)`,
    );
    let sample: Transfer[] = [];
    let pageScript = 0;
    for (const query of queries) {
      const c = await cold(browser, base, query);
      const w = await warm(browser, base, query);
      const bytes = c.transfers.reduce((n, t) => n + t.bytes, 0);
      const gzip = c.transfers.reduce((n, t) => n + t.gzip, 0);
      if (!sample.length) {
        sample = c.transfers;
        pageScript = c.pageScript;
      }
      console.log(
        `${pad(JSON.stringify(query), 24)} ${pad(String(c.transfers.length), 9)} ${pad(kb(bytes), 11)} ${pad(kb(gzip), 10)} ${pad(c.ms.toFixed(0), 8)} ${median(w).toFixed(1)} / ${Math.max(...w).toFixed(1)}`,
      );
    }
    console.log(`\nBefore any search the page loaded ${kb(pageScript)} of JavaScript, all its scripts together.`);
    console.log(`What the first query (${JSON.stringify(queries[0])}) fetched:`);
    for (const t of sample) console.log(`  ${pad(t.url, 56)} ${pad(kb(t.bytes), 10)} gzip ${kb(t.gzip)}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
