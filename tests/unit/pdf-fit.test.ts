import { describe, expect, it } from "vitest";
import { Fitting, maxFit, nextFit, spilledSheets, spillDepth, type Point } from "../../scripts/lib/pdf-fit.ts";

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
    expect(spilledSheets([sheet("a"), sheet("b")], at)).toEqual([{ id: "a", down: 21 }]);
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
  it("takes a step more, and at once as many as a longer spill needs", () => {
    expect(nextFit(0, 20)).toBe(1);
    expect(nextFit(0, 60)).toBe(2);
    expect(nextFit(0, 100)).toBe(3);
    expect(nextFit(1, 20)).toBe(2);
    expect(nextFit(maxFit, 20)).toBeUndefined();
  });
});

describe("Fitting", () => {
  it("sets a spilled section tighter until it fits, and keeps it so", () => {
    const fitting = new Fitting();
    expect(fitting.update([{ id: "a", down: 20 }])).toBe(true);
    expect(fitting.levels).toEqual(new Map([["a", 1]]));
    expect(fitting.update([])).toBe(false);
    expect(fitting.levels).toEqual(new Map([["a", 1]]));
    expect(fitting.unfitted).toEqual([]);
  });

  it("sets a section that still spills at the most back to the setting that wrote most on its last page", () => {
    const fitting = new Fitting();
    expect(fitting.update([{ id: "a", down: 100 }])).toBe(true); // 0 → 3
    expect(fitting.update([{ id: "a", down: 8 }])).toBe(true); // worse at 3: back to 0
    expect(fitting.levels).toEqual(new Map());
    expect(fitting.unfitted).toEqual(["a"]);
    expect(fitting.update([{ id: "a", down: 100 }])).toBe(false); // settled: left as it is
  });

  it("keeps the tighter setting when it wrote more, and the looser one on a tie", () => {
    const fitting = new Fitting();
    fitting.update([{ id: "a", down: 50 }]); // 0 → 2
    fitting.update([{ id: "a", down: 60 }]); // 2 → 3
    expect(fitting.update([{ id: "a", down: 70 }])).toBe(false); // 3 wrote most: stays
    expect(fitting.levels).toEqual(new Map([["a", 3]]));
    const tie = new Fitting();
    tie.update([{ id: "b", down: 90 }]); // 0 → 3
    expect(tie.update([{ id: "b", down: 90 }])).toBe(true); // tie: back to 0
    expect(tie.levels).toEqual(new Map());
  });
});
