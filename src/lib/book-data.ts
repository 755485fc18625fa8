import type { ActorData, ActorKind } from "../schemas/actor.ts";
import { actorKinds, relationTypes } from "../schemas/actor.ts";
import type { ClaimData } from "../schemas/claim.ts";
import type { Citation } from "../schemas/citation.ts";
import type { EventData } from "../schemas/event.ts";
import type { GlossaryData } from "../schemas/glossary.ts";
import type { PhaseData } from "../schemas/phase.ts";
import type { PlaceData } from "../schemas/place.ts";
import type { SourceData } from "../schemas/source.ts";
import {
  actorLinks,
  briefingsNamingPlaces,
  claimsByActor,
  claimsByPhase,
  claimsByPlace,
  eventIndex,
  eventsByDate,
  eventsOfPlaces,
  phaseOrder,
  phasesListing,
  timelineOrder,
} from "./book-index.ts";
import { citedSourceIds } from "./citations.ts";
import { bounds } from "./dates.ts";
import { compareNames, headingCase } from "./text.ts";

/** The shape every collection entry has, without Astro's types. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export const kindLabels: Record<ActorKind, { one: string; many: string }> = {
  state: { one: "State", many: "States" },
  "state-armed-force": { one: "State armed force", many: "State armed forces" },
  "armed-group": { one: "Armed group", many: "Armed groups" },
  "jihadist-group": { one: "Jihadist group", many: "Jihadist groups" },
  "private-military-company": { one: "Private military company", many: "Private military companies" },
  "international-mission": { one: "International mission", many: "International missions" },
  operation: { one: "Military operation", many: "Military operations" },
  institution: { one: "Institution", many: "Institutions" },
  person: { one: "Person", many: "People" },
  analyst: { one: "Analyst", many: "Analysts" },
};

// The lookups below use indexes built once per list (src/lib/book-index.ts), not a scan of the
// whole book per page; each returns a list of its own, as a filter would.

export function byOrder<E extends Entry<PhaseData>>(phases: E[]): E[] {
  return [...phaseOrder(phases).ordered];
}

/** Glossary entries in alphabetical order of their terms, whatever their case. */
export function byTerm<E extends Entry<GlossaryData>>(entries: E[]): E[] {
  return [...entries].sort((a, b) => compareNames(a.data.term, b.data.term));
}

