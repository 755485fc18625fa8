import type { Element, ElementContent, Root } from "hast";

/**
 * Keeps the notes' marks with what they belong to, on a narrow column as on a wide one:
 * - each note's back links ("↩", "↩²") stay with the words before them: the spaces GFM puts
 *   before them become no-break spaces (an arrow often wrapped alone onto a last line of its
 *   own, where it read as a stray mark rather than the end of the note);
 * - a group of note marks after a sentence ("…in 2021.³ ⁴") stays on one line: the space between
 *   two marks becomes a no-break space (a line had started with a lone "4").
 */
export default function rehypeFootnoteBackrefs() {
  return (tree: Root) => {
    for (const child of tree.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "section" && child.properties.dataFootnotes !== undefined) {
        for (const list of elements(child, "ol")) for (const item of elements(list, "li")) tie(item);
      } else {
        tieMarks(child);
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

/** A note mark as GFM writes it: <sup><a data-footnote-ref …>3</a></sup>. */
function isMark(node: ElementContent | undefined): boolean {
  return (
    node?.type === "element" &&
    node.tagName === "sup" &&
    node.children.some((c) => c.type === "element" && c.tagName === "a" && c.properties.dataFootnoteRef !== undefined)
  );
}

/** Under `parent`, each run of white space between two note marks becomes one no-break space. */
function tieMarks(parent: Element): void {
  const nodes = parent.children;
  nodes.forEach((node, i) => {
    if (node.type === "element") tieMarks(node);
    else if (node.type === "text" && /^\s+$/.test(node.value) && isMark(nodes[i - 1]) && isMark(nodes[i + 1])) {
      node.value = "\u00a0";
    }
  });
}
