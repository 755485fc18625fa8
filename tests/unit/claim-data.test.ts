import { describe, expect, it } from "vitest";
import { claimRecords, claimsJson, type ClaimBook } from "../../src/lib/claim-data.ts";
import type { ClaimData } from "../../src/schemas/claim.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PhaseData } from "../../src/schemas/phase.ts";

const claim = (id: string, question: string, phases: string[]): { id: string; data: ClaimData } => ({
  id,
  data: {
    question,
    kind: "sources-disagree",
    positions: [
      { statement: "The CSP says 84.", heldBy: "csp", citations: [{ source: "lechner-2024", locator: "2" }] },
      { statement: "The report says so too.", citations: [{ source: "mena-2025" }] },
    ],
    assessment: "Both rest on the CSP.",
    assessmentCitations: [{ source: "fp-2024", locator: "1-3" }],
    actors: ["csp", "wagner"],
    phases,
    places: [],
  },
});
const phase = (id: string, order: number) => ({ id, data: { order, title: `Title of ${id}` } as PhaseData });
const event = (id: string, date: string, claims: string[]) => ({ id, data: { date, claims } as EventData });

const book: ClaimBook = {
  claims: [claim("toll", "How many died?", ["tinzaouatene"]), claim("arrival", "When did Wagner arrive?", ["arrives"])],
  phases: [phase("tinzaouatene", 8), phase("arrives", 6)],
  events: [event("b-later", "2024-07-27", ["toll"]), event("a-earlier", "2024-07-25", ["toll", "other"])],
  actorNames: new Map([
    ["csp", "Cadre Stratégique Permanent"],
    ["wagner", "Wagner Group"],
  ]),
  kindLabels: {
    "sources-disagree": "Sources disagree",
    "source-contradicts-itself": "A source contradicts itself",
    "single-party-claim": "One party’s claim",
    "single-source": "Single source",
  },
  site: "https://example.org/",
};

describe("the disputes as data", () => {
  const records = claimRecords(book);

  it("come in the order of /claims/: under the first phase each concerns", () => {
    expect(records.map((r) => r.id)).toEqual(["arrival", "toll"]);
  });

  it("give each position its party by id and name (none for a source's own) and its sources by key and paragraph", () => {
    const toll = records.find((r) => r.id === "toll");
    expect(toll?.positions).toEqual([
      {
        statement: "The CSP says 84.",
        heldBy: "csp",
        heldByName: "Cadre Stratégique Permanent",
        sources: ["lechner-2024:2"],
      },
      { statement: "The report says so too.", heldBy: "", heldByName: "", sources: ["mena-2025"] },
    ]);
    expect(toll?.assessmentSources).toEqual(["fp-2024:1-3"]);
    expect(toll?.kindLabel).toBe("Sources disagree");
    expect(toll?.actorNames).toEqual(["Cadre Stratégique Permanent", "Wagner Group"]);
    expect(toll?.phaseTitles).toEqual(["Title of tinzaouatene"]);
  });

  it("name the events that set each out, in date order, and the address of its entry", () => {
    const toll = records.find((r) => r.id === "toll");
    expect(toll?.events).toEqual(["a-earlier", "b-later"]);
    expect(toll?.url).toBe("https://example.org/claims/#toll");
    expect(records.find((r) => r.id === "arrival")?.events).toEqual([]);
  });

  it("read back from the JSON as written", () => {
    expect(JSON.parse(claimsJson(records))).toEqual(records);
  });
});
