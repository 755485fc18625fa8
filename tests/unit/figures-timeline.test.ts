import { describe, expect, it } from "vitest";
import { eventsOfActor, phasesOfActor } from "../../src/lib/book-data.ts";
import {
  bandLabelSize,
  eventNumbers,
  everyPhaseUpTo,
  openTail,
  phaseDomain,
  smallLabelSize,
  timelineGeometry,
  type TimelineGeometry,
} from "../../src/lib/figures/timeline.ts";
import { axisTicks, bookScale, eventSpan, piecewiseScale, yearDay } from "../../src/lib/figures/time-scale.ts";
import { textWidth } from "../../src/lib/figures/svg.ts";
import { actors, events, phases, variant } from "./figures-book.ts";

describe("the time axis", () => {
  const scale = bookScale(0, 1000);

  it("gives the dense years 2020–2025 more than half the width", () => {
    expect(scale(yearDay(2026)) - scale(yearDay(2020))).toBeGreaterThan(500);
    expect(scale(yearDay(2012)) - scale(yearDay(1960))).toBeLessThan(200);
  });

  it("runs forward and stays inside its range", () => {
    const xs = [1950, 1960, 1990, 2012, 2016, 2020, 2024, 2026, 2030].map((y) => scale(yearDay(y)));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBe(0);
    expect(xs.at(-1)).toBe(1000);
  });

  it("labels the years where it changes pace, with labels never closer than the gap", () => {
    const labelled = axisTicks(scale).filter((t) => t.label);
    expect(labelled.map((t) => t.label)).toEqual(expect.arrayContaining(["1960", "2012", "2020"]));
    labelled.slice(1).forEach((t, i) => expect(t.x - (labelled[i]?.x ?? 0)).toBeGreaterThanOrEqual(40));
  });

  it("labels the years at an even step where it keeps one pace", () => {
    // 1955 to 2015 over 620 px: a year is some 10 px, so every fifth year; it was 1960, 1964, 1970.
    const even = piecewiseScale([
      { day: yearDay(1955), x: 0 },
      { day: yearDay(2015), x: 620 },
    ]);
    const years = axisTicks(even)
      .filter((t) => t.label)
      .map((t) => Number(t.label));
    expect(years).toEqual([1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010]);
  });

  it("draws a date over every day it can stand for, narrowed by early/mid/late", () => {
    const year = eventSpan("2021");
    expect(year.end - year.first).toBe(365);
    const late = eventSpan("2021", undefined, "late");
    expect(late.first).toBeCloseTo(year.first + 365 * (2 / 3));
    expect(late.end).toBeCloseTo(year.end);
    const range = eventSpan("2021", "2022");
    expect(range.end - range.first).toBe(730);
    expect(eventSpan("2024-07-27").end - eventSpan("2024-07-27").first).toBe(1);
  });
});

