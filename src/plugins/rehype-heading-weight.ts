import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * A briefing's section headings weigh in search as its text does (data-pagefind-weight="1"), not
 * as Pagefind weighs a heading (an h2 six times, an h3 five). What a briefing is about is its
 * title and names (SearchNames.astro); its section headings are the book's outline ("Who they are
 * and what they want", "Role phase by phase") or the titles of other pages: an actor's role is
 * told under each phase's title. Weighed as headings, those titles made every actor with a role in
 * phase 7 count "the fall of Kidal" five times, above the event of Kidal's fall, which names that
 * phase once. The headings still start the sections that search links to.
 */
export default function rehypeHeadingWeight() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (/^h[2-6]$/.test(node.tagName)) node.properties["dataPagefindWeight"] = "1";
    });
  };
}
