import type { ActorData } from "../../schemas/actor.ts";
import { relationTypes } from "../../schemas/actor.ts";
import type { EventData } from "../../schemas/event.ts";
import type { PhaseData } from "../../schemas/phase.ts";
import type { Entry } from "../book-data.ts";

export type RelationType = (typeof relationTypes)[number];

/** One relation between two actors, stated on both their pages; `a` sorts before `b`. */
export interface Edge {
  a: string;
  b: string;
  type: RelationType;
  /** Phases in which it held; null when neither side names any (it held throughout). */
  phases: string[] | null;
}

/**
 * Every relation in the book once, though each is stated on both actors' pages. The phases are
 * those either side names; a relation neither side limits to phases holds throughout.
 */
export function relationEdges(actors: Entry<ActorData>[]): Edge[] {
  const edges = new Map<string, Edge>();
  for (const actor of actors) {
    for (const r of actor.data.relations) {
      const [a, b] = [actor.id, r.actor].sort() as [string, string];
      const key = `${a} ${b} ${r.type}`;
      const seen = edges.get(key);
      const phases = r.phases ? [...r.phases] : null;
      if (!seen) edges.set(key, { a, b, type: r.type, phases });
      else if (seen.phases && phases) seen.phases = [...new Set([...seen.phases, ...phases])];
      else seen.phases = seen.phases ?? phases;
    }
  }
  return [...edges.values()].sort(
    (x, y) =>
      x.a.localeCompare(y.a) || x.b.localeCompare(y.b) || relationTypes.indexOf(x.type) - relationTypes.indexOf(y.type),
  );
}

/** The phases each actor appears in: those it lists, those that list it, those of its events. */
export function actorPhases(
  actors: Entry<ActorData>[],
  phases: Entry<PhaseData>[],
  events: Entry<EventData>[],
): Map<string, Set<string>> {
  const map = new Map(actors.map((a) => [a.id, new Set(a.data.phases)]));
  for (const p of phases) for (const id of p.data.actors) map.get(id)?.add(p.id);
  for (const e of events) for (const id of e.data.actors) map.get(id)?.add(e.data.phase);
  return map;
}

/**
 * The relations that held in a phase: those that name it, and those that name no phase where both
 * actors appear in it (a relation "throughout" cannot predate the actors themselves).
 */
export function edgesInPhase(edges: Edge[], phaseId: string, present: Map<string, Set<string>>): Edge[] {
  return edges.filter((e) =>
    e.phases ? e.phases.includes(phaseId) : !!present.get(e.a)?.has(phaseId) && !!present.get(e.b)?.has(phaseId),
  );
}