describe("the timeline figure", () => {
  const full = timelineGeometry(phases, events, { layout: "rows" });

  it("has a band per phase and a mark per event, each linking to its page", () => {
    expect(full.bands.map((b) => b.href).sort()).toEqual(phases.map((p) => `/phases/${p.id}/`).sort());
    expect(full.marks.map((m) => m.href).sort()).toEqual(events.map((e) => `/events/${e.id}/`).sort());
  });

  it("stays inside its frame", () => {
    for (const m of full.marks) {
      expect(m.x1).toBeGreaterThanOrEqual(0);
      expect(m.x2).toBeLessThanOrEqual(full.width);
      expect(m.y).toBeLessThan(full.plotBottom);
    }
  });

  it("draws disputed events as disputed and events with an end date as spans", () => {
    const kidal = full.marks.find((m) => m.id === "2023-11-kidal-captured");
    expect(kidal?.disputed).toBe(true);
    const counteroffensive = full.marks.find((m) => m.id === "2021-car-counteroffensive");
    expect(counteroffensive?.point).toBe(false);
    expect((counteroffensive?.x2 ?? 0) - (counteroffensive?.x1 ?? 0)).toBeGreaterThan(100);
  });

  it("draws a date within the event's phase: a year-only date in a phase that ends mid-year stops at its end", () => {
    // The book's last phase runs from January to June 2025; an event there dated only "2025".
    const last = [...phases].sort((a, b) => b.data.order - a.data.order)[0];
    const base = events.find((e) => e.data.phase === last?.id && !e.data.endDate);
    const yearOnly = variant(base, "2025-test-year-only", { title: "Dated by its year", date: "2025" });
    const drawn = timelineGeometry(phases, [...events, yearOnly], { layout: "rows" });
    const band = drawn.bands.find((b) => b.id === last?.id);
    const mark = drawn.marks.find((m) => m.id === yearOnly.id);
    expect(mark?.dates).toBe("2025");
    expect(mark?.point).toBe(false);
    expect(mark?.x1).toBeCloseTo(band?.x ?? 0, 0);
    expect(mark?.x2).toBeCloseTo((band?.x ?? 0) + (band?.width ?? 0), 0);
    // An end date the sources give is drawn as it is, past its phase if need be.
    const spanning = variant(base, "2025-test-span", { title: "Spans", date: "2025-01", endDate: "2025-12" });
    const long = timelineGeometry(phases, [...events, spanning], { layout: "rows" });
    const bar = long.marks.find((m) => m.id === spanning.id);
    expect(bar?.x2).toBeGreaterThan((band?.x ?? 0) + (band?.width ?? 0) + 5);
  });

  it("changes when an event is added", () => {
    const extra = variant(events[0], "2024-09-test-event", { title: "A test event", date: "2024-09-01" });
    const more = timelineGeometry(phases, [...events, extra], { layout: "rows" });
    expect(more).not.toEqual(full);
    expect(more.marks.find((m) => m.id === extra.id)?.href).toBe("/events/2024-09-test-event/");
    expect(more.height).toBeGreaterThan(full.height);
  });

  it("is the same for the same input, computed once", () => {
    expect(timelineGeometry(phases, events, { layout: "rows" })).toBe(full);
    expect(timelineGeometry([...phases], [...events], { layout: "rows" })).toEqual(full);
  });

  it("is drawn afresh when an event changes, though its id stays", () => {
    const moved = events.map((e) => (e.id === events[0]?.id ? variant(e, e.id, { date: "1961" }) : e));
    const redrawn = timelineGeometry(phases, moved, { layout: "rows" });
    expect(redrawn).not.toEqual(full);
    expect(redrawn.marks.find((m) => m.id === events[0]?.id)?.dates).toBe("1961");
  });

  it("sets a label over its own bar only where the label ends inside the bar", () => {
    const views = [
      full,
      ...phases.map((p) =>
        timelineGeometry(
          phases,
          events.filter((e) => e.data.phase === p.id),
          { layout: "rows", domain: phaseDomain(p.data) },
        ),
      ),
    ];
    const onBar = views.flatMap((v) => v.marks).filter((m) => m.label?.onBar);
    expect(onBar.length).toBeGreaterThan(5);
    for (const m of onBar) {
      const label = m.label;
      if (!label) continue;
      expect(label.x, m.id).toBeGreaterThan(m.x1);
      expect(label.x + textWidth(label.text, label.size), m.id).toBeLessThan(m.x2);
    }
  });

  it("gives an event dated 'after' a day a tail that points on, and its label room past the tail", () => {
    const exit = phases.find((p) => p.id === "wagner-exit");
    if (!exit) throw new Error("no phase wagner-exit");
    const zoomed = timelineGeometry(
      phases,
      events.filter((e) => e.data.phase === exit.id),
      { layout: "rows", domain: phaseDomain(exit.data) },
    );
    const after = zoomed.marks.filter((m) => m.openEnd);
    expect(after.length).toBeGreaterThan(0);
    for (const m of after) {
      expect(m.openStart, m.id).toBe(false);
      const label = m.label;
      if (!label) throw new Error(`${m.id} has no label`);
      // Right of the mark, the label starts past the tail; left of it, it ends before the mark.
      if (label.anchor === "start") expect(label.x, m.id).toBeGreaterThanOrEqual(m.x2 + 14);
      else expect(label.x, m.id).toBeLessThanOrEqual(m.x1);
    }
  });

  it("packs lanes for a compact view and zooms to a phase", () => {
    const lanes = timelineGeometry(phases, events, { layout: "lanes" });
    expect(lanes.height).toBeLessThan(full.height / 2);
    expect(lanes.marks.every((m) => m.label === undefined)).toBe(true);
    const exit = phases.find((p) => p.id === "wagner-exit");
    if (!exit) throw new Error("no phase wagner-exit");
    const zoomed = timelineGeometry(
      phases,
      events.filter((e) => e.data.phase === exit.id),
      {
        layout: "rows",
        domain: phaseDomain(exit.data),
      },
    );
    // Its marks, from the first's start to the last's end, spread over more than half the width.
    const from = Math.min(...zoomed.marks.map((m) => m.x1));
    const to = Math.max(...zoomed.marks.map((m) => m.x2));
    expect(to - from).toBeGreaterThan(zoomed.width / 2);
  });

  it("draws only the highlighted phases when asked, on the same axis (an actor's timeline in a book of many phases)", () => {
    expect(phases.length).toBeLessThanOrEqual(everyPhaseUpTo);
    const mine = new Set(["wagner-arrives", "wagner-exit"]);
    const all = timelineGeometry(phases, events, { layout: "lanes", highlight: mine });
    const only = timelineGeometry(phases, events, { layout: "lanes", highlight: mine, onlyHighlighted: true });
    expect(all.bands).toHaveLength(phases.length);
    expect(only.bands.map((b) => b.id).sort()).toEqual([...mine].sort());
    for (const b of only.bands) expect(b).toEqual(all.bands.find((a) => a.id === b.id));
    expect(only.marks).toEqual(all.marks);
  });
});

