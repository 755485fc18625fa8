import { z } from "zod";
import { citations } from "./citation.ts";
import { ref } from "./ref.ts";
import { prose } from "./prose.ts";

/** An acronym or term (content/glossary/<id>.yaml). */
export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  /** What an acronym stands for, in its original language. */
  expansion: z.string().optional(),
  /** English translation of a non-English expansion. */
  translation: prose.optional(),
  variants: z.array(z.string().min(1)).default([]),
  definition: prose,
  /** The actor briefing that covers it, if any. */
  actor: ref("actors").optional(),
  sources: citations,
});
export type GlossaryData = z.infer<typeof glossarySchema>;
