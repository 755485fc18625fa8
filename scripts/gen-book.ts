/**
 * Writes a synthetic book of N briefings for benchmarks: the five real sources, and actors,
 * phases, events, disputes, places and glossary terms in the real book's proportions, every
 * statement cited. Checks it with the same checks as the build before it returns.
 * Usage: node scripts/gen-book.ts --briefings 1000 --out /tmp/book-1000 [--seed 7]
 * Then: BOOK_CONTENT_DIR=/tmp/book-1000/content BOOK_SKIP_PDF=1 node scripts/build.ts
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkContent } from "../src/lib/integrity.ts";
import { formatProblems } from "../src/lib/problems.ts";
import { shapeFor, syntheticBook } from "./lib/bench-book.ts";
import { cliArgs } from "./lib/cli.ts";

const root = path.resolve(import.meta.dirname, "..");

/** Writes the book's content/ folder under `out` (emptied first) and checks it. */
export function writeSyntheticBook(briefings: number, out: string, seed = 7): string {
  const content = path.join(path.resolve(out), "content");
  rmSync(content, { recursive: true, force: true });
  cpSync(path.join(root, "content", "sources"), path.join(content, "sources"), {
    recursive: true,
    filter: (f) => !f.endsWith("README.md"),
  });
  for (const [file, text] of syntheticBook(briefings, seed)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  const { problems } = checkContent(content, root);
  if (problems.length) throw new Error(`the synthetic book is not valid:\n${formatProblems(problems.slice(0, 20))}`);
  return content;
}

if (import.meta.main) {
  const { values } = cliArgs("node scripts/gen-book.ts --briefings N --out DIR [--seed S]", {
    options: {
      briefings: { type: "string", default: "100" },
      out: { type: "string" },
      seed: { type: "string", default: "7" },
    },
  });
  const briefings = Number(values.briefings);
  if (!Number.isInteger(briefings) || briefings < 2 || !values.out) {
    console.error("usage: node scripts/gen-book.ts --briefings N --out DIR [--seed S]");
    process.exit(2);
  }
  const content = writeSyntheticBook(briefings, values.out, Number(values.seed));
  const shape = Object.entries(shapeFor(briefings))
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  console.log(`gen-book: ${content} (${shape}), checked`);
}
