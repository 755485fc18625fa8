import type { FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { t } from "../i18n/t.ts";
import { citationParts, labelId, parseCitationKey } from "../lib/citations.ts";
import { didYouMean } from "../lib/nearest.ts";
import { headingCase } from "../lib/text.ts";
import type { SourceData } from "../schemas/source.ts";

export interface RemarkCitationsOptions {
  /** Every source, by id. */
  sources: ReadonlyMap<string, SourceData>;
}

const referencePattern = /\[\^([^\]\s]+)\]/g;

/**
 * Turns footnote references whose label is a source id (`[^lechner-mt-2024:7]`) into numbered
 * footnotes. The first note of each source gives its full citation; the later ones its short
 * form, "Foreign Policy, 2024, para. 15.", linking to the source's page, as a book's notes do.
 * Ordinary footnotes pass through. A reference that is neither a source nor a defined footnote
 * stops the build with file, line and the nearest ids.
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  const ids = new Set(options.sources.keys());
  return (tree: Root, file: VFile) => {
    const defined = new Set<string>();
    visit(tree, "footnoteDefinition", (node) => {
      defined.add(node.identifier);
    });
    /** Each note to write: its source and locator, by the note's identifier. */
    const needed = new Map<string, { source: string; locator: string | undefined }>();
    const problems: string[] = [];
    /** The line of each citation found in the text, whose node has no position of its own. */
    const lines = new WeakMap<FootnoteReference, number>();

    const cite = (label: string, line: number | undefined): FootnoteReference | null => {
      const key = parseCitationKey(label, ids);
      if (!key) {
        if (defined.has(label.toLowerCase())) return null;
        const id = labelId(label);
        const hint = didYouMean(id, ids);
        problems.push(
          `${file.path}${line ? `:${line}` : ""}: cites [^${label}], but "${id}" is not a source id and the footnote has no definition${hint ? `; ${hint}` : ""}`,
        );
        return null;
      }
      const identifier = noteIdentifier(label);
      if (!needed.has(identifier)) needed.set(identifier, { source: key.source, locator: key.locator });
      const ref: FootnoteReference = { type: "footnoteReference", identifier, label };
      if (line !== undefined) lines.set(ref, line);
      return ref;
    };

    // Unmatched `[^id]` stays as text in GFM: find citations there.
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("[^")) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(referencePattern)) {
        const label = m[1] ?? "";
        const ref = cite(label, node.position?.start.line);
        if (!ref) continue;
        const at = m.index ?? 0;
        if (at > last) parts.push({ type: "text", value: node.value.slice(last, at) });
        parts.push(ref);
        last = at + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return [SKIP, index + parts.length];
    });
    // A reference that matched a written definition but names a source is left alone.
    visit(tree, "footnoteReference", (node) => {
      if (defined.has(node.identifier)) return;
      const ref = cite(node.label ?? node.identifier, node.position?.start.line);
      if (ref) node.identifier = ref.identifier;
    });

    if (problems.length) {
      throw new Error(`Unknown citation${problems.length > 1 ? "s" : ""}:\n  ${problems.join("\n  ")}`);
    }
    // The same note twice in a row ("…control.[^fp-2024:37] [^fp-2024:37]") is a slip: the reader
    // sees two marks that lead to one note.
    const repeated: string[] = [];
    visit(tree, "footnoteReference", (node, index, parent) => {
      if (!parent || index === undefined) return;
      let before = index - 1;
      while (before >= 0 && isBlank(parent.children[before])) before--;
      const previous = parent.children[before];
      if (previous?.type === "footnoteReference" && previous.identifier === node.identifier) {
        const line = node.position?.start.line ?? lines.get(node);
        repeated.push(
          `${file.path}${line ? `:${line}` : ""}: cites [^${node.label ?? node.identifier}] twice in a row; keep one`,
        );
      }
    });
    if (repeated.length) {
      throw new Error(`Repeated citation${repeated.length > 1 ? "s" : ""}:\n  ${repeated.join("\n  ")}`);
    }
    // A note's number is no word of the text: search leaves it out of its index and excerpts,
    // which otherwise read "…the defining moves. 1 3 Writing soon after…".
    visit(tree, "footnoteReference", (node) => {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataPagefindIgnore: "" } };
    });
    // GFM numbers the notes in the order the text first refers to them, the notes' own text
    // after the rest: in that order, the first note of each source is the one written in full.
    const order = new Set<string>();
    const inOrder = (node: Nodes) => {
      visit(node, (child) => {
        if (child !== node && child.type === "footnoteDefinition") return SKIP;
        if (child.type === "footnoteReference") {
          const { identifier } = child as FootnoteReference;
          if (needed.has(identifier)) order.add(identifier);
        }
        return undefined;
      });
    };
    inOrder(tree);
    visit(tree, "footnoteDefinition", (node) => inOrder(node));
    for (const identifier of needed.keys()) order.add(identifier);
    const cited = new Set<string>();
    for (const identifier of order) {
      const note = needed.get(identifier);
      if (!note) continue;
      const full = !cited.has(note.source);
      cited.add(note.source);
      tree.children.push(definition(identifier, note.source, note.locator, options.sources, full));
    }
  };
}

