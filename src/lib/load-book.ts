import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { collections } from "../schemas/index.ts";
import { sourceSchema, type SourceData } from "../schemas/source.ts";
import { parseContentFile } from "./content-files.ts";
import { checkContent } from "./integrity.ts";
import { ContentError } from "./problems.ts";

/** The folder the book is read from: `content/`, or BOOK_CONTENT_DIR (fixtures, benchmarks). */
export function contentDir(root: string): string {
  return path.resolve(root, process.env["BOOK_CONTENT_DIR"] ?? "content");
}

/** Checks the whole book; throws a ContentError listing every problem. */
export function loadCheckedBook(root: string) {
  const { book, problems } = checkContent(contentDir(root), root);
  if (problems.length) throw new ContentError(problems);
  const sources = new Map<string, SourceData>();
  for (const [id, entry] of book.sources) sources.set(id, entry.data as SourceData);
  return { book, sources };
}

/**
 * The sources alone, for Astro's config when scripts/build.ts has just checked the whole book
 * (it says so with BOOK_CONTENT_CHECKED=1): the citation plugin needs only their ids and data,
 * and the check need not run twice.
 */
export function loadSources(root: string): { sources: Map<string, SourceData> } {
  const dir = path.join(contentDir(root), collections.sources.dir);
  const sources = new Map<string, SourceData>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(`.${collections.sources.ext}`)) continue;
    const file = path.join(dir, name);
    const { entry } = parseContentFile("sources", path.relative(root, file), readFileSync(file, "utf8"));
    sources.set(entry.id, sourceSchema.parse(entry.data));
  }
  return { sources };
}
