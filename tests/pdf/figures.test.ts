/**
 * The figures in the whole book (issue 6): the part "Maps and charts" holds the map, the timeline
 * and the relations graph, each on pages of its own and in the outline, and each phase's section
 * draws its own timeline and relations. What is checked is what a reader of the PDF gets: the text
 * pdftotext reads off the figures' pages (their captions, and the labels drawn in them).
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { OutlineItem } from "../../scripts/lib/pdf-read.ts";
import { bookFigures } from "../../src/components/print/book-parts.ts";
import { t } from "../../src/i18n/t.ts";
import { byOrder } from "../../src/lib/book-data.ts";
import { formatRange } from "../../src/lib/dates.ts";
import { inRegion, mapPlace } from "../../src/lib/figures/region.ts";
import { bookPhaseRelations, bookRelations } from "../../src/lib/figures/relations-graph.ts";
import { relationsOfPhase } from "../../src/lib/figures/relations.ts";
import { timelineGeometry } from "../../src/lib/figures/timeline.ts";
import { bookFile, content, facts } from "./helpers.ts";
import { flat, pdfRawPages } from "./poppler.ts";

const book = content();
const dataTitle = "The figure’s data as a table";
let outline: OutlineItem[];
let pages: string[];

beforeAll(async () => {
  outline = (await facts(bookFile)).outline;
  pages = pdfRawPages(bookFile).map(flat);
});

/** Every outline entry in document order, parts and their briefings. */
const entries = () => outline.flatMap((part) => [part, ...part.children]);

/** The text of the pages an outline entry covers: from its page up to the next entry's. */
function pagesOf(title: string): string[] {
  const all = entries();
  const i = all.findIndex((e) => e.title === title);
  const first = all[i]?.page;
  if (i === -1 || first === undefined) throw new Error(`"${title}" is not in the outline`);
  const next = all.slice(i + 1).find((e) => e.page !== undefined && e.page > first)?.page ?? pages.length + 1;
  return pages.slice(first - 1, next - 1);
}

const figureTitle = (id: (typeof bookFigures)[number]["id"]) => bookFigures.find((f) => f.id === id)?.title ?? id;

describe("the figures of the whole book (briefing-book.pdf)", () => {
  test("“Maps and charts” follows the contents in the outline, each figure an entry starting its own page", () => {
    const part = outline[1];
    expect(outline[0]?.title).toBe(t("print.contents"));
    expect(part?.title).toBe(t("print.partFigures"));
    expect(part?.children.map((c) => c.title)).toEqual(bookFigures.map((f) => f.title));
    const starts = part?.children.map((c) => c.page ?? 0) ?? [];
    expect(starts[0]).toBe(part?.page);
    for (const [i, page] of starts.entries()) {
      if (i > 0) expect(page, bookFigures[i]?.title).toBeGreaterThan(starts[i - 1] ?? 0);
    }
  });

  test("the map names every place of the book: those near Mali on the regional map, the others on the world map", () => {
    const [first = "", ...rest] = pagesOf(figureTitle("map"));
    expect(first).toContain("Mali and its neighbours, with the places the sources name.");
    expect(first).toMatch(/Sources: .*Natural Earth/);
    expect(first, "the regional map is drawn before any table").not.toContain(dataTitle);
    // What the maps draw comes before the data table; the table then lists every place again.
    const text = [first, ...rest].join(" ");
    const [drawn = "", table = ""] = text.split(dataTitle);
    expect(book.places.length).toBeGreaterThan(10);
    for (const place of book.places) {
      const name = flat(mapPlace(place).name); // as the maps label it: "Central Mali"
      if (inRegion(mapPlace(place))) expect(first, `${place.id} on the regional map`).toContain(name);
      expect(drawn, `${place.id} on a map`).toContain(name);
      expect(table, `${place.id} in the table`).toContain(name);
    }
  });

  test("the timeline draws every event as a labelled mark under the numbered phases, and fits one page", () => {
    const timeline = pagesOf(figureTitle("timeline"));
    expect(timeline).toHaveLength(1);
    const text = timeline[0] ?? "";
    expect(text).toContain("The events of the book on one time axis");
    expect(text).toContain("Sources:");
    const g = timelineGeometry(book.phases, book.events, { layout: "rows" });
    expect(g.marks).toHaveLength(book.events.length);
    for (const mark of g.marks) expect(text, mark.id).toContain(flat(mark.label?.text ?? mark.title));
    for (const phase of book.phases) expect(text, phase.id).toContain(flat(phase.data.title));
  });

  test("the relations graph names every actor it draws and lists every relation", () => {
    const { graph, edges } = bookRelations(book.actors);
    const [first = "", ...rest] = pagesOf(figureTitle("relations"));
    expect(first).toContain("Allies, partners, rivals and adversaries across the whole book.");
    const [drawn = "", table = ""] = [first, ...rest].join(" ").split(dataTitle);
    for (const node of graph.nodes) expect(drawn, node.id).toContain(flat(node.name));
    expect(table.match(/\b(ally|partner|rival|adversary)\b/g)?.length).toBe(edges.length);
  });

  test("the phase-by-phase view gives every phase a panel, with the number of relations held in it", () => {
    const text = pagesOf(figureTitle("relations-by-phase")).join(" ");
    expect(text).toContain("How the alignments changed, phase by phase.");
    const { phaseIds, byPhase } = bookPhaseRelations(book.actors, book.phases, book.events);
    for (const phase of byOrder(book.phases)) {
      const { held } = relationsOfPhase(byPhase, phaseIds, phase.id);
      const d = phase.data;
      const count = held.length === 0 ? "no relation recorded" : `${held.length} relation${held.length > 1 ? "s" : ""}`;
      // The range's no-break space comes out of the PDF's text as a space.
      const range = formatRange(d.start, d.end, d.startQualifier, d.endQualifier).replace("\u00a0", " ");
      expect(text, phase.id).toContain(`${range} · ${count}`);
    }
  });

  test("each phase's section draws the phase's events in time and the relations that held in it", () => {
    const ordered = byOrder(book.phases);
    const { graph } = bookRelations(book.actors);
    const { phaseIds, byPhase } = bookPhaseRelations(book.actors, book.phases, book.events);
    const names = new Map(graph.nodes.map((n) => [n.id, flat(n.name)]));
    let drawn = 0;
    for (const phase of ordered) {
      const text = pagesOf(`${phase.data.order}. ${phase.data.title}`).join(" ");
      if (book.events.some((e) => e.data.phase === phase.id)) {
        expect(text, phase.id).toContain("The events of this phase in time.");
      }
      const { held } = relationsOfPhase(byPhase, phaseIds, phase.id);
      if (held.length === 0) continue;
      drawn++;
      expect(text, phase.id).toContain(`Relations in phase ${phase.data.order},`);
      for (const id of new Set(held.flatMap((e) => [e.a, e.b])))
        expect(text, `${phase.id}: ${id}`).toContain(names.get(id));
    }
    expect(drawn).toBeGreaterThan(ordered.length / 2);
  });
});
