import { z } from "zod";
import { isoDate } from "./date.ts";
import { ref } from "./ref.ts";
import { prose } from "./prose.ts";

export const actorKinds = [
  "state",
  "state-armed-force",
  "armed-group",
  "jihadist-group",
  "private-military-company",
  "international-mission",
  "operation",
  "institution",
  "person",
  /** Someone the book knows only as a source's author or as an analyst a source quotes. */
  "analyst",
] as const;
export const actorKind = z.enum(actorKinds);
export type ActorKind = z.infer<typeof actorKind>;

/** How two actors stand: a relation is declared on both actors' pages, with the same type. */
export const relationTypes = ["ally", "partner", "rival", "adversary"] as const;

export const relation = z.strictObject({
  /** The other actor. */
  actor: ref("actors"),
  type: z.enum(relationTypes),
  /** Phases in which the relation held; omit when it held throughout. */
  phases: z.array(ref("phases")).optional(),
});
export type Relation = z.infer<typeof relation>;

/** Front matter of an actor briefing (content/actors/<id>.mdx). */
export const actorSchema = z.strictObject({
  /** Full name as the book uses it. */
  name: z.string().min(1),
  /** Short name for lists and links. */
  shortName: z.string().min(1),
  /** Other names, acronyms and spellings the sources or readers use. */
  aliases: z.array(z.string().min(1)).default([]),
  kind: actorKind,
  /** Actors (usually people) who lead it. */
  leaders: z.array(ref("actors")).default([]),
  /**
   * Actors who led it and no longer did by the date the briefing is current to (Prigozhin, who
   * died in August 2023, for Wagner as of June 2025). Shown as "Formerly led by".
   */
  formerLeaders: z.array(ref("actors")).default([]),
  /** Actors that make it up (factions of a coalition). */
  members: z.array(ref("actors")).default([]),
  relations: z.array(relation).default([]),
  /** Phases in which it matters. */
  phases: z.array(ref("phases")).default([]),
  /** One paragraph: who they are, in the book's words. */
  summary: prose,
  /** Date the briefing is current to. */
  asOf: isoDate,
});
export type ActorData = z.infer<typeof actorSchema>;
