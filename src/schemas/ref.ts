import { z } from "zod";

/** The collections an entry can point at. */
export const collectionNames = ["sources", "actors", "phases", "events", "places", "glossary", "claims"] as const;
export type CollectionName = (typeof collectionNames)[number];

/** Marks string fields that hold the id of an entry in another collection. */
export const refRegistry = z.registry<{ collection: CollectionName }>();

/** An id of an entry in `collection`; the integrity check resolves it (and fails the build if it cannot). */
export function ref(collection: CollectionName) {
  const schema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id is lowercase letters, digits and hyphens");
  refRegistry.add(schema, { collection });
  return schema;
}
