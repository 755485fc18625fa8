/**
 * The book's dated events as data, for analysts who would rather sort, filter or map them
 * themselves: one record per event, in date order, with its place's coordinates, its actors, its
 * phase, whether its date or facts are disputed, its sources (citation key and paragraphs) and
 * the address of its page. Written as CSV (csv-stringify) and JSON from the same records.
 */
import { stringify } from "csv-stringify/sync";
import type { EventData } from "../schemas/event.ts";
import type { PlaceData } from "../schemas/place.ts";
import { compareEvents } from "./book-index.ts";
import { citationKey } from "./citations.ts";

interface Entry<T> {
  id: string;
  data: T;
}

/** One event as data. */
export interface EventRecord {
  id: string;
  /** ISO date as precise as the sources allow: "2024", "2024-07" or "2024-07-27". */
  date: string;
  /** "early", "late", "by", … when the date is approximate; "" otherwise. */
  dateQualifier: string;
  /** Last day of an event that lasted, or the other end of a disputed date; "" if none. */
  endDate: string;
  title: string;
  summary: string;
  phase: string;
  phaseTitle: string;
  place: string;
  placeName: string;
  /** WGS84 decimal degrees, or null where the event has no place. */
  latitude: number | null;
  longitude: number | null;
  /** True when the place's coordinates only approximate it (a region, an unlocated site). */
  placeApproximate: boolean;
  /** Ids of the other places where it also happened (Timbuktu and Gao for an event set in northern Mali). */
  alsoAt: string[];
  actors: string[];
  actorNames: string[];
  /** Ids of the disputes about the event; disputed when there is one. */
  claims: string[];
  disputed: boolean;
  /** Citation keys with their paragraphs: "fp-2024:18", "mena-2025:5-7", or a key alone. */
  sources: string[];
  url: string;
}

export interface EventBook {
  events: Entry<EventData>[];
  places: ReadonlyMap<string, Entry<PlaceData>>;
  actorNames: ReadonlyMap<string, string>;
  phaseTitles: ReadonlyMap<string, string>;
  /** The site's address, e.g. "https://example.org/". */
  site: string;
}

/** Every event as a record, in date order (see compareEvents). */
export function eventRecords(book: EventBook): EventRecord[] {
  const name = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  return [...book.events].sort(compareEvents).map(({ id, data: e }) => {
    const place = e.place ? book.places.get(e.place)?.data : undefined;
    return {
      id,
      date: e.date,
      dateQualifier: e.dateQualifier ?? "",
      endDate: e.endDate ?? "",
      title: e.title,
      summary: e.summary,
      phase: e.phase,
      phaseTitle: name(book.phaseTitles, e.phase),
      place: e.place ?? "",
      placeName: place?.name ?? "",
      latitude: place?.lat ?? null,
      longitude: place?.lon ?? null,
      placeApproximate: place?.approximate ?? false,
      alsoAt: e.alsoAt,
      actors: e.actors,
      actorNames: e.actors.map((a) => name(book.actorNames, a)),
      claims: e.claims,
      disputed: e.claims.length > 0,
      sources: e.sources.map(citationKey),
      url: new URL(`/events/${id}/`, book.site).href,
    };
  });
}

/** Column names of the CSV, in the records' order; lists are joined with "; ". */
const columns: (keyof EventRecord)[] = [
  "id",
  "date",
  "dateQualifier",
  "endDate",
  "title",
  "summary",
  "phase",
  "phaseTitle",
  "place",
  "placeName",
  "latitude",
  "longitude",
  "placeApproximate",
  "alsoAt",
  "actors",
  "actorNames",
  "claims",
  "disputed",
  "sources",
  "url",
];

/** The records as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read it as such). */
export function eventsCsv(records: EventRecord[]): string {
  const rows = records.map((r) =>
    columns.map((c) => {
      const v = r[c];
      if (Array.isArray(v)) return v.join("; ");
      if (v === null) return "";
      return String(v);
    }),
  );
  return stringify(rows, { header: true, columns: columns.map(String), bom: true, record_delimiter: "windows" });
}

/** The records as JSON. */
export function eventsJson(records: EventRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
