import { describe, expect, it } from "vitest";
import {
  Fitting,
  maxFit,
  nextFit,
  pageMaxFit,
  spilledSheets,
  spillDepth,
  type Point,
} from "../../scripts/lib/pdf-fit.ts";

const sheet = (id: string) => ({ id, start: `${id}:sheet-start`, end: `${id}:sheet-end` });
const points = (entries: [string, Point][]) => new Map(entries);

describe("spilledSheets", () => {
  it("finds a section whose last page is written only a few lines down", () => {
    const at = points([
      ["a:sheet-start", { page: 4, down: 0 }],
      ["a:sheet-end", { page: 6, down: 21 }],
      ["b:sheet-start", { page: 7, down: 0 }],
      ["b:sheet-end", { page: 9, down: 400 }],
    ]);
    expect(spilledSheets([sheet("a"), sheet("b")], at)).toEqual([{ id: "a", page: 6, down: 21 }]);
  });

  it("leaves alone a section of one page, however short, and one written down to the limit", () => {
    const at = points([
      ["a:sheet-start", { page: 4, down: 0 }],
      ["a:sheet-end", { page: 4, down: 30 }],
      ["b:sheet-start", { page: 5, down: 0 }],
      ["b:sheet-end", { page: 6, down: spillDepth }],
    ]);
    expect(spilledSheets([sheet("a"), sheet("b")], at)).toEqual([]);
  });

  it("cannot judge a section whose marks are not in the PDF", () => {
    expect(spilledSheets([sheet("a")], points([["a:sheet-end", { page: 6, down: 10 }]]))).toEqual([]);
  });
});

describe("nextFit", () => {
  it("takes a step more, and with a jump at once as many as a longer spill needs", () => {
    expect(nextFit(0, 20)).toBe(1);
    expect(nextFit(0, 60)).toBe(2);
    expect(nextFit(0, 100)).toBe(3);
    expect(nextFit(1, 20)).toBe(2);
    expect(nextFit(0, 100, false)).toBe(1);
    expect(nextFit(maxFit, 20)).toBeUndefined();
  });

  it("lets a briefing printed on its own take one step more than the book, and no jump beyond three", () => {
    expect(nextFit(maxFit, 20, false, pageMaxFit)).toBe(4);
    expect(nextFit(4, 20, false, pageMaxFit)).toBe(5);
    expect(nextFit(0, 100, true, pageMaxFit)).toBe(3);
    expect(nextFit(pageMaxFit, 20, false, pageMaxFit)).toBeUndefined();
  });
});

describe("Fitting", () => {
  it("sets a spilled section tighter until it fits, and keeps it so", () => {
    const fitting = new Fitting();
    expect(fitting.update([{ id: "a", page: 6, down: 20 }])).toBe(true);
    expect(fitting.levels).toEqual(new Map([["a", 1]]));
    expect(fitting.update([])).toBe(false);
    expect(fitting.levels).toEqual(new Map([["a", 1]]));
    expect(fitting.unfitted).toEqual([]);
  });

  it("sets a section that still spills at the most back to the setting that wrote most on its last page", () => {
    const fitting = new Fitting();
    expect(fitting.update([{ id: "a", page: 6, down: 100 }])).toBe(true); // 0 → 3
    expect(fitting.update([{ id: "a", page: 6, down: 8 }])).toBe(true); // worse at 3: back to 0
    expect(fitting.levels).toEqual(new Map());
    expect(fitting.unfitted).toEqual(["a"]);
    expect(fitting.update([{ id: "a", page: 6, down: 100 }])).toBe(false); // settled: left as it is
  });

  it("keeps a setting that saved a page, even with less on its last one", () => {
    const fitting = new Fitting();
    fitting.update([{ id: "a", page: 10, down: 108 }]); // 0 → 3
    expect(fitting.update([{ id: "a", page: 9, down: 100 }])).toBe(false); // at 3, a page fewer: stays
    expect(fitting.levels).toEqual(new Map([["a", 3]]));
  });

  it("keeps the looser setting on a tie", () => {
    const fitting = new Fitting();
    fitting.update([{ id: "b", page: 3, down: 90 }]); // 0 → 3
    expect(fitting.update([{ id: "b", page: 3, down: 90 }])).toBe(true); // tie: back to 0
    expect(fitting.levels).toEqual(new Map());
  });

  it("for a page printed alone, tries the fourth and fifth steps before setting a spill back", () => {
    const fitting = new Fitting(false, pageMaxFit);
    for (const step of [1, 2, 3, 4, 5]) {
      expect(fitting.update([{ id: "page", page: 3, down: 60 }])).toBe(true);
      expect(fitting.levels.get("page")).toBe(step);
    }
    expect(fitting.update([])).toBe(false);
    expect(fitting.levels.get("page")).toBe(5);
  });

  it("without jumps, takes one step at a time", () => {
    const fitting = new Fitting(false);
    fitting.update([{ id: "a", page: 10, down: 108 }]);
    expect(fitting.levels).toEqual(new Map([["a", 1]]));
  });
});
