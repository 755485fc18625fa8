import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActorData } from "../../src/schemas/actor.ts";
import type { EventData } from "../../src/schemas/event.ts";
import type { PhaseData } from "../../src/schemas/phase.ts";
import type { SourceData } from "../../src/schemas/source.ts";
import { checkContent, type CheckedEntry } from "../../src/lib/integrity.ts";
import { bounds } from "../../src/lib/dates.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { realSources, seeded, sentence } from "../../scripts/lib/bench-text.ts";
import { loadCheckedBook, loadSources } from "../../src/lib/load-book.ts";

const root = path.resolve(import.meta.dirname, "../..");
const { book, problems } = checkContent(path.join(root, "content"), root);
const actors = [...book.actors.values()] as CheckedEntry<ActorData>[];
const phases = [...book.phases.values()] as CheckedEntry<PhaseData>[];
const events = [...book.events.values()] as CheckedEntry<EventData>[];
const sources = [...book.sources.values()] as CheckedEntry<SourceData>[];

/** Blocks of prose in a briefing: paragraphs and list items, not headings, tables or note definitions. */
function proseBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b && !b.startsWith("#") && !b.startsWith("|") && !/^\[\^[^\]]+\]:/.test(b));
}

describe("the book's content", () => {
  it("passes every integrity check (references, dates, citations, names, relations)", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("gives Astro's config the same sources whether it checks the book or the build already has", () => {
    expect(loadSources(root).sources).toEqual(loadCheckedBook(root).sources);
  });

  it("covers what the book promises", () => {
    expect(book.sources.size).toBe(5);
    expect(actors.length).toBeGreaterThanOrEqual(25);
    expect(phases.length).toBeGreaterThanOrEqual(8);
    expect(events.length).toBeGreaterThanOrEqual(45);
    expect(book.claims.size).toBeGreaterThanOrEqual(15);
    for (const id of ["wagner", "jnim", "csp", "fama", "africa-corps"]) expect(book.actors.has(id), id).toBe(true);
  });

  it("has no briefing paragraph without a citation", () => {
    const uncited: string[] = [];
    for (const entry of [...actors, ...phases]) {
      for (const block of proseBlocks(entry.body)) {
        if (!block.includes("[^")) uncited.push(`${entry.file}: "${block.slice(0, 70)}…"`);
      }
    }
    expect(uncited).toEqual([]);
  });

  it("lists every ally, partner, rival and adversary on both sides", () => {
    const oneSided: string[] = [];
    for (const a of actors) {
      for (const r of a.data.relations) {
        const other = book.actors.get(r.actor) as CheckedEntry<ActorData> | undefined;
        if (!other?.data.relations.some((b) => b.actor === a.id && b.type === r.type)) {
          oneSided.push(`${a.id} → ${r.actor} (${r.type})`);
        }
      }
    }
    expect(oneSided).toEqual([]);
  });

  it("says nothing dated after its newest source", () => {
    const newest =
      sources
        .map((s) => bounds(s.data.date).last)
        .sort()
        .at(-1) ?? "";
    const late = [
      ...events.map((e) => [e.file, e.data.endDate ?? e.data.date] as const),
      ...phases.map((p) => [p.file, p.data.end] as const),
      ...actors.map((a) => [a.file, a.data.asOf] as const),
    ].filter(([, date]) => bounds(date).first > newest);
    expect(late).toEqual([]);
  });
});

describe("the sources' paragraph counts", () => {
  // The copies the book was written from (shared/seeds beside the project, see README.md), when
  // this machine has them; the book itself never ships them.
  const seeds = path.resolve(root, "..", "shared", "seeds");
  const nonEmptyLines = (file: string) =>
    readFileSync(path.join(seeds, file), "utf8")
      .split("\n")
      .filter((l) => l.trim()).length;

  it.skipIf(!existsSync(seeds))("match the copies: every line of each article, and no page furniture", () => {
    const counts = Object.fromEntries(sources.map((s) => [s.id, [s.data.paragraphs, nonEmptyLines(s.data.file)]]));
    // Responsible Statecraft's copy runs on after the article's last caption (paragraph 37) into
    // the site's teasers for other articles.
    expect(counts).toEqual({
      "ap-rewrite-2025": [8, 8],
      "fp-2024": [45, 45],
      "lechner-mt-2024": [27, 27],
      "mena-2025": [39, 39],
      "rs-2023": [37, 64],
    });
  });

  it("are the ones the synthetic books of the benchmark cite within", () => {
    expect(Object.fromEntries(realSources.map((s) => [s.id, s.paragraphs]))).toEqual(
      Object.fromEntries(sources.map((s) => [s.id, s.data.paragraphs])),
    );
  });

  it("are never cited twice in a row by the benchmark's sentences, which the build would refuse", () => {
    // The 1,000-briefing book had "[^rs-2023:21][^rs-2023:21]" once remark-citations refused it.
    const random = seeded(7);
    const text = Array.from({ length: 20_000 }, () => sentence(random, "A", "B", "2024")).join(" ");
    expect(text).toContain("][^");
    expect(text.match(/(\[\^[^\]]+\])\s*\1/)).toBeNull();
  });
});
