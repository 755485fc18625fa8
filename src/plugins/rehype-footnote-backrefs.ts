import type { Element, Root } from "hast";

/**
 * Ties each note's back links ("↩", "↩²") to the words before them: the spaces GFM puts before
 * them become no-break spaces. On a narrow column an arrow often wrapped alone onto a last line
 * of its own, where it read as a stray mark rather than the end of the note.
 */
export default function rehypeFootnoteBackrefs() {
  return (tree: Root) => {
    for (const child of tree.children) {
      if (child.type === "element" && child.tagName === "section" && child.properties.dataFootnotes !== undefined) {
        for (const list of elements(child, "ol")) for (const item of elements(list, "li")) tie(item);
      }
    }
  };
}

function elements(parent: Element, tagName: string): Element[] {
  return parent.children.filter((c): c is Element => c.type === "element" && c.tagName === tagName);
}

/** In the note's last paragraph, a space (or a text's final space) before a back link. */
function tie(item: Element): void {
  const paragraph = elements(item, "p").at(-1);
  if (!paragraph) return;
  const nodes = paragraph.children;
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    const backref =
      next?.type === "element" && next.tagName === "a" && next.properties.dataFootnoteBackref !== undefined;
    if (backref && node.type === "text" && node.value.endsWith(" ")) node.value = `${node.value.slice(0, -1)}\u00a0`;
  });
}
