import remarkGfm from "remark-gfm";
import type { SourceData } from "../schemas/source.ts";
import remarkCitations from "./remark-citations.ts";

/** The remark plugins of the book, in order. */
export function remarkPlugins(sources: ReadonlyMap<string, SourceData>) {
  return [remarkGfm, [remarkCitations, { sources }]] as const;
}
