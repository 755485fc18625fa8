import type { RemarkPlugin, RemarkPlugins } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import type { SourceData } from "../schemas/source.ts";
import remarkCitations from "./remark-citations.ts";

/** The remark plugins of the book, in order: GFM (tables, footnotes), then citations. */
export function remarkPlugins(sources: ReadonlyMap<string, SourceData>): RemarkPlugins {
  return [remarkGfm, [remarkCitations as RemarkPlugin, { sources }]];
}
