/**
 * Valid HTML: every page of dist/ (or GATES_DIST) passes html-validate with zero errors and
 * zero warnings, under tests/gates/htmlvalidate.json:
 * - html-validate:recommended, the strictest preset (validity, accessibility, deprecated markup);
 * - valid-id relaxed: HTML5 allows an id to begin with a digit, and event ids are dates
 *   (`2024-07-tinzaouatene-ambush`); empty ids and ids with spaces are still errors;
 * - long-title off: a search-engine heuristic (titles over 70 characters), not validity; a page
 *   title here is the entry's full name followed by the book's title.
 * The same check by hand: npx html-validate -c tests/gates/htmlvalidate.json "dist/**\/*.html"
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { distDir, htmlPages, projectRoot } from "./dist-pages.ts";

const config = JSON.parse(readFileSync(path.join(import.meta.dirname, "htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });
const dir = distDir();
const pages = htmlPages(dir);
const counts = new Map<string, number>();
let errors = 0;
for (const page of pages) {
  const file = path.join(dir, page);
  const report = await validator.validateFile(file);
  for (const result of report.results) {
    for (const m of result.messages) {
      errors += 1;
      counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
      const where = `${path.relative(projectRoot, file)}:${m.line}:${m.column}`;
      console.error(`${where}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`);
    }
  }
}
const byRule = [...counts].map(([rule, n]) => `${rule} ${n}`).join(", ");
console.log(`html-validate: ${pages.length} pages, ${errors} problem(s)${byRule ? ` (${byRule})` : ""}`);
process.exit(errors ? 1 : 0);
