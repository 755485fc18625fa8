/**
 * What a reader downloads: loads pages of a built site in Chromium and adds up the bytes of
 * HTML, CSS (files and <style> in the page), fonts and JavaScript, raw and gzipped, and the time
 * Chromium spent running script before the reader does anything (that is, before search opens).
 */
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  html: Bytes;
  /** CSS in <style> elements of the page (already counted in html). */
  inlineCss: Bytes;
  css: Bytes;
  fonts: Bytes;
  js: Bytes;
  other: Bytes;
  requests: number;
  /** Chromium's ScriptDuration after load, before any input: script the reader pays for up front. */
  scriptMs: number;
}

const size = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = (): Bytes => ({ raw: 0, gzip: 0 });

function kindOf(resourceType: string, contentType: string): "html" | "css" | "fonts" | "js" | "other" {
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet" || contentType.includes("text/css")) return "css";
  if (resourceType === "font" || /font|woff/.test(contentType)) return "fonts";
  if (resourceType === "script" || contentType.includes("javascript")) return "js";
  return "other";
}

/** Weighs each page of `paths` (e.g. "/actors/wagner/") that the built site in `dir` has. */
export async function weighPages(dir: string, paths: string[]): Promise<PageWeight[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium: set CHROMIUM_PATH");
  const server = await serveStatic(dir);
  const { origin } = server;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const weights: PageWeight[] = [];
  try {
    for (const p of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const w: PageWeight = {
        url: p,
        html: zero(),
        inlineCss: zero(),
        css: zero(),
        fonts: zero(),
        js: zero(),
        other: zero(),
        requests: 0,
        scriptMs: 0,
      };
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        pending.push(
          response
            .body()
            .then((body) => {
              const kind = kindOf(response.request().resourceType(), response.headers()["content-type"] ?? "");
              w[kind] = add(w[kind], size(body));
              w.requests += 1;
            })
            .catch(() => undefined),
        );
      });
      const response = await page.goto(`${origin}${p}`, { waitUntil: "networkidle" });
      if (response?.status() !== 200) {
        await context.close();
        continue;
      }
      await Promise.all(pending);
      const styles = await page.evaluate(() => [...document.querySelectorAll("style")].map((s) => s.textContent ?? ""));
      w.inlineCss = styles.reduce((sum, css) => add(sum, size(Buffer.from(css))), zero());
      const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
      w.scriptMs = (metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0) * 1000;
      weights.push(w);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return weights;
}
