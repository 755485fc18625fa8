/**
 * rehype-raw 7, as Astro's MDX processor uses it, made to skip its work where there is none.
 *
 * Astro runs rehype-raw over every MDX page (for syntax highlighters that emit raw HTML). It parses
 * the whole page again with parse5, which costs as much as parsing its Markdown; yet an MDX tree
 * holds `raw` nodes only where a plugin puts them, and none of the book's plugins does. This
 * package replaces rehype-raw (package.json's "overrides"): a tree that holds a raw node goes
 * through hast-util-raw exactly as before; any other tree is given back as the parse would have
 * given it, which for the trees remark-rehype builds changes three things: a property that is not
 * boolean in HTML but holds `true` (GFM's `dataFootnoteRef` and `dataFootnotes`) comes back as an
 * empty string, an attribute with no value; adjacent texts become one text; and the root is
 * marked as not in quirks mode. tests/unit/rehype-raw-when-needed.test.ts compiles every page of
 * the book both ways and asserts the same output.
 */
import { raw } from "hast-util-raw";
import { find, html } from "property-information";

/** The plugin, with rehype-raw's options (Astro passes `passThrough: nodeTypes`). */
export default function rehypeRaw(options) {
  return function (tree, file) {
    if (holdsRaw(tree)) return raw(tree, { ...options, file });
    asParsed(tree);
    tree.data = { ...tree.data, quirksMode: false };
    return tree;
  };
}

function holdsRaw(node) {
  if (node.type === "raw") return true;
  if (node.children) for (const child of node.children) if (holdsRaw(child)) return true;
  return false;
}

/**
 * Writes a non-boolean property that holds `true` as the empty string the parse would give, and
 * joins adjacent texts (copied first: a plugin may have put one node object in two places).
 */
function asParsed(node) {
  if (node.type === "element") {
    for (const [property, value] of Object.entries(node.properties)) {
      if (value !== true) continue;
      const info = find(html, property);
      if (!info.boolean && !info.overloadedBoolean) node.properties[property] = "";
    }
  }
  if (!node.children) return;
  const children = [];
  for (const child of node.children) {
    const last = children[children.length - 1];
    if (child.type === "text" && last?.type === "text") {
      last.value += child.value;
      if (last.position && child.position) last.position = { start: last.position.start, end: child.position.end };
      continue;
    }
    asParsed(child);
    children.push(child.type === "text" ? { ...child } : child);
  }
  node.children = children;
}
