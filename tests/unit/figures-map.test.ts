import { describe, expect, it } from "vitest";
import { borderBetween, countries, focusId } from "../../src/lib/figures/atlas.ts";
import svgpath from "svgpath";
import { shortPath } from "../../src/lib/figures/geo.ts";
import { locatorMap } from "../../src/lib/figures/locator.ts";
import { boxOf, labelPositions, pointsAlong, type Polyline } from "../../src/lib/figures/labels.ts";
import { regionalMap, scaleBarBox } from "../../src/lib/figures/map.ts";
import { markerBoxes, marksMiddle } from "../../src/lib/figures/markers.ts";
import { capsWidth } from "../../src/lib/figures/country-labels.ts";
import { inside, overlaps, textWidth, type Box } from "../../src/lib/figures/svg.ts";
import { inRegion, mapPlace } from "../../src/lib/figures/region.ts";
import { places, variant } from "./figures-book.ts";

const all = places.map(mapPlace);
const full = regionalMap(all);

/** The lines a path draws, in the drawing's coordinates (its subpaths, each closed as drawn). */
function linesOf(d: string): Polyline[] {
  const lines: Polyline[] = [];
  let line: Polyline = [];
  svgpath(d)
    .abs()
    .unshort()
    .iterate((segment, _i, x, y) => {
      const [cmd] = segment;
      if (cmd === "M") {
        if (line.length > 1) lines.push(line);
        line = [[segment[1] as number, segment[2] as number]];
      } else if (cmd === "Z") {
        if (line[0]) line.push(line[0]);
      } else if (cmd === "H") line.push([segment[1] as number, y]);
      else if (cmd === "V") line.push([x, segment[1] as number]);
      else line.push([segment.at(-2) as number, segment.at(-1) as number]);
    });
  if (line.length > 1) lines.push(line);
  return lines;
}

/** Points every unit along the paths' lines, for a box to be tested against what is drawn. */
const outlinePoints = (paths: string[]) => pointsAlong(paths.flatMap(linesOf), 1);
const pointsIn = (box: Box, points: Box[]) => points.filter((p) => inside(p, box));

