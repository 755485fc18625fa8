/**
 * The build's search step: indexes the site folder given as the first argument with Pagefind,
 * then rewrites the index in a stable order (scripts/lib/pagefind-stable.ts) so that two builds
 * of one commit give the same bytes.
 *
 * Pagefind indexes only pages that mark their text with data-pagefind-body once any page does,
 * but it still reads and parses every page to find out. The pages that are not searched include
 * the whole book on one page (/print/) and the figure pages, which grow faster than the book
 * (at 1,000 briefings /print/ is 75 MB): reading them was most of the indexing time of a large
 * book. So Pagefind is given only the folders that hold a searchable page.
 * Usage: node scripts/search-index.ts <site folder>
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { stabilisePagefind } from "./lib/pagefind-stable.ts";

const mark = "data-pagefind-body";
const site = process.argv[2] ?? "";
if (!site) {
  console.error("usage: node scripts/search-index.ts <site folder>");
  process.exit(2);
}

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

const searchable = (file: string) => readFileSync(file, "utf8").includes(mark);

/** The site's top-level folders that hold at least one searchable page, and its own such pages. */
function searchedPlaces(): { folders: string[]; rootPages: boolean } {
  const folders: string[] = [];
  let rootPages = false;
  for (const entry of readdirSync(site, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) {
      rootPages ||= searchable(path.join(site, entry.name));
    } else if (entry.isDirectory() && entry.name !== "pagefind") {
      const dir = path.join(site, entry.name);
      const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
      if (pages.some((f) => searchable(path.join(dir, f)))) folders.push(entry.name);
    }
  }
  return { folders: folders.sort(), rootPages };
}

const { folders, rootPages } = searchedPlaces();
if (!folders.length && !rootPages) fail(`no page under ${site} carries ${mark}`);
const patterns = [...(rootPages ? ["*.html"] : []), ...folders.map((f) => `${f}/**/*.html`)];
const glob = patterns.length === 1 ? patterns[0]! : `{${patterns.join(",")}}`;

const bin = path.resolve(import.meta.dirname, "..", "node_modules", ".bin", "pagefind");
const result = spawnSync(bin, ["--site", site, "--glob", glob, "--silent"], { stdio: "inherit" });
if (result.status !== 0) fail(`Pagefind stopped (exit ${result.status ?? result.signal})`);

try {
  const report = stabilisePagefind(path.join(site, "pagefind"));
  console.log(`search index: ${glob}; ${report.filters} filter file(s) put in a stable order`);
} catch (e) {
  fail((e as Error).message);
}
