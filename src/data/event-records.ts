import { loadBook } from "./book.ts";
import { eventRecords, type EventRecord } from "../lib/event-data.ts";

/** The book's events as records, for the CSV and JSON downloads of the timeline. */
export async function bookEventRecords(site: URL | undefined): Promise<EventRecord[]> {
  const { events, byId, actors, phases } = await loadBook();
  return eventRecords({
    events,
    places: byId.places,
    actorNames: new Map(actors.map((a) => [a.id, a.data.name])),
    phaseTitles: new Map(phases.map((p) => [p.id, p.data.title])),
    site: site?.href ?? "/",
  });
}