/** Every timeline the book draws: the whole book's, each phase's and each actor's. */
function everyTimeline(): { name: string; g: TimelineGeometry }[] {
  return [
    { name: "book", g: timelineGeometry(phases, events, { layout: "rows" }) },
    ...phases.map((p) => ({
      name: `phase ${p.id}`,
      g: timelineGeometry(
        phases,
        events.filter((e) => e.data.phase === p.id),
        { layout: "rows", domain: phaseDomain(p.data), highlight: new Set([p.id]) },
      ),
    })),
    ...actors.map((a) => ({
      name: `actor ${a.id}`,
      g: timelineGeometry(phases, eventsOfActor(a.id, events), {
        layout: "lanes",
        highlight: new Set(phasesOfActor(a, phases).map((p) => p.id)),
      }),
    })),
  ];
}

/** The box of a number drawn with its baseline's middle (band) or end at x, y. */
function numberBox(text: string, x: number, y: number, anchor: "start" | "middle" | "end", size: number) {
  const w = textWidth(text, size) * 1.1;
  const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { left, right: left + w, top: y - size * 0.75, bottom: y };
}

describe("the phases' numbers", () => {
  /**
   * Phase 1's chart (1955 to 2017) drew the years 2012 and 2013, phases 2 and 3, 11 units wide:
   * under the 12 a number needed, they had none, and the legend's entries 2 and 3 matched no band.
   */
  it("number every band of every timeline: in the band, or above it with a leader into it", () => {
    for (const { name, g } of everyTimeline()) {
      for (const b of g.bands) {
        const where = `${name}: phase ${b.order}`;
        expect(b.label.text, where).toBe(String(b.order));
        const box = numberBox(b.label.text, b.label.x, b.label.y, "middle", bandLabelSize);
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.right, where).toBeLessThanOrEqual(g.width);
        if (b.label.leader) {
          // Above the bands, with a line from under it into its own band.
          expect(box.bottom, where).toBeLessThanOrEqual(g.bandTop);
          expect(box.top, where).toBeGreaterThanOrEqual(0);
          expect(b.label.leader.x2, where).toBeGreaterThanOrEqual(b.x);
          expect(b.label.leader.x2, where).toBeLessThanOrEqual(b.x + b.width);
          expect(b.label.leader.y2, where).toBeGreaterThan(g.bandTop);
          expect(b.label.leader.y2, where).toBeLessThan(g.bandBottom);
        } else {
          // Inside its band, clear of its edges.
          expect(box.left, where).toBeGreaterThan(b.x);
          expect(box.right, where).toBeLessThan(b.x + b.width);
          expect(box.top, where).toBeGreaterThan(g.bandTop);
          expect(box.bottom, where).toBeLessThan(g.bandBottom);
        }
      }
      // Numbers above the bands do not run into one another.
      const above = g.bands
        .filter((b) => b.label.leader)
        .map((b) => numberBox(b.label.text, b.label.x, b.label.y, "middle", bandLabelSize))
        .sort((a, b) => a.left - b.left);
      above.slice(1).forEach((box, i) => expect(box.left, name).toBeGreaterThan(above[i]?.right ?? -Infinity));
    }
  });

  it("sets phase 1's neighbours 2 and 3 above their bands, and leaves a chart whose numbers fit as it was", () => {
    const roots = phases.find((p) => p.data.order === 1);
    if (!roots) throw new Error("no phase 1");
    const g = timelineGeometry(
      phases,
      events.filter((e) => e.data.phase === roots.id),
      { layout: "rows", domain: phaseDomain(roots.data) },
    );
    expect(g.bands.filter((b) => b.label.leader).map((b) => b.order)).toEqual([2, 3]);
    expect(g.bandTop).toBeGreaterThan(0);
    const book = timelineGeometry(phases, events, { layout: "rows" });
    expect(book.bands.every((b) => !b.label.leader)).toBe(true);
    expect(book.bandTop).toBe(0);
  });

  it("spreads the numbers of many narrow bands apart and inside the drawing", () => {
    // The whole book 240 units wide: most phases are a few units wide.
    const g = timelineGeometry(phases, events, { layout: "lanes", width: 240 });
    const above = g.bands.filter((b) => b.label.leader);
    expect(above.length).toBeGreaterThan(3);
    const boxes = above
      .map((b) => numberBox(b.label.text, b.label.x, b.label.y, "middle", bandLabelSize))
      .sort((a, b) => a.left - b.left);
    boxes.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThan(boxes[i]?.right ?? -Infinity));
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(g.width);
    }
  });
});

