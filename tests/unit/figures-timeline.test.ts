import { describe, expect, it } from "vitest";
import { everyPhaseUpTo, phaseDomain, timelineGeometry } from "../../src/lib/figures/timeline.ts";
import { axisTicks, bookScale, eventSpan, piecewiseScale, yearDay } from "../../src/lib/figures/time-scale.ts";
import { textWidth } from "../../src/lib/figures/svg.ts";
import { events, phases, variant } from "./figures-book.ts";

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