/** Places by name, as their index, their pages' neighbours and the book's part list them. */
export function byPlaceName<E extends Entry<PlaceData>>(places: E[]): E[] {
  return [...places].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The entries before and after `id` in an order and its index of places. */
function around<E>({ ordered, position }: { ordered: E[]; position: Map<string, number> }, id: string) {
  const i = position.get(id) ?? -1;
  return { prev: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 ? ordered[i + 1] : undefined };
}

export function prevNext<E extends Entry<PhaseData>>(phases: E[], id: string) {
  return around(phaseOrder(phases), id);
}

/** The events before and after this one on the timeline (phase by phase, each by date). */
export function eventBeforeAfter<E extends Entry<EventData>, P extends Entry<PhaseData>>(
  events: E[],
  phases: P[],
  id: string,
) {
  return around(timelineOrder(events, phases), id);
}

export function byDate<E extends Entry<EventData>>(events: E[]): E[] {
  return [...eventsByDate(events)];
}

/** A person's name as an index sorts it: by the last word of the name (Goïta, Ould Ghazouani's Ghazouani), then the whole. */
export function byPersonName(a: string, b: string): number {
  const surname = (name: string) => name.split(" ").at(-1) ?? name;
  return compareNames(surname(a), surname(b)) || compareNames(a, b);
}

/**
 * Actors grouped by kind, in the order of the schema's kinds, each group sorted by name, people by
 * surname (as the who's who), everywhere the book lists them: the home page, the actors' index,
 * the printed book's contents and its order.
 */
export function groupByKind<E extends Entry<ActorData>>(actors: E[]) {
  return actorKinds
    .map((kind) => ({
      kind,
      label: kindLabels[kind].many,
      actors: actors
        .filter((a) => a.data.kind === kind)
        .sort((a, b) =>
          (kind === "person" || kind === "analyst" ? byPersonName : compareNames)(a.data.name, b.data.name),
        ),
    }))
    .filter((g) => g.actors.length > 0);
}

/** An actor's relations grouped by type, each with the other actor. */
export function relationGroups<E extends Entry<ActorData>>(actor: E, actors: Map<string, E>) {
  return relationTypes
    .map((type) => ({
      type,
      items: actor.data.relations
        .filter((r) => r.type === type)
        .map((r) => ({ actor: actors.get(r.actor), phases: r.phases ?? [] }))
        .filter((r): r is { actor: E; phases: string[] } => r.actor !== undefined),
    }))
    .filter((g) => g.items.length > 0);
}

/** Actors that list `id` among their leaders, former leaders or members. */
export function reverseLinks<E extends Entry<ActorData>>(id: string, actors: E[]) {
  const { leads, formerlyLed, memberOf } = actorLinks(actors);
  return {
    leads: [...(leads.get(id) ?? [])],
    formerlyLed: [...(formerlyLed.get(id) ?? [])],
    memberOf: [...(memberOf.get(id) ?? [])],
  };
}

/** Phases an actor appears in: those it lists and those that list it, in order. */
export function phasesOfActor<P extends Entry<PhaseData>>(actor: Entry<ActorData>, phases: P[]) {
  const { ordered, position } = phaseOrder(phases);
  const places = new Set([
    ...actor.data.phases.flatMap((id) => position.get(id) ?? []),
    ...(phasesListing(phases).get(actor.id) ?? []).map((p) => position.get(p.id) ?? 0),
  ]);
  return [...places].sort((a, b) => a - b).flatMap((i) => ordered[i] ?? []);
}

export function eventsOfActor<E extends Entry<EventData>>(id: string, events: E[]) {
  return [...(eventIndex(events).byActor.get(id) ?? [])];
}

export function eventsOfPhase<E extends Entry<EventData>>(id: string, events: E[]) {
  return [...(eventIndex(events).byPhase.get(id) ?? [])];
}

export function eventsAtPlace<E extends Entry<EventData>>(id: string, events: E[]) {
  return [...(eventIndex(events).byPlace.get(id) ?? [])];
}

/**
 * What an event's claims make of it, as a list or a mark says it: "disputed" where the sources
 * disagree or one contradicts itself; otherwise "one party’s claim" or "single source", what the
 * book could not check. Undefined for an event with no claim.
 */
export type EventStatus = "disputed" | "oneParty" | "singleSource";
export function eventStatus(
  claimIds: readonly string[],
  claims: Map<string, Entry<ClaimData>>,
): EventStatus | undefined {
  const kinds = new Set(claimIds.flatMap((id) => claims.get(id)?.data.kind ?? []));
  if (kinds.has("sources-disagree") || kinds.has("source-contradicts-itself")) return "disputed";
  if (kinds.has("single-party-claim")) return "oneParty";
  if (kinds.has("single-source")) return "singleSource";
  return undefined;
}

/** The events placed at a place and those that also happened there, by date (see eventsOfPlaces). */
export function eventsOfPlace<E extends Entry<EventData>>(id: string, events: E[]) {
  return [...(eventsOfPlaces(events).get(id) ?? [])];
}

/**
 * The briefings whose text names a place (see briefingsNamingPlaces): actors by the name lists show, phases in
 * their order. A book's index of the place, beside the events that happened there.
 */
export function briefingsNaming<A extends Entry<ActorData>, P extends Entry<PhaseData>>(
  id: string,
  actors: A[],
  phases: P[],
  places: Entry<PlaceData>[],
): { actors: A[]; phases: P[] } {
  return {
    actors: [...(briefingsNamingPlaces(actors, places).get(id) ?? [])].sort((a, b) =>
      compareNames(a.data.shortName, b.data.shortName),
    ),
    phases: byOrder(briefingsNamingPlaces(phases, places).get(id) ?? []),
  };
}

/** The disputes over the events of a place, then those about the place itself (a claim's `places`). */
export function claimsOfPlace<C extends Entry<ClaimData>>(id: string, events: Entry<EventData>[], claims: C[]): C[] {
  const { byId, about } = claimsByPlace(claims);
  const ids = new Set([
    ...eventsOfPlace(id, events).flatMap((e) => e.data.claims),
    ...(about.get(id) ?? []).map((c) => c.id),
  ]);
  return [...ids].flatMap((c) => byId.get(c) ?? []);
}

export function claimsOfActor<C extends Entry<ClaimData>>(id: string, claims: C[]) {
  return [...(claimsByActor(claims).get(id) ?? [])];
}

/** Claims about a phase: those that list it, and those attached to its events. */
export function claimsOfPhase<C extends Entry<ClaimData>>(id: string, claims: C[], events: Entry<EventData>[]) {
  return [...(claimsByPhase(claims, events).get(id) ?? [])];
}

/**
 * The disputes in the order of the story: each under the first phase it concerns (of those it
 * lists), the phases in their order, and by question within a phase. Those that list no phase
 * come last, under none.
 */
export function claimsByFirstPhase<C extends Entry<ClaimData>, P extends Entry<PhaseData>>(
  claims: C[],
  phases: P[],
): { phase: P | undefined; claims: C[] }[] {
  const { ordered, position } = phaseOrder(phases);
  const first = (c: C) => Math.min(...c.data.phases.map((p) => position.get(p) ?? Infinity));
  const groups = new Map<number, C[]>();
  for (const c of claims) groups.set(first(c), [...(groups.get(first(c)) ?? []), c]);
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([i, group]) => ({
      phase: ordered[i],
      claims: group.sort((a, b) => a.data.question.localeCompare(b.data.question)),
    }));
}

