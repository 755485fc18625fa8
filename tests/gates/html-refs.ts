import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** One address written in a page: which element and attribute, and the value as written. */
export interface HtmlRef {
  tag: string;
  attr: string;
  value: string;
  /** The element's rel attribute, split into words (links only). */
  rel: string[];
  /** Line of the element in the page, when known. */
  line: number | undefined;
}

/** What a page offers (ids) and what it points at (refs), read with a spec-compliant parser. */
export interface PageRefs {
  ids: Set<string>;
  refs: HtmlRef[];
  /** Text of the page's <style> elements, for url() references. */
  styles: string[];
}

/** Attributes that hold one address, by element. */
const urlAttributes: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  source: ["src"],
  script: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};

function attribute(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

/** The addresses in a srcset: `a.png 1x, b.png 2x` → a.png, b.png. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

function visit(node: Node, found: PageRefs): void {
  if ("tagName" in node) {
    const id = attribute(node, "id");
    if (id !== undefined) found.ids.add(id);
    const name = node.tagName === "a" ? attribute(node, "name") : undefined;
    if (name !== undefined) found.ids.add(name);
    const rel = (attribute(node, "rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const line = node.sourceCodeLocation?.startLine;
    for (const attr of urlAttributes[node.tagName] ?? []) {
      const value = attribute(node, attr);
      if (value !== undefined) found.refs.push({ tag: node.tagName, attr, value, rel, line });
    }
    const srcset = attribute(node, "srcset");
    if (srcset !== undefined) {
      for (const value of srcsetUrls(srcset)) found.refs.push({ tag: node.tagName, attr: "srcset", value, rel, line });
    }
    if (node.tagName === "style") {
      found.styles.push(node.childNodes.map((c) => ("value" in c ? c.value : "")).join(""));
    }
  }
  const children = "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) visit(child, found);
}

/** Reads the ids and the addresses of one HTML page. */
export function readPageRefs(html: string): PageRefs {
  const found: PageRefs = { ids: new Set(), refs: [], styles: [] };
  visit(parse(html, { sourceCodeLocationInfo: true }), found);
  return found;
}

/** The addresses in a style sheet's url(...) and @import "..." (data: URLs left out). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const value = (m[2] ?? m[4] ?? "").trim();
    if (value && !value.startsWith("data:")) urls.push(value);
  }
  return urls;
}