/** Only spaces between two marks: "[^a] [^a]". */
function isBlank(node: Nodes | undefined): boolean {
  return node?.type === "text" && node.value.trim() === "";
}

/**
 * The note's identifier, from which the page's ids are made. A range's hyphen becomes "_": the
 * second mark of `[^mena-2025:1]` gets the id `fnref-mena-2025:1-2`, which would otherwise also
 * be the id of the first mark of `[^mena-2025:1-2]`.
 */
function noteIdentifier(label: string): string {
  const colon = label.indexOf(":");
  const lower = label.toLowerCase();
  return colon === -1 ? lower : `${lower.slice(0, colon)}:${lower.slice(colon + 1).replace(/-/g, "_")}`;
}

/** A note: the full citation (`full`), or its short form linking to the source's page. */
function definition(
  identifier: string,
  id: string,
  locator: string | undefined,
  sources: ReadonlyMap<string, SourceData>,
  full: boolean,
): FootnoteDefinition {
  const source = sources.get(id);
  if (!source) throw new Error(`unknown source ${id}`);
  const c = citationParts(id, source, locator);
  if (!full) {
    const short: PhrasingContent[] = [
      {
        type: "link",
        url: c.href,
        data: { hProperties: { className: ["source-link"] } },
        children: [{ type: "text", value: headingCase(source.shortLabel) }],
      },
      { type: "text", value: c.locator ? `, ${c.locator}.` : "." },
    ];
    return {
      type: "footnoteDefinition",
      identifier,
      label: identifier,
      children: [{ type: "paragraph", children: short }],
    };
  }
  const children: PhrasingContent[] = [
    { type: "text", value: `${c.author}, “` },
    c.url
      ? {
          type: "link",
          url: c.url,
          data: { hProperties: { rel: ["noopener", "noreferrer"] } },
          children: [{ type: "text", value: c.title }],
        }
      : { type: "text", value: c.title },
    { type: "text", value: "”, " },
    c.outlet
      ? { type: "emphasis", children: [{ type: "text", value: c.outlet }] }
      : { type: "text", value: t("source.outletUnknown") },
    { type: "text", value: `, ${c.date}${c.locator ? `, ${c.locator}` : ""}` },
    // Empty: print writes the source's address here, at the end of the citation (print.css).
    ...(c.url
      ? [
          {
            type: "emphasis" as const,
            data: { hName: "span", hProperties: { className: ["source-url"], dataUrl: c.url } },
            children: [],
          },
        ]
      : []),
    { type: "text", value: ". " },
    {
      type: "link",
      url: c.href,
      // Not printed (print.css): on paper it leads nowhere.
      data: { hProperties: { className: ["source-link", "source-about"] } },
      children: [{ type: "text", value: t("source.about") }],
    },
  ];
  return { type: "footnoteDefinition", identifier, label: identifier, children: [{ type: "paragraph", children }] };
}
