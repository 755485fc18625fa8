import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostHeaders, serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";

/** `npm run serve` serves the book as a static host would: compressed, with its 404 page. */
describe("the static server", () => {
  let dir: string;
  let server: StaticServer;
  const page = `<!doctype html><title>Wagner</title><p>${"The Wagner Group in Mali. ".repeat(400)}</p>`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "book-serve-"));
    mkdirSync(path.join(dir, "actors", "wagner"), { recursive: true });
    writeFileSync(path.join(dir, "actors", "wagner", "index.html"), page);
    writeFileSync(path.join(dir, "404.html"), "<!doctype html><title>Page not found</title>");
    server = await serveStatic(dir, { compress: true, headers: { "X-Content-Type-Options": "nosniff" } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends a page compressed to a browser that accepts it, and whole once decoded", async () => {
    const res = await fetch(`${server.origin}/actors/wagner/`, { headers: { "Accept-Encoding": "br, gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toBe(page);
  });

  it("sends it plain to a client that accepts no encoding", async () => {
    const res = await fetch(`${server.origin}/actors/wagner/`, { headers: { "Accept-Encoding": "identity" } });
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe(page);
  });

  it("answers an unknown address with 404 and the book's own not-found page", async () => {
    const res = await fetch(`${server.origin}/actors/nobody/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });
});

/** npm run serve sends what a static host would send, read from the site's own _headers file. */
describe("the headers of a static host", () => {
  it("are the /* block of the site's _headers file, and none without one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "book-headers-"));
    try {
      expect(hostHeaders(dir)).toEqual({});
      writeFileSync(
        path.join(dir, "_headers"),
        "# comment\n/*\n  Content-Security-Policy: default-src 'none'\n  X-Frame-Options: DENY\n/pdf/*\n  X-Robots-Tag: noindex\n",
      );
      expect(hostHeaders(dir)).toEqual({ "content-security-policy": "default-src 'none'", "x-frame-options": "DENY" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
