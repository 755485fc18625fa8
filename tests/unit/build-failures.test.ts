/**
 * End to end: each way a writer can go wrong fails the real build (node scripts/build.ts) with a
 * message naming the file and the line or field, and leaves the previous site exactly as it was.
 * The content check runs before Astro starts, so each case takes a couple of seconds. The
 * messages themselves are locked down in integrity.test.ts; this checks the build's behaviour.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { filesUnder } from "../gates/dist-pages.ts";
import { miniBook } from "./helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");
type Change = string | ((old: string) => string);

/** Each mistake: the files it changes, and what the build's message must contain. */
const mistakes: { name: string; changes: Record<string, Change>; expected: RegExp[] }[] = [
  {
    name: "an unknown source",
    changes: { "actors/alpha.mdx": (t) => t.replace("[^fp-2024]", "[^fp-2042]") },
    expected: [/content\/actors\/alpha\.mdx:18: cites \[\^fp-2042\]/, /did you mean "fp-2024"/],
  },
  {
    name: "an unknown actor",
    changes: { "phases/second.mdx": (t) => t.replace("actors: [alpha]", "actors: [alpha, nobody]") },
    expected: [/content\/phases\/second\.mdx:7: field "actors\[1\]" references actors\/"nobody"/],
  },
  {
    name: "an impossible date",
    changes: { "events/2023-11-capture.yaml": (t) => t.replace("2023-11-14", "2023-02-30") },
    expected: [/content\/events\/2023-11-capture\.yaml:2: field "date" "2023-02-30" is not a real calendar date/],
  },
  {
    name: "an end before its start",
    changes: { "phases/first.mdx": (t) => t.replace('end: "2024-07"', 'end: "2023-01"') },
    expected: [/content\/phases\/first\.mdx:5: field "end" "2023-01" is before the start "2023-10"/],
  },
  {
    // Ids are file names, so two files cannot share one; the writer's way to duplicate an entry
    // is to copy a file and forget to rename what is inside it.
    name: "a duplicate entry (a copied actor keeps the original's names)",
    changes: { "actors/alpha-copy.mdx": (t) => t },
    expected: [/content\/actors\/alpha(-copy)?\.mdx:\d+: field "name" "Alpha Group" is already a name or alias of/],
  },
  {
    name: "a paragraph its source does not have",
    changes: { "actors/beta.mdx": (t) => t.replace("[^rs-2023:3-4]", "[^rs-2023:3-40]") },
    expected: [/content\/actors\/beta\.mdx:14: cites rs-2023 at paragraph 40, but it has 37 paragraphs/],
  },
  {
    name: "a missing required field",
    changes: { "claims/toll.yaml": (t) => t.replace(/^assessment:.*$/m, "") },
    expected: [/content\/claims\/toll\.yaml:1: field "assessment" is required but missing/],
  },
  {
    name: "malformed YAML",
    changes: { "places/town.yaml": (t) => t.replace("kind: town", "kind: [town") },
    expected: [/content\/places\/town\.yaml:\d+: is not valid YAML/],
  },
  {
    name: "a citation without a definition",
    changes: { "actors/alpha.mdx": (t) => t.replace("[^1]: Written by the book.", "") },
    expected: [/content\/actors\/alpha\.mdx:26: cites \[\^1\], but "1" is not a source id and the footnote has no/],
  },
];

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "book-build-failures-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the fixture book with `changes` applied; a new file starts as a copy of the original. */
function brokenBook(dir: string, changes: Record<string, Change>): string {
  const content = path.join(dir, "content");
  cpSync(miniBook, content, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const original = path.join(miniBook, file.replace(/-copy(?=\.)/, ""));
    const text = typeof change === "string" ? change : change(readFileSync(original, "utf8"));
    writeFileSync(path.join(content, file), text);
  }
  return content;
}

/** A previous build: a few files whose bytes must survive a failed build. */
function previousSite(dir: string): Map<string, string> {
  const out = path.join(dir, "dist");
  mkdirSync(path.join(out, "actors"), { recursive: true });
  writeFileSync(path.join(out, "index.html"), "<!doctype html><title>Last good build</title>");
  writeFileSync(path.join(out, "actors", "marker.txt"), `built before ${dir}`);
  return snapshot(out);
}

function snapshot(out: string): Map<string, string> {
  return new Map(filesUnder(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]));
}

/** Runs the real build on a content folder; resolves with its exit code and all it printed. */
function build(content: string, out: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "scripts", "build.ts")],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BOOK_CONTENT_DIR: content, BOOK_OUT_DIR: out },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number | null) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

// Each case builds in its own folder, so they run side by side.
describe.concurrent("a mistake in the content fails the build and keeps the last good site", () => {
  mistakes.forEach(({ name, changes, expected }, n) => {
    it(name, { timeout: 60_000 }, async ({ expect }) => {
      const dir = path.join(work, String(n));
      const before = previousSite(dir);
      const { status, output } = await build(brokenBook(dir, changes), path.join(dir, "dist"));
      expect(status, output).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
      expect(output).toMatch(/build: content check failed/);
      expect(snapshot(path.join(dir, "dist"))).toEqual(before);
      // Nor does it leave its work folder behind (scripts/build.ts names it by the output folder).
      const hash = createHash("sha256").update(path.join(dir, "dist")).digest("hex").slice(0, 12);
      expect(existsSync(path.join(root, ".build-tmp", hash)), "the failed build's work folder").toBe(false);
    });
  });
});
