/**
 * The book's lists indexed by the ids their entries name (the events of each actor, the claims of
 * each phase, the actors that list another as a leader, ...), each index built once per list and
 * kept for as long as the list lives (a build has one list per collection). A page looks up its
 * own entry: scanning every list of the book on every page made the build grow with the square
 * of the book. The indexes keep each list's order; they are shared, so callers must not change
 * the lists they return (src/lib/book-data.ts hands out copies).
 */
import type { ActorData } from "../schemas/actor.ts";
import type { ClaimData } from "../schemas/claim.ts";
import type { EventData } from "../schemas/event.ts";
import type { PhaseData } from "../schemas/phase.ts";
import type { PlaceData } from "../schemas/place.ts";
import type { Entry } from "./book-data.ts";
import { compareDates } from "./dates.ts";
import { Memo } from "./figures/memo.ts";
import { compareNames } from "./text.ts";

/** The entries of `list` under each key they name, each entry once per key, in the list's order. */
export function groupBy<E>(list: readonly E[], keysOf: (entry: E) => Iterable<string>): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const entry of list) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

const memo = new Memo<unknown>();
const once = <T>(objects: readonly object[], key: string, build: () => T): T => memo.get(objects, key, build) as T;

/** Phases in their order; the place of each in that order, by id. */
export function phaseOrder<P extends Entry<PhaseData>>(phases: P[]): { ordered: P[]; position: Map<string, number> } {
  return once([phases], "order", () => {
    const ordered = [...phases].sort((a, b) => a.data.order - b.data.order);
    return { ordered, position: new Map(ordered.map((p, i) => [p.id, i])) };
  });
}