describe("the regional map", () => {
  it("keeps far places off it, for the locator", () => {
    expect(
      all
        .filter((p) => !inRegion(p))
        .map((p) => p.id)
        .sort(),
    ).toEqual(["algiers", "bangui", "johannesburg", "khasham", "libya", "moscow"]);
  });

  it("marks and labels every place in the region, each linking to its entry", () => {
    const region = all.filter(inRegion);
    expect(full.markers.map((m) => m.id).sort()).toEqual(region.map((p) => p.id).sort());
    for (const m of full.markers) {
      expect(m.href).toBe(`/places/${m.id}/`);
      expect(m.label.text).toBe(m.name);
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(full.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(full.height);
    }
  });

  it("marks approximate places as approximate", () => {
    const ring = full.markers.find((m) => m.id === "central-mali");
    const dot = full.markers.find((m) => m.id === "bamako");
    expect(ring?.approximate).toBe(true);
    expect(dot?.approximate).toBe(false);
    expect(ring?.r).toBeGreaterThan(dot?.r ?? Infinity);
  });

  it("draws Mali and its neighbours from the boundary data, and the border the sources name", () => {
    const names = full.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Mali", "Algeria", "Niger", "Mauritania", "Burkina Faso"]));
    expect(full.countries.find((c) => c.focus)?.name).toBe("Mali");
    expect(full.borders.map((b) => b.id)).toEqual(["algerian-border"]);
    expect(full.countryLabels.map((l) => l.text)).toContain("MALI");
  });

  it("changes when a place is added", () => {
    const segou = variant(
      places.find((p) => p.id === "bamako"),
      "segou",
      { name: "Ségou", lat: 13.43, lon: -6.26 },
    );
    const more = regionalMap([...all, mapPlace(segou)]);
    expect(more).not.toEqual(full);
    expect(more.markers.find((m) => m.id === "segou")?.href).toBe("/places/segou/");
  });

  it("marks only the places asked for, in the same frame", () => {
    const one = regionalMap(all, { shown: new Set(["gao"]) });
    expect(one.markers.map((m) => m.id)).toEqual(["gao"]);
    expect(one.height).toBe(full.height);
    expect(one.countries).toEqual(full.countries);
  });

  it("sets its scale bar where it covers no outline, marker or name, on every map of the region", () => {
    // It stood at the bottom-left corner of every map, on the map of Mali's Atlantic coast.
    const maps = [
      full,
      regionalMap(all, { shown: new Set(["nouakchott"]) }),
      regionalMap(all, { width: 420, resolution: "110m" }),
      regionalMap(all, { width: 420, resolution: "110m", shown: new Set(["kidal"]) }),
    ];
    for (const m of maps) {
      const bar = scaleBarBox(m.scaleBar, 12);
      const name = `${m.width} ${m.markers.map((k) => k.id).join()}`;
      expect(inside(bar, { x: 0, y: 0, width: m.width, height: m.height }), name).toBe(true);
      expect(pointsIn(bar, outlinePoints(m.countries.map((c) => c.d))), name).toEqual([]);
      expect(
        markerBoxes(m.markers, 12).filter((b) => overlaps(b, bar)),
        name,
      ).toEqual([]);
      const names = m.countryLabels.map((l) => boxOf(l.x, l.y, "middle", capsWidth(l.text, l.size, l.spacing), l.size));
      expect(
        names.filter((b) => overlaps(b, bar)),
        name,
      ).toEqual([]);
    }
  });

  it("opens, where it is too wide for its frame, on the middle of its own markers", () => {
    // Every map opened at its east end: Nouakchott, the west end of the map of every place, out of sight.
    const ends = (m: typeof full) => [
      Math.min(...m.markers.map((k) => k.x - k.r)),
      Math.max(...m.markers.map((k) => k.x + k.r)),
    ];
    const [west = 0, east = 0] = ends(full);
    const nouakchott = full.markers.find((m) => m.id === "nouakchott");
    expect(west).toBe((nouakchott?.x ?? 0) - (nouakchott?.r ?? 0));
    expect(marksMiddle(full.markers)).toBeCloseTo((west + east) / 2, 1);
    expect(marksMiddle(full.markers)).toBeLessThan(full.width * 0.6);
    const kidal = regionalMap(all, { shown: new Set(["kidal"]) });
    expect(marksMiddle(kidal.markers)).toBe(kidal.markers[0]?.x);
    expect(marksMiddle([])).toBeUndefined();
  });

  it("is the same for the same input, computed once per list of places", () => {
    expect(regionalMap(all)).toBe(full);
    expect(regionalMap([...all])).toEqual(full);
    expect(regionalMap(all, { shown: new Set(["kidal", "gao"]) })).toBe(
      regionalMap(all, { shown: new Set(["gao", "kidal"]) }),
    );
  });
});

describe("a path as written", () => {
  /** A path's commands with absolute points. */
  const absolute = (d: string) => {
    const segments: (string | number)[][] = [];
    svgpath(d)
      .abs()
      .iterate((segment) => void segments.push([...segment]));
    return segments;
  };
  const closeTo = (actual: (string | number)[][], expected: (string | number)[][]) => {
    expect(actual.length).toBe(expected.length);
    actual.forEach((segment, i) =>
      segment.forEach((v, j) =>
        typeof v === "number" ? expect(v).toBeCloseTo(expected[i]![j] as number, 9) : expect(v).toBe(expected[i]![j]),
      ),
    );
  };

  it("is shorter, relative to each point before, and draws the same rounded points", () => {
    let relative = 0;
    let absoluteLength = 0;
    for (const c of full.countries) {
      expect(c.d).toMatch(/^M/);
      expect(c.d).not.toMatch(/[LHV]/);
      relative += c.d.length;
      absoluteLength += svgpath(c.d).abs().round(1).toString().length;
    }
    expect(relative).toBeLessThan(absoluteLength * 0.8);
    const drawn = "M166.04,0.31L165.96,26.2L114.25,24.08Z M10,10L20.15,20Z";
    closeTo(absolute(shortPath(drawn)), absolute("M166,0.3L166,26.2L114.3,24.1Z M10,10L20.2,20Z"));
    closeTo(absolute(shortPath(drawn, 0)), absolute("M166,0L166,26L114,24Z M10,10L20,20Z"));
    expect(shortPath("")).toBe("");
    expect(shortPath(null)).toBe("");
  });
});

describe("the locator", () => {
  it("marks the far places and outlines the regional map", () => {
    const far = all.filter((p) => !inRegion(p));
    const loc = locatorMap(far, full.frame);
    expect(loc.markers.map((m) => m.id).sort()).toEqual(far.map((p) => p.id).sort());
    expect(loc.land.length).toBeGreaterThan(1000);
    expect(loc.frame).toMatch(/^M[\d.]+ [\d.]+l/);
  });

  it("labels each place off the coasts and the regional map's outline, where it can be", () => {
    // Khasham's label lay across the Syrian coast: the locator gave its labels no lines to avoid.
    const far = all.filter((p) => !inRegion(p));
    /** The box less half a pixel each side: the land is drawn at whole pixels. */
    const within = (b: Box) => ({ x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 });
    for (const width of [360, 300]) {
      const loc = locatorMap(far, full.frame, width);
      const frame = { x: 6, y: 6, width: width - 12, height: loc.height - 12 };
      const drawn = outlinePoints([loc.land, loc.frame]);
      const dots = loc.markers.map((m) => ({ x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }));
      const clear: string[] = [];
      for (const m of loc.markers) {
        const box = boxOf(m.label.x, m.label.y, m.label.anchor, textWidth(m.label.text, 12), 12);
        const free = labelPositions({ ...m, text: m.name, size: 12 })
          .flat()
          .some(
            (p) =>
              inside(p.box, frame) &&
              !dots.some((d) => overlaps(d, p.box)) &&
              pointsIn(within(p.box), drawn).length === 0,
          );
        if (!free) continue;
        clear.push(m.id);
        expect(pointsIn(within(box), drawn), `${width} ${m.id}`).toEqual([]);
      }
      // Johannesburg's name is wider than the land around it; at 300 units Khasham's has no clear
      // place either. Each then crosses the least line it can.
      expect(clear, `${width}`).toEqual(
        width === 360 ? ["algiers", "bangui", "khasham", "libya", "moscow"] : ["algiers", "bangui", "libya", "moscow"],
      );
    }
  });
});

describe("the boundaries as drawn", () => {
  /** Every [lon, lat] of a geometry's coordinates, however deeply nested. */
  const pointsOf = (c: unknown): number[][] =>
    Array.isArray(c) && typeof c[0] === "number" ? [c as number[]] : (c as unknown[]).flatMap(pointsOf);

  it("keep fewer points than the data, and the border the maps draw on Mali's drawn outline", () => {
    for (const resolution of ["50m", "110m"] as const) {
      const full = countries(resolution).find((c) => c.id === focusId);
      const drawn = countries(resolution, true).find((c) => c.id === focusId);
      if (!full || !drawn) throw new Error("no Mali");
      const kept = pointsOf(drawn.geometry.coordinates).length;
      const all = pointsOf(full.geometry.coordinates).length;
      expect(kept, resolution).toBeLessThan(all);
      expect(kept, resolution).toBeGreaterThan(all / 4);
      const outline = new Set(pointsOf(drawn.geometry.coordinates).map((p) => p.join()));
      const algeria = countries(resolution).find((c) => c.properties.name === "Algeria")?.id ?? "";
      const border = pointsOf(borderBetween(focusId, algeria, resolution, true).coordinates);
      expect(border.length).toBeGreaterThan(2);
      for (const p of border) expect(outline.has(p.join()), `${resolution} ${p.join()}`).toBe(true);
    }
  });
});
