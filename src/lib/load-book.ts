import path from "node:path";
import type { SourceData } from "../schemas/source.ts";
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