/** Events in date order, one "after" a date after those on it; those with the same date in their `sequence`, then by id. */
export function compareEvents(a: Entry<EventData>, b: Entry<EventData>): number {
  const after = (e: Entry<EventData>) => (e.data.dateQualifier === "after" ? 1 : 0);
  return (
    compareDates(a.data.date, b.data.date) ||
    after(a) - after(b) ||
    (a.data.sequence ?? 0) - (b.data.sequence ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Events by date (then id). */
export function eventsByDate<E extends Entry<EventData>>(events: E[]): E[] {
  return once([events], "date", () => [...events].sort(compareEvents));
}

/** Events by date under each actor they name, under their phase and under their place. */
export function eventIndex<E extends Entry<EventData>>(
  events: E[],
): { byActor: Map<string, E[]>; byPhase: Map<string, E[]>; byPlace: Map<string, E[]> } {
  return once([events], "events", () => {
    const dated = eventsByDate(events);
    return {
      byActor: groupBy(dated, (e) => e.data.actors),
      byPhase: groupBy(dated, (e) => [e.data.phase]),
      byPlace: groupBy(dated, (e) => (e.data.place ? [e.data.place] : [])),
    };
  });
}

/** Claims under each actor they name or that holds one of their positions. */
export function claimsByActor<C extends Entry<ClaimData>>(claims: C[]): Map<string, C[]> {
  return once([claims], "actors", () =>
    groupBy(claims, (c) => [...c.data.actors, ...c.data.positions.flatMap((p) => (p.heldBy ? [p.heldBy] : []))]),
  );
}

/** Claims by id, and under each place they are about (`places`). */
export function claimsByPlace<C extends Entry<ClaimData>>(
  claims: C[],
): { byId: Map<string, C>; about: Map<string, C[]> } {
  return once([claims], "by-place", () => ({
    byId: new Map(claims.map((c) => [c.id, c])),
    about: groupBy(claims, (c) => c.data.places),
  }));
}

/** Claims under each phase they name and each phase of an event that lists them. */
export function claimsByPhase<C extends Entry<ClaimData>>(claims: C[], events: Entry<EventData>[]): Map<string, C[]> {
  return once([claims, events], "phases", () => {
    const viaEvents = groupBy(events, (e) => e.data.claims);
    return groupBy(claims, (c) => [...c.data.phases, ...(viaEvents.get(c.id) ?? []).map((e) => e.data.phase)]);
  });
}

/** Actors under each actor they list as a leader, a former leader and a member. */
export function actorLinks<A extends Entry<ActorData>>(
  actors: A[],
): { leads: Map<string, A[]>; formerlyLed: Map<string, A[]>; memberOf: Map<string, A[]> } {
  return once([actors], "links", () => ({
    leads: groupBy(actors, (a) => a.data.leaders),
    formerlyLed: groupBy(actors, (a) => a.data.formerLeaders),
    memberOf: groupBy(actors, (a) => a.data.members),
  }));
}

/** Phases, in order, under each actor they list. */
export function phasesListing<P extends Entry<PhaseData>>(phases: P[]): Map<string, P[]> {
  return once([phases], "actors", () => groupBy(phaseOrder(phases).ordered, (p) => p.data.actors));
}

/**
 * Events in the timeline's order (phase by phase, each phase's by date), and the place of each in
 * it, by id: what an event's page calls the event before and after it.
 */
export function timelineOrder<E extends Entry<EventData>, P extends Entry<PhaseData>>(
  events: E[],
  phases: P[],
): { ordered: E[]; position: Map<string, number> } {
  return once([events, phases], "timeline", () => {
    const { byPhase } = eventIndex(events);
    const ordered = phaseOrder(phases).ordered.flatMap((p) => byPhase.get(p.id) ?? []);
    return { ordered, position: new Map(ordered.map((e, i) => [e.id, i])) };
  });
}

/**
 * Under each place, by date, the events that happened there: those placed there and those that
 * also happened there (`alsoAt`: "Jihadists drive the MNLA out of Timbuktu and Gao" is placed in
 * northern Mali). Not the events whose title merely names it: a title's "Bamako" or "Moscow" often
 * means a government.
 */
export function eventsOfPlaces<E extends Entry<EventData>>(events: E[]): Map<string, E[]> {
  return once([events], "places", () =>
    groupBy(eventsByDate(events), (e) => new Set([...(e.data.place ? [e.data.place] : []), ...e.data.alsoAt])),
  );
}

/**
 * Under each place, the briefings whose text names it: its name or a spelling of it that is a
 * proper name ("Tinzaoutene"; not "the north", a phrase the text uses of other things too), as a
 * whole word. A book's index of places: literal, so a "Bamako" that stands for the government
 * counts too, and the place's page says "named in", not "about". Each text is read once, against
 * one pattern of every place's names.
 */
export function briefingsNamingPlaces<B extends Entry<unknown> & { body?: string | undefined }>(
  briefings: B[],
  places: Entry<PlaceData>[],
): Map<string, B[]> {
  return once([briefings, places], "named", () => {
    const key = (name: string) => name.replaceAll("’", "'").toLowerCase();
    const byName = new Map<string, string>();
    for (const p of places) {
      for (const name of [p.data.name, ...p.data.variants.filter((v) => /^\p{Lu}/u.test(v))])
        byName.set(key(name), p.id);
    }
    if (byName.size === 0) return new Map<string, B[]>();
    const names = [...byName.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll("'", "['’]"));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    return groupBy(briefings, (b) => {
      const ids = new Set<string>();
      for (const m of (b.body ?? "").matchAll(pattern)) {
        const id = byName.get(key(m[0]));
        if (id) ids.add(id);
      }
      return ids;
    });
  });
}

/** The place that `name` names, by its name or a variant, whatever the case or accents; each name looked up once. */
export function placeNamed<P extends Entry<PlaceData>>(places: P[], name: string): P | undefined {
  const found = once([places], "named", () => new Map<string, P | undefined>());
  if (!found.has(name))
    found.set(
      name,
      places.find((p) => [p.data.name, ...p.data.variants].some((n) => compareNames(n, name) === 0)),
    );
  return found.get(name);
}
