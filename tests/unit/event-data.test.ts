import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eventRecords, eventsCsv, eventsJson, type EventBook } from "../../src/lib/event-data.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PlaceData } from "../../src/schemas/place.ts";

const event = (id: string, data: Partial<EventData>): { id: string; data: EventData } => ({
  id,
  data: {
    title: `Title of ${id}`,
    date: "2024",
    actors: ["wagner"],
    phase: "tinzaouatene",
    summary: "A summary.",
    sources: [{ source: "fp-2024" }],
    claims: [],
    alsoAt: [],
    ...data,
  },
});
const tinzaouatene: PlaceData = {
  name: "Tinzaouatene",
  variants: [],
  kind: "town",
  country: "Mali",
  lat: 19.9,
  lon: 2.9,
  approximate: false,
  description: "A town.",
  sources: [{ source: "fp-2024" }],
};

const book: EventBook = {
  events: [
    event("b-later", { date: "2024-07-27", place: "tinzaouatene", actors: ["wagner", "csp"], claims: ["toll"] }),
    event("a-year", { date: "2024", dateQualifier: "late", summary: 'He said "no", then; left\nquietly.' }),
    event("c-month", {
      date: "2024-07",
      endDate: "2024-08",
      sources: [
        { source: "fp-2024", locator: "18" },
        { source: "mena-2025", locator: "5-7" },
      ],
    }),
  ],
  places: new Map([["tinzaouatene", { id: "tinzaouatene", data: tinzaouatene }]]),
  actorNames: new Map([
    ["wagner", "Wagner Group"],
    ["csp", "Cadre Stratégique Permanent"],
  ]),
  phaseTitles: new Map([["tinzaouatene", "Tinzaouatene and its aftermath"]]),
  site: "https://example.org/",
};

describe("the events as data", () => {
  const records = eventRecords(book);

  it("come in date order, the less precise date first where two begin together", () => {
    expect(records.map((r) => r.id)).toEqual(["a-year", "c-month", "b-later"]);
  });

  it("carry the place's coordinates, the actors' names, the phase, the disputes and the sources", () => {
    const later = records[2];
    expect(later).toMatchObject({
      date: "2024-07-27",
      placeName: "Tinzaouatene",
      latitude: 19.9,
      longitude: 2.9,
      actorNames: ["Wagner Group", "Cadre Stratégique Permanent"],
      phaseTitle: "Tinzaouatene and its aftermath",
      claims: ["toll"],
      disputed: true,
      url: "https://example.org/events/b-later/",
    });
    expect(records[0]).toMatchObject({ dateQualifier: "late", place: "", latitude: null, disputed: false });
    expect(records[1]?.sources).toEqual(["fp-2024:18", "mena-2025:5-7"]);
    expect(records[1]?.endDate).toBe("2024-08");
  });

  it("as CSV read back as the same values, commas, quotes and line breaks included", () => {
    const csv = eventsCsv(records);
    expect(csv.startsWith("\uFEFFid,date,")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(records.length);
    expect(rows[0]?.["summary"]).toBe('He said "no", then; left\nquietly.');
    expect(rows[2]).toMatchObject({
      actors: "wagner; csp",
      latitude: "19.9",
      disputed: "true",
      sources: "fp-2024",
    });
    expect(rows[0]?.["latitude"]).toBe("");
  });

  it("as JSON keep their lists as arrays", () => {
    expect(JSON.parse(eventsJson(records))).toEqual(records);
  });
});
