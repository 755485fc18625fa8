/**
 * Privacy and security: reading the book asks nothing of any other site, and every page works
 * under the Content Security Policy shipped in public/_headers (no inline or third-party
 * script). The policy is added to every response here, so this does not depend on the server.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { distDir, htmlPages, pageUrl } from "../gates/dist-pages.ts";
import { parsePolicy, shippedHeaders } from "../gates/headers-file.ts";

const policy = shippedHeaders()["content-security-policy"] ?? "";
const built = new Set(htmlPages().map(pageUrl));

/** One page of each kind, the search and print pages when the build has them. */
const pageTypes = [
  "/",
  "/actors/",
  "/actors/wagner/",
  "/phases/tinzaouatene/",
  "/events/2024-07-tinzaouatene-ambush/",
  "/sources/lechner-mt-2024/",
  "/timeline/",
  "/claims/",
  "/glossary/",
  "/places/",
  "/who/",
  "/search/",
  "/print/",
].filter((url) => built.has(url));

/** Follows a footnote, then searches from the header field when there is one. */
async function read(page: Page): Promise<void> {
  const note = page.locator("sup a[data-footnote-ref]").first();
  if (await note.count()) await note.click();
  const search = page.locator("form[data-search-field] input[type=search]").first();
  if ((await search.count()) && (await search.isVisible())) {
    await search.click();
    await page.keyboard.type("Wagner");
    await page.waitForLoadState("networkidle");
  }
}

/** Records every request that leaves the site's origin, and blocks it. */
async function recordOutside(context: BrowserContext, origin: string): Promise<string[]> {
  const outside: string[] = [];
  const isOwn = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).origin === origin;
  context.on("request", (request) => {
    if (!isOwn(request.url())) outside.push(`${request.frame().url()} asked for ${request.url()}`);
  });
  await context.route(
    (url) => !isOwn(url.href),
    (route) => route.abort("blockedbyclient"),
  );
  return outside;
}

test("the shipped policy allows only the site's own scripts, none inline", () => {
  const directives = parsePolicy(policy);
  const scripts = directives.get("script-src") ?? directives.get("default-src");
  expect(scripts, "public/_headers sets a script-src").toBeDefined();
  expect(scripts).toContain("'self'");
  for (const source of scripts ?? []) {
    expect(["'self'", "'wasm-unsafe-eval'"], `script-src ${source}`).toContain(source);
  }
  expect(directives.get("default-src")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) expect(source, `${name} allows only the site itself`).toMatch(/^('[a-z-]+'|data:)$/);
  }
});

test("browsing the built site makes no request outside its own origin", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const outside = await recordOutside(context, new URL(baseURL ?? "").origin);
  for (const url of pageTypes) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await read(page);
  }
  await page.goto("/search/?q=Tinzaouatene");
  await page.waitForLoadState("networkidle");
  await page.goto("/no-such-page/");
  expect(outside).toEqual([]);
});

test.describe("pages work under the Content Security Policy", () => {
  test.beforeEach(async ({ context }) => {
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => {
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline code"} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
  });

  // Requests still in flight when a test ends (search loading) must not fail it.
  test.afterEach(async ({ context }) => {
    await context.unrouteAll({ behavior: "ignoreErrors" });
  });

  for (const url of [...pageTypes, ...(built.has("/search/") ? ["/search/?q=Wagner"] : [])]) {
    test(url, async ({ page }) => {
      test.setTimeout(90_000);
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`error: ${e.message}`));
      const response = await page.goto(url);
      expect(response?.headers()["content-security-policy"]).toBe(policy);
      await page.waitForLoadState("networkidle");
      await read(page);
      if (url.startsWith("/search/?q=")) {
        // Search (a worker and WebAssembly) runs under the policy: results arrive.
        await expect(page.locator("pagefind-results a").first()).toBeVisible({ timeout: 30_000 });
      }
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect([...violations, ...problems]).toEqual([]);
    });
  }
});

test("every page carries the policy as a meta tag, saying what public/_headers says", async ({ page }) => {
  // A meta policy cannot carry frame-ancestors (browsers ignore it there); the rest must match.
  const expected = parsePolicy(policy);
  expected.delete("frame-ancestors");
  test.setTimeout(120_000);
  for (const url of pageTypes) {
    await page.goto(url);
    const meta = page.locator('head meta[http-equiv="Content-Security-Policy" i]');
    await expect(meta, url).toHaveCount(1);
    expect(parsePolicy((await meta.getAttribute("content")) ?? ""), url).toEqual(expected);
  }
});

test("every built page carries that meta policy before anything it loads", () => {
  const expected = parsePolicy(policy);
  expected.delete("frame-ancestors");
  const wrong: string[] = [];
  for (const file of htmlPages()) {
    const html = readFileSync(path.join(distDir(), file), "utf8");
    const head = html.slice(0, html.search(/<(script|link|style)\b/i));
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(head)?.[1];
    if (content === undefined) wrong.push(`${file}: no policy meta tag before the first script, link or style`);
    else if (JSON.stringify([...parsePolicy(content)]) !== JSON.stringify([...expected])) {
      wrong.push(`${file}: ${content}`);
    }
  }
  expect(wrong).toEqual([]);
});
