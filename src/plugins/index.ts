import type { RehypePlugins, RemarkPlugin, RemarkPlugins } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import type { SourceData } from "../schemas/source.ts";
import rehypeBlockSize from "./rehype-block-size.ts";
import rehypeFootnoteMarks from "./rehype-footnote-marks.ts";
import rehypeHeadingWeight from "./rehype-heading-weight.ts";
import rehypeStaticHtml from "./rehype-static-html.ts";
import remarkCitations from "./remark-citations.ts";
import remarkSmartypants from "./remark-smartypants.ts";

/**
 * The remark plugins of the book, in order: GFM (tables, footnotes), SmartyPants (where Astro
 * would put its own, which the config turns off: see remark-smartypants.ts), then citations.
 */
export function remarkPlugins(sources: ReadonlyMap<string, SourceData>): RemarkPlugins {
  return [remarkGfm, remarkSmartypants, [remarkCitations as RemarkPlugin, { sources }]];
}

/**
 * The rehype plugins of the book: the notes' marks kept with what they belong to (back links
 * with the words before them, a group of marks in order on one line), the section headings
 * weighed in search as the text is, the plain parts of each
 * page written as HTML at compile time, then the size of its notes written on them for the
 * browser.
 */
export function rehypePlugins(): RehypePlugins {
  return [rehypeFootnoteMarks, rehypeHeadingWeight, rehypeStaticHtml, rehypeBlockSize];
}

/**
 * What a screen reader says of a note's links back to the text: "Back to note 3 in the text",
 * then "Back to note 3 in the text, citation 2" and so on for the other places that cite the same
 * note (shown "↩²": a link's name holds the number it shows), rather than remark's "Back to
 * reference 3-2". (remark-rehype's `footnoteBackLabel`.)
 */
export function footnoteBackLabel(note: number, place: number): string {
  return `Back to note ${note + 1} in the text${place > 1 ? `, citation ${place}` : ""}`;
}
