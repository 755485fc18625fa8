import { z } from "zod";
import { citations } from "./citation.ts";
import { ref } from "./ref.ts";
import { prose } from "./prose.ts";

/** One side of a dispute: what is said, who says it, where. */
export const position = z.strictObject({
  /** The position in the book's words. */
  statement: prose,
  /** The party that makes the claim, when it is a party to the conflict. */
  heldBy: ref("actors").optional(),
  citations,
});

/** What kind of dispute a claim is, in the order the book explains them. */
export const claimKinds = [
  "sources-disagree",
  "source-contradicts-itself",
  "single-party-claim",
  "single-source",
] as const;

/** A disputed or single-source statement (content/claims/<id>.yaml). */
export const claimSchema = z.strictObject({
  /** The question in dispute, as a reader would ask it. */
  question: prose,
  kind: z.enum(claimKinds),
  positions: z.array(position).min(1),
  /** The book's reasoned assessment. */
  assessment: prose,
  /**
   * The paragraphs behind what the assessment itself states of the sources (a source's hedge, a
   * detail it adds, what it leaves out), or else those it leans on most, printed after it.
   */
  assessmentCitations: citations,
  actors: z.array(ref("actors")).min(1),
  phases: z.array(ref("phases")).default([]),
  /**
   * The places the dispute is about, beyond those of the events that list it (Ukraine's claimed
   * part at Tinzaouatene): it is listed on their pages.
   */
  places: z.array(ref("places")).default([]),
});
export type ClaimData = z.infer<typeof claimSchema>;
