import { escapeHTML, spreadAttributes } from "astro/runtime/server/index.js";
import type { Element, ElementContent, Root } from "hast";
import { find, html } from "property-information";

/**
 * Writes the plain parts of an MDX page as HTML at compile time, exactly as Astro would render
 * them: the children of each paragraph, list and note become one `set:html` string instead of a
 * JSX call per element and per text. An actor's briefing compiled to some 45 KB of JSX, most of
 * it its notes; every byte of it was built, printed, bundled, loaded and then run on every render.
 *
 * The HTML is the same, byte for byte: texts are escaped with Astro's own escapeHTML and
 * attributes written with its own spreadAttributes, from the props MDX would give the element
 * (property-information's attribute names, token lists joined as hast-util-to-estree joins them).
 * Anything this does not know to be plain is left to MDX: headings (Astro collects them after
 * this plugin), MDX components and expressions, void elements, tables, code, scripts and styles,
 * SVG, boolean and style attributes, and an element whose HTML would be only white space (Astro
 * renders raw white space as nothing). The elements inside the HTML can no longer be replaced
 * through a `components` prop, which the book never passes.
 */
export default function rehypeStaticHtml() {
  return (tree: Root) => {
    for (const child of tree.children) if (child.type === "element") collapse(child);
  };
}

/** Elements written as HTML; any other element keeps the subtree holding it in JSX. */
const plain = new Set([
  "a",
  "abbr",
  "b",
  "blockquote",
  "cite",
  "del",
  "dfn",
  "em",
  "i",
  "li",
  "mark",
  "ol",
  "p",
  "q",
  "s",
  "section",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
  "ul",
]);

/**
 * Puts the element's children in `set:html` if they are all plain, or else tries each child. An
 * element with props only MDX can give (the notes' `data-footnotes`, which hast holds as `true`)
 * stays with MDX, and its children are tried.
 */
function collapse(element: Element): void {
  if (!plain.has(element.tagName)) return;
  if (props(element) !== undefined) {
    const inner = serializeAll(element.children);
    if (inner !== undefined && inner.trim() !== "") {
      element.properties["set:html"] = inner;
      element.children = [];
      return;
    }
  }
  for (const child of element.children) if (child.type === "element") collapse(child);
}

function serializeAll(nodes: ElementContent[]): string | undefined {
  let out = "";
  for (const node of nodes) {
    const html = serialize(node);
    if (html === undefined) return undefined;
    out += html;
  }
  return out;
}

function serialize(node: ElementContent): string | undefined {
  if (node.type === "text") return escapeHTML(node.value);
  if (node.type !== "element" || !plain.has(node.tagName)) return undefined;
  const attributes = props(node);
  if (attributes === undefined) return undefined;
  const inner = serializeAll(node.children);
  if (inner === undefined) return undefined;
  return `<${node.tagName}${String(spreadAttributes(attributes))}>${inner}</${node.tagName}>`;
}

/** The props MDX (hast-util-to-estree) gives the element, or undefined for any it may not. */
function props(element: Element): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(html, property);
    if (!value && info.boolean) continue;
    const name = info.attribute;
    if (name === "style" || name === "set:html" || name === "set:text") return undefined;
    if (typeof value === "string") out[name] = value;
    else if (typeof value === "number" && !Number.isNaN(value)) out[name] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
      out[name] = info.commaSeparated ? commas(value) : value.join(" ").trim();
    } else return undefined;
  }
  return out;
}

/** comma-separated-tokens' stringify, as hast-util-to-estree calls it. */
function commas(values: string[]): string {
  const input = values[values.length - 1] === "" ? [...values, ""] : values;
  return input.join(", ").trim();
}
