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

/** The key that tells one relation from another: its two actors and its type. */
export function edgeKey(e: Edge): string {
  return `${e.a} ${e.b} ${e.type}`;
}

/** How the relations of a phase stand to those of the phase before it. */
export interface PhaseChanges {
  /** Held in this phase and not in the one before. */
  added: Edge[];
  /** Held in both. */
  kept: Edge[];
  /** Held in the phase before, not in this one. */
  ended: Edge[];
}

/** Compares the relations held in a phase (`now`) with those held in the phase before (`before`). */
export function phaseChanges(now: Edge[], before: Edge[]): PhaseChanges {
  const was = new Set(before.map(edgeKey));
  const is = new Set(now.map(edgeKey));
  return {
    added: now.filter((e) => !was.has(edgeKey(e))),
    kept: now.filter((e) => was.has(edgeKey(e))),
    ended: before.filter((e) => !is.has(edgeKey(e))),
  };
}

/** The relations held in each of `phaseIds` (see edgesInPhase), by phase id. */
export function edgesByPhase(
  edges: Edge[],
  phaseIds: readonly string[],
  present: Map<string, Set<string>>,
): Map<string, Edge[]> {
  return new Map(phaseIds.map((id) => [id, edgesInPhase(edges, id, present)]));
}

const keysOf = new WeakMap<Map<string, Edge[]>, Map<string, Set<string>>>();

/** The keys of the relations held in each phase, once per map of them (heldSince asks per relation). */
function heldKeys(byPhase: Map<string, Edge[]>): Map<string, Set<string>> {
  let keys = keysOf.get(byPhase);
  if (!keys) {
    keys = new Map([...byPhase].map(([id, edges]) => [id, new Set(edges.map(edgeKey))]));
    keysOf.set(byPhase, keys);
  }
  return keys;
}

/**
 * The phase from which a relation held without a break up to `phaseIds[i]`: the first of the run
 * of phases, ending with that one, in which it held. `phaseIds` is in the phases' order.
 */
export function heldSince(edge: Edge, i: number, phaseIds: readonly string[], byPhase: Map<string, Edge[]>): string {
  const key = edgeKey(edge);
  const keys = heldKeys(byPhase);
  const holds = (j: number) => keys.get(phaseIds[j] ?? "")?.has(key) ?? false;
  let first = i;
  while (first > 0 && holds(first - 1)) first--;
  return phaseIds[first] ?? "";
}

/** A phase's relations: those held in it and in the phase before, and how they changed. */
export interface PhaseRelations extends PhaseChanges {
  held: Edge[];
  before: Edge[];
  /** The relations held in every phase, for heldSince. */
  byPhase: Map<string, Edge[]>;
  /** Index of the phase in `phaseIds`. */
  index: number;
}

/**
 * The relations of phase `phaseId`, one of `phaseIds` (in the phases' order), from the relations
 * held in each phase (see edgesByPhase).
 */
export function relationsOfPhase(
  byPhase: Map<string, Edge[]>,
  phaseIds: readonly string[],
  phaseId: string,
): PhaseRelations {
  const index = phaseIds.indexOf(phaseId);
  const held = byPhase.get(phaseId) ?? [];
  const before = index > 0 ? (byPhase.get(phaseIds[index - 1] ?? "") ?? []) : [];
  return { held, before, byPhase, index, ...phaseChanges(held, before) };
}
