import type { Citation } from "../../schemas/citation.ts";
import { citedSourceIds } from "../citations.ts";

/** The ids of the sources behind a figure's data, each once, sorted. */
export function sourceIdsOf(lists: readonly (readonly Citation[])[]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((c) => c.source)))].sort();
}

/** The ids of the sources cited in the text of `bodies` (briefings), each once, sorted. */
export function sourceIdsCitedIn(bodies: readonly string[], sourceIds: ReadonlySet<string>): string[] {
  return [...new Set(bodies.flatMap((body) => [...citedSourceIds(body, sourceIds)]))].sort();
}