/** The newest date any source can stand for: nothing in the book is later than this. */
export function sourcesCurrentTo(sources: Entry<SourceData>[]): string {
  return sources.map((s) => s.data.date).sort((a, b) => bounds(b).last.localeCompare(bounds(a).last))[0] ?? "";
}

export interface CitingPage {
  kind: "actor" | "phase" | "event" | "claim" | "place" | "term";
  id: string;
  title: string;
  href: string;
}

interface CitingInput {
  actors: Entry<ActorData>[];
  phases: Entry<PhaseData>[];
  events: Entry<EventData>[];
  claims: Entry<ClaimData>[];
  places: Entry<{ name: string; sources: Citation[] }>[];
  glossary: Entry<{ term: string; sources: Citation[] }>[];
}

/**
 * Every page and entry that cites `sourceId`, in the briefing text or in its data: actors, places
 * and terms by the name shown, phases and events in the story's order, disputes as on /claims/.
 */
export function citingPages(sourceId: string, sourceIds: ReadonlySet<string>, all: CitingInput): CitingPage[] {
  const inText = (e: Entry<unknown>) => citedSourceIds(e.body ?? "", sourceIds).has(sourceId);
  const inList = (list: Citation[]) => list.some((c) => c.source === sourceId);
  const named = (pages: CitingPage[]) => pages.sort((a, b) => compareNames(a.title, b.title));
  return [
    ...named(
      all.actors
        .filter(inText)
        .map((a): CitingPage => ({ kind: "actor", id: a.id, title: a.data.name, href: `/actors/${a.id}/` })),
    ),
    ...byOrder(all.phases)
      .filter(inText)
      .map((p): CitingPage => ({ kind: "phase", id: p.id, title: p.data.title, href: `/phases/${p.id}/` })),
    ...byDate(all.events)
      .filter((e) => inList(e.data.sources))
      .map((e): CitingPage => ({ kind: "event", id: e.id, title: e.data.title, href: `/events/${e.id}/` })),
    ...claimsByFirstPhase(all.claims, all.phases)
      .flatMap((g) => g.claims)
      .filter((c) => c.data.positions.some((p) => inList(p.citations)) || inList(c.data.assessmentCitations))
      .map((c): CitingPage => ({ kind: "claim", id: c.id, title: c.data.question, href: `/claims/#${c.id}` })),
    ...named(
      all.places
        .filter((p) => inList(p.data.sources))
        .map((p): CitingPage => ({
          kind: "place",
          id: p.id,
          title: headingCase(p.data.name),
          href: `/places/${p.id}/`,
        })),
    ),
    ...named(
      all.glossary
        .filter((g) => inList(g.data.sources))
        .map((g): CitingPage => ({ kind: "term", id: g.id, title: g.data.term, href: `/glossary/#${g.id}` })),
    ),
  ];
}
