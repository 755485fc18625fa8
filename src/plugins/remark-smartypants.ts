import type { Root, Text } from "mdast";
import { retext } from "retext";
import smartypants from "retext-smartypants";
import type { Node, Parent } from "unist";
import { visit } from "unist-util-visit";

/**
 * SmartyPants (curly quotes, dashes, ellipses) exactly as Astro's own `smartypants: true` applies
 * it, which is remark-smartypants 3.0.3; this is that plugin with one change: a text is only run
 * through retext when it holds something retext-smartypants could change. The plugin parses the
 * whole document's text once for the quotes, then every text node again on its own for the
 * dashes, ellipses and backticks; nearly no text has any of those, and the second parse (a full
 * retext run per text node) was a tenth of the time spent compiling each MDX file. retext
 * (parse-latin and nlcst-to-string) gives back exactly the text it was given when no smartypants
 * rule applies, so skipping it changes nothing.
 *
 * Use it with `smartypants: false` in `unified()`, first after GFM, where Astro puts its own.
 */
const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
const others = retext().use(smartypants, { quotes: false });

/**
 * The same typography for a plain string of front matter or YAML (a summary, a title, a claim's
 * statement), which pages print as text, so that it matches the MDX bodies around it: `Algeria's
 * "concern"` becomes `Algeria’s “concern”`.
 */
export function smartText(text: string): string {
  const curled = quoteChar.test(text) ? quotes.processSync(text).toString() : text;
  return otherRules.test(curled) ? others.processSync(curled).toString() : curled;
}

export default function remarkSmartypants() {
  return (tree: Root) => {
    let allText = "";
    let startIndex = 0;
    const nodes: Node[] = [];
    visit(tree, check, (node: Node) => {
      if (isLiteral(node)) {
        allText += node.type === "text" ? node.value : "A".repeat(node.value.length);
      } else if (isBlock(node)) {
        // A "fake" space: a quote at the start of a block is an opening quote.
        allText += " ";
      }
      nodes.push(node);
    });
    // All the text at once, so that quotes around links and emphasis pair up.
    if (quoteChar.test(allText)) allText = quotes.processSync(allText).toString();
    for (const node of nodes) {
      if (isLiteral(node)) {
        const endIndex = startIndex + node.value.length;
        if (node.type === "text") {
          const text = allText.slice(startIndex, endIndex);
          (node as Text).value = otherRules.test(text) ? others.processSync(text).toString() : text;
        }
        startIndex = endIndex;
      } else if (isBlock(node)) {
        startIndex += 1;
      }
    }
  };
}

/** What the quotes rule turns into curly quotes. */
const quoteChar = /["']/;
/**
 * What the other default rules can change: two dots with only white space (parse-latin's) between
 * them (ellipses, spaced or not), `--` (dashes), ` `` ` and `''` (backticks).
 */
const otherRules = /\.[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.|--|``|''/;

const visited = new Set(["text", "inlineCode", "paragraph", "heading", "tableCell"]);
const ignoredHtmlElements = new Set(["style", "script"]);
/** Blocks whose text starts afresh (inline parents must not: quotes pair across them). */
const blocks = new Set(["paragraph", "heading", "tableCell"]);

function check(node: Node, _index: number | undefined, parent: Parent | undefined): boolean {
  return Boolean(
    parent &&
    (parent.type !== "mdxJsxTextElement" ||
      ("name" in parent && typeof parent.name === "string" && !ignoredHtmlElements.has(parent.name))) &&
    visited.has(node.type) &&
    (isLiteral(node) || isBlock(node)),
  );
}

function isLiteral(node: Node): node is Node & { value: string } {
  return "value" in node && typeof node.value === "string";
}

function isBlock(node: Node): boolean {
  return blocks.has(node.type);
}
