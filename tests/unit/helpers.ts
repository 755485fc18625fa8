import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkContent } from "../../src/lib/integrity.ts";
import { formatProblem } from "../../src/lib/problems.ts";

export const miniBook = path.resolve(import.meta.dirname, "../fixtures/mini/content");

/**
 * Copies the small valid fixture book, applies `changes` (file path under content/ → new text,
 * or a function of the old text), checks it, and returns every problem as the build prints it.
 */
export function checkWith(changes: Record<string, string | ((old: string) => string)>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "book-"));
  const content = path.join(dir, "content");
  try {
    cpSync(miniBook, content, { recursive: true });
    for (const [file, change] of Object.entries(changes)) {
      const full = path.join(content, file);
      const text = typeof change === "string" ? change : change(readText(full));
      writeFileSync(full, text);
    }
    return checkContent(content, dir).problems.map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { readFileSync } from "node:fs";
function readText(file: string): string {
  return readFileSync(file, "utf8");
}
