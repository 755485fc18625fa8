import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { entriesCache } from "../../scripts/lib/entries-cache.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe("the build's view of Astro's cached entries", () => {
  it("calls them stale until a build has made them, and after any change to the schemas or the code they use", () => {
    root = mkdtempSync(path.join(tmpdir(), "entries-cache-"));
    write("src/content.config.ts", "export const collections = {};");
    write("src/schemas/event.ts", "export const a = 1;");
    write("src/lib/dates.ts", "export const b = 1;");
    expect(entriesCache(root).stale).toBe(true);
    entriesCache(root).remember();
    expect(entriesCache(root).stale).toBe(false);

    write("content/events/x.yaml", "title: x"); // content: Astro itself sees it change
    write("src/pages/index.astro", "---\n---");
    expect(entriesCache(root).stale).toBe(false);

    write("src/schemas/event.ts", "export const a = 2;");
    expect(entriesCache(root).stale).toBe(true);
    entriesCache(root).remember();
    write("src/plugins/new.ts", "export {};");
    expect(entriesCache(root).stale).toBe(true);
    entriesCache(root).remember();
    rmSync(path.join(root, "src/lib/dates.ts"));
    expect(entriesCache(root).stale).toBe(true);
  });
});
