import { z } from "zod";
import { ref } from "./ref.ts";

/** A pointer into one source: its id and, optionally, where in it (a paragraph number or range). */
export const citation = z.strictObject({
  /** Id of the source in content/sources. */
  source: ref("sources"),
  /**
   * Paragraph number or range in the source, e.g. "7" or "7-9", within the source's `paragraphs`
   * (checked with the rest of the book in src/lib/integrity.ts).
   */
  locator: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citation>;

/** One or more citations; a claim of fact needs at least one. */
export const citations = z.array(citation).min(1, "cite at least one source");
