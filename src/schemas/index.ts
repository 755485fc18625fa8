import type { z } from "zod";
import { actorSchema } from "./actor.ts";
import { claimSchema } from "./claim.ts";
import { eventSchema } from "./event.ts";
import { glossarySchema } from "./glossary.ts";
import { phaseSchema } from "./phase.ts";
import type { CollectionName } from "./ref.ts";
import { placeSchema } from "./place.ts";
import { sourceSchema } from "./source.ts";

export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** File ending: YAML data or an MDX briefing with front matter. */
  ext: "yaml" | "mdx";
  schema: z.ZodType;
}

/** Every collection of the book, where its files live, and its schema. */
export const collections = {
  sources: { dir: "sources", ext: "yaml", schema: sourceSchema },
  actors: { dir: "actors", ext: "mdx", schema: actorSchema },
  phases: { dir: "phases", ext: "mdx", schema: phaseSchema },
  events: { dir: "events", ext: "yaml", schema: eventSchema },
  places: { dir: "places", ext: "yaml", schema: placeSchema },
  glossary: { dir: "glossary", ext: "yaml", schema: glossarySchema },
  claims: { dir: "claims", ext: "yaml", schema: claimSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

export { collectionNames, type CollectionName } from "./ref.ts";