describe("an actor's timeline, whose marks have no titles", () => {
  const timelines = everyTimeline().filter((t) => t.name.startsWith("actor") && t.g.marks.length > 0);

  /**
   * On paper, where a mark can be neither hovered nor followed, Wagner's 27 marks could not be told
   * apart: each now carries the number its event has in the list that follows the figure.
   */
  it("numbers every mark in date order, as eventNumbers numbers the list beside it", () => {
    expect(timelines.length).toBeGreaterThan(20);
    for (const a of actors) {
      const mine = eventsOfActor(a.id, events);
      if (mine.length === 0) continue;
      const g = timelineGeometry(phases, mine, { layout: "lanes" });
      const numbers = eventNumbers(mine);
      expect(
        g.marks.map((m) => m.number).sort((x, y) => x - y),
        a.id,
      ).toEqual(mine.map((_, i) => i + 1));
      for (const m of g.marks) {
        expect(m.numberAt, `${a.id}: ${m.id}`).toBeDefined();
        expect(m.number, `${a.id}: ${m.id}`).toBe(numbers.get(m.id));
      }
    }
  });

  it("keeps each number clear of the other marks and numbers, and inside the drawing", () => {
    for (const { name, g } of timelines) {
      const boxes = g.marks.map((m) => {
        const reach = m.point ? 4 : 0;
        const shape = {
          left: m.x1 - reach - (m.openStart ? openTail : 0),
          right: m.x2 + reach + (m.openEnd ? openTail : 0),
          top: m.y - 4,
          bottom: m.y + 4,
        };
        const at = m.numberAt;
        if (!at) throw new Error(`${name}: ${m.id} has no number`);
        const label = numberBox(String(m.number), at.x, m.y + smallLabelSize / 3, at.anchor, smallLabelSize);
        return { m, shape, label };
      });
      const clash = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const { m, label } of boxes) {
        expect(label.left, `${name}: ${m.id}`).toBeGreaterThanOrEqual(0);
        expect(label.right, `${name}: ${m.id}`).toBeLessThanOrEqual(g.width);
        for (const other of boxes) {
          if (other.m === m) continue;
          expect(clash(label, other.shape), `${name}: ${m.number} on mark ${other.m.number}`).toBe(false);
          expect(clash(label, other.label), `${name}: ${m.number} on number ${other.m.number}`).toBe(false);
        }
      }
    }
  });
});
