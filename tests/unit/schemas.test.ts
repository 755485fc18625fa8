import { describe, expect, it } from "vitest";
import { actorSchema } from "../../src/schemas/actor.ts";
import { citation } from "../../src/schemas/citation.ts";
import { eventSchema } from "../../src/schemas/event.ts";
import { sourceSchema } from "../../src/schemas/source.ts";

const event = {
  title: "Ambush near Tinzaouatene",
  date: "2024-07-27",
  actors: ["wagner"],
  phase: "tinzaouatene",
  summary: "A convoy was ambushed.",
  sources: [{ source: "fp-2024", locator: "1" }],
};

describe("schemas", () => {
  it("accept a well-formed event and fill defaults", () => {
    const parsed = eventSchema.parse(event);
    expect(parsed.claims).toEqual([]);
  });

  it("refuse a date given as a timestamp, with a hint to quote it", () => {
    const result = eventSchema.safeParse({ ...event, date: new Date("2024-07-27") });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('a date must be a quoted string such as "2024-07-27"');
  });

  it("give the prose of front matter and YAML the typography of the MDX text, and leave names as written", () => {
    const parsed = eventSchema.parse({ ...event, title: `Algeria's "concern"`, summary: "It said -- in short... no." });
    expect(parsed.title).toBe("Algeria’s “concern”");
    expect(parsed.summary).toBe("It said — in short… no.");
    const actor = actorSchema.parse({
      name: "Jama'at Test",
      shortName: "JT",
      aliases: ["Jama'at"],
      kind: "armed-group",
      summary: "A group 'of tests'.",
      asOf: "2024-08",
    });
    expect([actor.name, actor.aliases[0], actor.summary]).toEqual(["Jama'at Test", "Jama'at", "A group ‘of tests’."]);
  });

  it("refuse an event without sources", () => {
    expect(eventSchema.safeParse({ ...event, sources: [] }).error?.issues[0]?.message).toBe("cite at least one source");
  });

  it("refuse ids that are not lowercase kebab-case", () => {
    expect(citation.safeParse({ source: "FP 2024" }).success).toBe(false);
  });

  it("refuse unknown fields and unknown actor kinds", () => {
    const actor = { name: "X", shortName: "X", kind: "state", summary: "s", asOf: "2025" };
    expect(actorSchema.safeParse(actor).success).toBe(true);
    expect(actorSchema.safeParse({ ...actor, kind: "militia" }).success).toBe(false);
    expect(actorSchema.safeParse({ ...actor, allies: ["y"] }).success).toBe(false);
  });

  const source = {
    outlet: "o",
    outletBasis: "text",
    title: "t",
    titleBasis: "text",
    date: "2024",
    dateBasis: "stated",
    language: "en",
    kind: "news",
    file: "000_abc.txt",
    paragraphs: 12,
    shortLabel: "o",
    reliability: "r",
    independence: "i",
  };

  it("keep a source's URL optional and never accept a non-URL", () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: "not a url" }).success).toBe(false);
  });

  it("need the number of a source's paragraphs, a whole number", () => {
    expect(sourceSchema.safeParse({ ...source, paragraphs: undefined }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, paragraphs: 0 }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, paragraphs: 7.5 }).success).toBe(false);
  });
});
