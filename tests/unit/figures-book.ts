import path from "node:path";
import type { ActorData } from "../../src/schemas/actor.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PhaseData } from "../../src/schemas/phase.ts";
import type { PlaceData } from "../../src/schemas/place.ts";
import type { Entry } from "../../src/lib/book-data.ts";
import { checkContent } from "../../src/lib/integrity.ts";

/** The real book's content, checked, as the figures receive it. */
const root = path.resolve(import.meta.dirname, "../..");
const { book } = checkContent(path.join(root, "content"), root);

function entries<T>(collection: keyof typeof book): Entry<T>[] {
  return [...book[collection].values()].map((e) => ({ id: e.id, data: e.data as T, body: e.body }));
}

export const actors = entries<ActorData>("actors");
export const phases = entries<PhaseData>("phases");
export const events = entries<EventData>("events");
export const places = entries<PlaceData>("places");

/** A copy of an entry with changed data, under a new id. */
export function variant<T>(entry: Entry<T> | undefined, id: string, change: Partial<T>): Entry<T> {
  if (!entry) throw new Error("no entry to copy");
  return { id, data: { ...entry.data, ...change } };
}
