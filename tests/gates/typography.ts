/**
 * Typography of the text a reader sees on every page of dist/ (or GATES_DIST):
 * - no straight quotes or apostrophes: the book's text, whether from an MDX body (SmartyPants) or
 *   from front matter and YAML (src/schemas/prose.ts), prints “curly” quotes and apostrophes;
 * - a space after every comma and semicolon that follows a word: "52 dated events,21 points" is
 *   what a template gives when its line break is trimmed next to an expression; and, for the same
 *   reason, a space before a bracketed citation ("assessment. [Foreign Policy, 2024, para. 3]");
 * - no two words run together ("Sources disagreeWhat"), as a label and its text with no space
 *   between them in the HTML read to the search index and to any tool that reads the text.
 * Text means the text nodes and the page title, not attributes, scripts, styles, templates or
 * code, or footnote markers. Usage: node tests/gates/typography.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { distDir, htmlPages, projectRoot } from "./dist-pages.ts";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** Elements whose content a reader does not read as the book's prose. */
const skipped = new Set(["script", "style", "template", "code", "pre", "kbd", "samp", "noscript", "sup"]);
/** Elements that end a run of text: what is on either side is not one phrase. */
const blocks = new Set(
  "address article aside blockquote body br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead title tr ul text tspan".split(
    " ",
  ),
);

/** The page's text, one string per run between block boundaries, each with its source line. */
export function textRuns(html: string): { text: string; line: number }[] {
  const runs: { text: string; line: number }[] = [];
  let current = "";
  let line = 0;
  const flush = () => {
    if (current.trim()) runs.push({ text: current.replace(/\s+/g, " ").trim(), line });
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeName === "#text" && "value" in node) {
      if (!current.trim()) line = node.sourceCodeLocation?.startLine ?? 0;
      current += node.value;
      return;
    }
    const tag = "tagName" in node ? node.tagName : "";
    if (skipped.has(tag)) return;
    const block = blocks.has(tag);
    if (block) flush();
    const children = tag === "template" ? [] : "childNodes" in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if (block) flush();
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  flush();
  return runs;
}

export interface TypographyProblem {
  line: number;
  problem: string;
  excerpt: string;
}

/** Names written with a capital inside them (from the sources, and formats): not two words run together. */
const camelCaseNames = /^(GreyZone|MenaDefense|MoD|BibLaTeX|LaTeX|GeoJSON)$/u;

const rules: { pattern: RegExp; problem: string; except?: RegExp }[] = [
  { pattern: /["']/g, problem: "straight quote or apostrophe (write “ ” ‘ ’)" },
  { pattern: /\p{Ll}[,;](?=[\p{L}\p{N}])/gu, problem: "no space after a comma or semicolon" },
  { pattern: /[\p{L}\p{N}.,;:!?”’)]\[/gu, problem: "no space before a bracketed citation" },
  // A label set on a line of its own by CSS and the words after it, with no space between in the
  // HTML: the search index read "Sources disagreeWhat happened at Tinzaouatene".
  {
    pattern: /\p{L}*\p{Ll}\p{Lu}\p{L}*/gu,
    problem: "two words run together (write a space between a label and its text)",
    except: camelCaseNames,
  },
];

/** What is wrong with the typography of one page's text. */
export function checkTypography(html: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const run of textRuns(html)) {
    for (const { pattern, problem, except } of rules) {
      for (const m of run.text.matchAll(pattern)) {
        if (except?.test(m[0])) continue;
        const at = m.index;
        problems.push({ line: run.line, problem, excerpt: run.text.slice(Math.max(0, at - 30), at + 30) });
      }
    }
  }
  return problems;
}

const runTogether = rules.at(-1)!;

/**
 * Words run together in the text the search index holds of a page (a Pagefind fragment: gzip of
 * "pagefind_dcd" and JSON), which does not always part the words of two blocks that touch in the
 * HTML (a term and its definition, a line break): what a reader sees in a result's excerpt.
 */
export function checkIndexedText(content: string): string[] {
  return [...content.matchAll(runTogether.pattern)]
    .filter((m) => !runTogether.except?.test(m[0]))
    .map((m) => content.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30));
}

if (import.meta.main) {
  const dir = distDir();
  const pages = htmlPages(dir);
  let count = 0;
  for (const page of pages) {
    for (const p of checkTypography(readFileSync(path.join(dir, page), "utf8"))) {
      count += 1;
      console.error(`${path.relative(projectRoot, path.join(dir, page))}:${p.line}: ${p.problem}: …${p.excerpt}…`);
    }
  }
  const fragments = path.join(dir, "pagefind", "fragment");
  const indexed = existsSync(fragments) ? readdirSync(fragments).filter((f) => f.endsWith(".pf_fragment")) : [];
  for (const file of indexed) {
    const raw = gunzipSync(readFileSync(path.join(fragments, file))).toString("utf8");
    const fragment = JSON.parse(raw.slice(raw.indexOf("{"))) as { url?: string; content?: string };
    for (const excerpt of checkIndexedText(fragment.content ?? "")) {
      count += 1;
      console.error(`search index, ${fragment.url ?? file}: ${runTogether.problem}: …${excerpt}…`);
    }
  }
  console.log(`typography: ${pages.length} pages, ${indexed.length} indexed pages, ${count} problem(s)`);
  process.exit(count ? 1 : 0);
}
