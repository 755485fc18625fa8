import type { Element, ElementContent, Root } from "hast";
import { blockSizeStyle, breaks, collapse, isBlock, textOfHtml } from "../lib/render-estimate.ts";

/**
 * Writes on a page's notes (the `section` GFM footnotes make) how much text they hold, so that the
 * browser can size them before it lays them out (see src/lib/render-estimate.ts). Runs after
 * rehype-static-html: the notes' children are then one HTML string, read here as text.
 */
export default function rehypeBlockSize() {
  return (tree: Root) => {
    for (const child of tree.children) {
      if (child.type === "element" && child.tagName === "section" && child.properties.dataFootnotes !== undefined) {
        const size = { text: "", blocks: 0 };
        for (const node of child.children) measure(node, size);
        child.properties.style = blockSizeStyle({ chars: collapse(size.text).length, blocks: size.blocks });
      }
    }
  };
}

function measure(node: ElementContent, size: { text: string; blocks: number }): void {
  if (node.type === "text") size.text += node.value;
  if (node.type !== "element") return;
  if (isBlock(node.tagName)) size.blocks += 1;
  if (breaks(node.tagName)) size.text += " ";
  const html = (node as Element).properties["set:html"];
  if (typeof html === "string") {
    const inner = textOfHtml(html);
    size.text += inner.text;
    size.blocks += inner.blocks;
  }
  for (const child of node.children) measure(child, size);
  if (breaks(node.tagName)) size.text += " ";
}
