import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticBook } from "../../scripts/gen-book.ts";
import {
  briefingsNaming,
  byDate,
  byOrder,
  byPersonName,
  citingPages,
  claimsByFirstPhase,
  claimsOfActor,
  claimsOfPhase,
  eventsAtPlace,
  eventsOfActor,
  eventsOfPlace,
  eventStatus,
  eventsOfPhase,
  groupByKind,
  phasesOfActor,
  prevNext,
  reverseLinks,
  type Entry,
} from "../../src/lib/book-data.ts";
import { checkContent } from "../../src/lib/integrity.ts";
import { compareDates } from "../../src/lib/dates.ts";
import type { ActorData } from "../../src/schemas/actor.ts";
import type { Citation } from "../../src/schemas/citation.ts";
import type { ClaimData } from "../../src/schemas/claim.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PhaseData } from "../../src/schemas/phase.ts";
import type { PlaceData } from "../../src/schemas/place.ts";

/** The lookups as they were written before the indexes: a scan of the whole list per question. */
const scan = {
  byOrder: (phases: Entry<PhaseData>[]) => [...phases].sort((a, b) => a.data.order - b.data.order),
  byDate: (events: Entry<EventData>[]) =>
    [...events].sort(
      (a, b) =>
        compareDates(a.data.date, b.data.date) ||
        Number(a.data.dateQualifier === "after") - Number(b.data.dateQualifier === "after") ||
        (a.data.sequence ?? 0) - (b.data.sequence ?? 0) ||
        a.id.localeCompare(b.id),
    ),
  phasesOfActor: (actor: Entry<ActorData>, phases: Entry<PhaseData>[]) =>
    scan.byOrder(phases).filter((p) => actor.data.phases.includes(p.id) || p.data.actors.includes(actor.id)),
  eventsOfActor: (id: string, events: Entry<EventData>[]) =>
    scan.byDate(events.filter((e) => e.data.actors.includes(id))),
  eventsOfPhase: (id: string, events: Entry<EventData>[]) => scan.byDate(events.filter((e) => e.data.phase === id)),
  eventsAtPlace: (id: string, events: Entry<EventData>[]) => scan.byDate(events.filter((e) => e.data.place === id)),
  claimsOfActor: (id: string, claims: Entry<ClaimData>[]) =>
    claims.filter((c) => c.data.actors.includes(id) || c.data.positions.some((p) => p.heldBy === id)),
  claimsOfPhase: (id: string, claims: Entry<ClaimData>[], events: Entry<EventData>[]) => {
    const viaEvents = new Set(events.filter((e) => e.data.phase === id).flatMap((e) => e.data.claims));
    return claims.filter((c) => c.data.phases.includes(id) || viaEvents.has(c.id));
  },
};

interface Lists {
  actors: Entry<ActorData>[];
  phases: Entry<PhaseData>[];
  events: Entry<EventData>[];
  claims: Entry<ClaimData>[];
  places: { id: string }[];
}

function lists(content: string): Lists {
  const root = path.resolve(import.meta.dirname, "../..");
  const { book } = checkContent(content, root);
  const of = <T>(c: keyof typeof book) => [...book[c].values()].map((e) => ({ id: e.id, data: e.data as T }));
  return {
    actors: of<ActorData>("actors"),
    phases: of<PhaseData>("phases"),
    events: of<EventData>("events"),
    claims: of<ClaimData>("claims"),
    places: [...book.places.values()].map((p) => ({ id: p.id })),
  };
}

