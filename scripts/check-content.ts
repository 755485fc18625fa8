/**
 * Checks every content file against its schema and the book as a whole (references, dates,
 * citations, names, relations). Prints every problem with file, line, field and a hint.
 * Usage: node scripts/check-content.ts [content-dir]
 */
import path from "node:path";
import { checkContent } from "../src/lib/integrity.ts";
import { formatProblems } from "../src/lib/problems.ts";

const contentDir = path.resolve(process.argv[2] ?? "content");
const { book, problems } = checkContent(contentDir, process.cwd());
if (problems.length) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(book)
  .map(([name, entries]) => `${entries.size} ${name}`)
  .join(", ");
console.log(`content ok: ${counts}`);
