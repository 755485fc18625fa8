import { z } from "zod";
import { isoDate, dateQualifier } from "./date.ts";
import { ref } from "./ref.ts";
import { prose } from "./prose.ts";

/** Front matter of a phase briefing (content/phases/<id>.mdx). */
export const phaseSchema = z.strictObject({
  title: prose,
  /** Position in the book; prev/next follow it. Unique. */
  order: z.number().int().positive(),
  start: isoDate,
  startQualifier: dateQualifier.optional(),
  end: isoDate,
  endQualifier: dateQualifier.optional(),
  summary: prose,
  /** Actors that mattered most in the phase. */
  actors: z.array(ref("actors")).min(1),
  asOf: isoDate,
});
export type PhaseData = z.infer<typeof phaseSchema>;