const work = mkdtempSync(path.join(tmpdir(), "book-data-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const books: [string, () => Lists][] = [
  ["the real book", () => lists(path.resolve(import.meta.dirname, "../../content"))],
  ["a synthetic book of 200 briefings", () => lists(writeSyntheticBook(200, work))],
];

describe.each(books)("the indexed lookups of %s", (_, load) => {
  const b = load();

  it("give what a scan of the whole list gives, in the same order", () => {
    expect(byOrder(b.phases)).toEqual(scan.byOrder(b.phases));
    expect(byDate(b.events)).toEqual(scan.byDate(b.events));
    for (const a of b.actors) {
      expect(phasesOfActor(a, b.phases)).toEqual(scan.phasesOfActor(a, b.phases));
      expect(eventsOfActor(a.id, b.events)).toEqual(scan.eventsOfActor(a.id, b.events));
      expect(claimsOfActor(a.id, b.claims)).toEqual(scan.claimsOfActor(a.id, b.claims));
      expect(reverseLinks(a.id, b.actors)).toEqual({
        leads: b.actors.filter((x) => x.data.leaders.includes(a.id)),
        formerlyLed: b.actors.filter((x) => x.data.formerLeaders.includes(a.id)),
        memberOf: b.actors.filter((x) => x.data.members.includes(a.id)),
      });
    }
    const ordered = scan.byOrder(b.phases);
    ordered.forEach((p, i) => {
      expect(eventsOfPhase(p.id, b.events)).toEqual(scan.eventsOfPhase(p.id, b.events));
      expect(claimsOfPhase(p.id, b.claims, b.events)).toEqual(scan.claimsOfPhase(p.id, b.claims, b.events));
      expect(prevNext(b.phases, p.id)).toEqual({ prev: ordered[i - 1], next: ordered[i + 1] });
    });
    for (const p of b.places) expect(eventsAtPlace(p.id, b.events)).toEqual(scan.eventsAtPlace(p.id, b.events));
  });

  it("answer an id the book does not hold with nothing", () => {
    expect(eventsOfActor("nobody", b.events)).toEqual([]);
    expect(claimsOfPhase("no-phase", b.claims, b.events)).toEqual([]);
    expect(prevNext(b.phases, "no-phase")).toEqual({ prev: undefined, next: undefined });
  });

  it("hand out lists of their own, so a caller that changes one changes no other page's", () => {
    const first = b.actors[0];
    if (!first) throw new Error("no actor");
    const mine = eventsOfActor(first.id, b.events);
    mine.length = 0;
    expect(eventsOfActor(first.id, b.events)).toEqual(scan.eventsOfActor(first.id, b.events));
  });
});

describe("events with the same date", () => {
  it("come in their sequence where the sources tell it, else by id", () => {
    const event = (id: string, date: string, sequence?: number): Entry<EventData> => ({
      id,
      data: { date, ...(sequence !== undefined && { sequence }) } as EventData,
    });
    const events = [
      event("b-oust", "2012", 2),
      event("a-rising", "2012", 1),
      event("c-other", "2012"),
      event("d-later", "2012-06"),
      event("a-earlier", "2011"),
    ];
    expect(byDate(events).map((e) => e.id)).toEqual(["a-earlier", "c-other", "a-rising", "b-oust", "d-later"]);
  });

  it("come after the events of a date they are dated after ('after 20 February 2025')", () => {
    const event = (id: string, date: string, dateQualifier?: "after"): Entry<EventData> => ({
      id,
      data: { date, ...(dateQualifier && { dateQualifier }) } as EventData,
    });
    // Attaf spoke in Algiers after the Johannesburg meeting; the source gives no day.
    const events = [event("a-statement", "2025-02-20", "after"), event("b-meeting", "2025-02-20")];
    expect(byDate(events).map((e) => e.id)).toEqual(["b-meeting", "a-statement"]);
  });
});

describe("the disputes in the order of the story", () => {
  it("come each under the first phase it concerns, by question within it; those with none, last", () => {
    const phase = (id: string, order: number): Entry<PhaseData> => ({ id, data: { order } as PhaseData });
    const claim = (id: string, question: string, phases: string[]): Entry<ClaimData> => ({
      id,
      data: { question, phases } as unknown as ClaimData,
    });
    const phases = [phase("exit", 3), phase("roots", 1), phase("coups", 2)];
    const groups = claimsByFirstPhase(
      [
        claim("late", "Why did Wagner leave?", ["exit"]),
        claim("span", "When did it arrive?", ["exit", "coups"]),
        claim("none", "Anything else?", []),
        claim("early", "Did the coup come in 2020?", ["coups"]),
      ],
      phases,
    );
    expect(groups.map((g) => [g.phase?.id, g.claims.map((c) => c.id)])).toEqual([
      ["coups", ["early", "span"]],
      ["exit", ["late"]],
      [undefined, ["none"]],
    ]);
  });
});

describe("the pages that cite a source", () => {
  it("list actors, places and terms by the name shown, whatever its case, not by their ids", () => {
    const cites = [{ source: "s" }] as Citation[];
    const actor = (id: string, name: string) => ({ id, data: { name } as ActorData, body: "Text.[^s:1]" });
    const pages = citingPages("s", new Set(["s"]), {
      actors: [actor("barkhane", "Operation Barkhane"), actor("aqim", "Al-Qaeda in the Islamic Maghreb")],
      phases: [],
      events: [],
      claims: [],
      places: [
        { id: "algeria-border", data: { name: "Mali-Algeria border", sources: cites } },
        { id: "bamako", data: { name: "Bamako", sources: cites } },
      ],
      glossary: [
        { id: "aqim", data: { term: "AQIM", sources: cites } },
        { id: "al-qaeda", data: { term: "al-Qaeda", sources: cites } },
      ],
    });
    expect(pages.map((p) => p.title)).toEqual([
      "Al-Qaeda in the Islamic Maghreb",
      "Operation Barkhane",
      "Bamako",
      "Mali-Algeria border",
      "al-Qaeda",
      "AQIM",
    ]);
  });
});

describe("people, wherever the book lists them", () => {
  it("go by surname, as in an index", () => {
    const person = (id: string, name: string): Entry<ActorData> => ({
      id,
      data: { name, kind: "person" } as ActorData,
    });
    const [people] = groupByKind([
      person("tebboune", "Abdelmadjid Tebboune"),
      person("attaf", "Ahmed Attaf"),
      person("ghazouani", "Mohamed Ould Ghazouani"),
      person("goita", "Assimi Goïta"),
    ]);
    expect(people?.actors.map((a) => a.id)).toEqual(["attaf", "ghazouani", "goita", "tebboune"]);
    expect(byPersonName("Ahmed Attaf", "Ahmed Attaf")).toBe(0);
  });
});

describe("a place's events", () => {
  it("are those set there and those that also happened there, never those whose title only names it", () => {
    const event = (id: string, date: string, title: string, at?: string, alsoAt: string[] = []): Entry<EventData> => ({
      id,
      data: { date, title, alsoAt, ...(at && { place: at }) } as EventData,
    });
    const events = [
      event("oust", "2012", "Jihadists drive the MNLA out of Timbuktu and Gao", "north", ["timbuktu", "gao"]),
      event("accord", "2015-05", "Peace accord between Bamako and pro-independence groups"),
      event("statement", "2025-02-20", "Attaf says Algeria told Moscow of its concern", "algiers"),
      event("rally", "2020-06-05", "Mass rally in Bamako demands the president's departure", "bamako"),
    ];
    expect(eventsOfPlace("gao", events).map((e) => e.id)).toEqual(["oust"]);
    expect(eventsOfPlace("north", events).map((e) => e.id)).toEqual(["oust"]);
    // A title's "Bamako" or "Moscow" that means a government does not set the event there.
    expect(eventsOfPlace("bamako", events).map((e) => e.id)).toEqual(["rally"]);
    expect(eventsOfPlace("moscow", events)).toEqual([]);
    expect(eventsOfPlace("nowhere", events)).toEqual([]);
  });
});

describe("the briefings that name a place", () => {
  it("are those whose text names it or a spelling of it that is a proper name, as a whole word", () => {
    const place = (id: string, name: string, variants: string[] = []) => ({
      id,
      data: { name, variants } as PlaceData,
    });
    const places = [
      place("gao", "Gao"),
      place("north", "northern Mali", ["the north"]),
      place("tin", "Tinzaouatene", ["Tinzaoutene"]),
    ];
    const actor = (id: string, shortName: string, body: string) => ({ id, data: { shortName } as ActorData, body });
    const actors = [
      actor("mnla", "MNLA", "The MNLA took Gao, then lost it. It rose in the north."),
      actor("wagner", "Wagner", "Its convoy was ambushed near Tinzaoutene, in Northern Mali."),
      actor("burkina", "Burkina Faso", "Soldiers were sent to Gaoua."),
    ];
    const phases = [{ id: "p2", data: { order: 2 } as PhaseData, body: "Gao fell in 2012." }];
    const named = (id: string) => {
      const n = briefingsNaming(id, actors, phases, places);
      return [...n.actors.map((a) => a.id), ...n.phases.map((p) => p.id)];
    };
    expect(named("gao")).toEqual(["mnla", "p2"]);
    // "the north" is a phrase the text uses of other things; the place's own name counts in any case.
    expect(named("north")).toEqual(["wagner"]);
    expect(named("tin")).toEqual(["wagner"]);
  });
});

describe("what an event's claims make of it", () => {
  it("is disputed where sources disagree or one contradicts itself, else one party's claim or a single source", () => {
    const claim = (id: string, kind: ClaimData["kind"]): [string, Entry<ClaimData>] => [
      id,
      { id, data: { kind } as ClaimData },
    ];
    const claims = new Map([
      claim("toll", "sources-disagree"),
      claim("self", "source-contradicts-itself"),
      claim("drone", "single-source"),
      claim("ukraine", "single-party-claim"),
    ]);
    expect(eventStatus(["drone", "toll"], claims)).toBe("disputed");
    expect(eventStatus(["self"], claims)).toBe("disputed");
    expect(eventStatus(["drone", "ukraine"], claims)).toBe("oneParty");
    expect(eventStatus(["drone"], claims)).toBe("singleSource");
    expect(eventStatus([], claims)).toBeUndefined();
  });
});
