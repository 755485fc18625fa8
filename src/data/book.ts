import { getCollection } from "astro:content";
import { sourcesCurrentTo } from "../lib/book-data.ts";

/** Every collection of the book, read once per build. */
async function load() {
  const [sources, actors, phases, events, places, glossary, claims] = await Promise.all([
    getCollection("sources"),
    getCollection("actors"),
    getCollection("phases"),
    getCollection("events"),
    getCollection("places"),
    getCollection("glossary"),
    getCollection("claims"),
  ]);
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  return {
    sources,
    actors,
    phases,
    events,
    places,
    glossary,
    claims,
    byId: {
      sources: index(sources),
      actors: index(actors),
      phases: index(phases),
      events: index(events),
      places: index(places),
      claims: index(claims),
    },
    sourceIds: new Set(sources.map((s) => s.id)),
    currentTo: sourcesCurrentTo(sources),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadBook() {
  cached ??= load();
  return cached;
}

export type BookData = Awaited<ReturnType<typeof load>>;
