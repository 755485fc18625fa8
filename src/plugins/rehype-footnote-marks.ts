import type { Element, ElementContent, Root } from "hast";

/**
 * Keeps the notes' marks with what they belong to, on a narrow column as on a wide one:
 * - each note's back links ("↩", "↩²") stay with the words before them: the spaces GFM puts
 *   before them become no-break spaces (an arrow often wrapped alone onto a last line of its
 *   own, where it read as a stray mark rather than the end of the note);
 * - a group of note marks after a sentence reads as a list of notes, in order, on one line:
 *   "…in 2021.³ ¹" became "…in 2021.¹,³" (a mark's number is that of the note's first mark, so a
 *   group came out of order; "1 2", 1.7 pt apart, read as "12"; and a line could start with "2").
 */
export default function rehypeFootnoteMarks() {
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

/** The number a note mark shows ("3"), or Infinity if it shows none. */
function markNumber(mark: ElementContent): number {
  const text = mark.type === "element" ? toText(mark) : "";
  return /^\d+$/.test(text) ? Number(text) : Infinity;
}

function toText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(toText).join("") : "";
}

/**
 * Under `parent`, each group of note marks (marks with only white space between them) in the
 * order of their numbers, with a comma after each but the last, inside its <sup>, and nothing
 * between them: no space to break a line at, and "1,2" reads as two notes.
 */
function tieMarks(parent: Element): void {
  const nodes = parent.children;
  const out: ElementContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isMark(node)) {
      if (node.type === "element") tieMarks(node);
      out.push(node);
      continue;
    }
    const group: Element[] = [node as Element];
    let j = i + 1;
    for (;;) {
      const between = nodes[j];
      const next = nodes[j + 1];
      if (between?.type === "text" && /^\s+$/.test(between.value) && isMark(next)) {
        group.push(next as Element);
        j += 2;
      } else if (isMark(between)) {
        group.push(between as Element);
        j += 1;
      } else break;
    }
    group.sort((a, b) => markNumber(a) - markNumber(b));
    group.forEach((mark, k) => {
      if (k < group.length - 1) mark.children.push({ type: "text", value: "," });
    });
    out.push(...group);
    i = j - 1;
  }
  parent.children = out;
}
