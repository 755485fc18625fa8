import { describe, expect, it } from "vitest";
import { findContinuations } from "../../scripts/lib/pdf-print.ts";
import type { PdfLink } from "../../scripts/lib/pdf-read.ts";

/** A contents entry's link, on `page`, in the column whose left edge is `x`. */
const link = (dest: string, page: number, x: number, y = 100): PdfLink => ({
  page,
  dest,
  box: { xMin: x, xMax: x + 200, yMin: y, yMax: y + 18 },
});

/** Links laid out as [target, page, column's left edge]. */
const laidOut = (entries: [string, number, number][]) => entries.map(([dest, page, x]) => link(dest, page, x));

describe("findContinuations", () => {
  const groups = [
    ["a1", "a2", "a3"],
    ["b1", "b2", "b3", "b4"],
  ];

  it("finds where a group goes on in another column and on another page", () => {
    const links = laidOut([
      ["a1", 2, 60],
      ["a2", 2, 60],
      ["a3", 2, 300],
      ["b1", 2, 300],
      ["b2", 2, 300],
      ["b3", 3, 60],
      ["b4", 3, 60],
    ]);
    expect(findContinuations(groups, links, 3)).toEqual(
      new Map([
        ["a3", "column"],
        ["b3", "page"],
      ]),
    );
  });

  it("finds nothing where each group stays in one column", () => {
    const links = ["a1", "a2", "a3", "b1", "b2", "b3", "b4"].map((d, i) => link(d, 2, i < 3 ? 60 : 300));
    expect(findContinuations(groups, links, 3)).toEqual(new Map());
  });

  it("places an entry by its link in the contents, not by links to it later in the book", () => {
    const links = laidOut([
      ["a1", 2, 60],
      ["a2", 2, 60],
      ["a3", 2, 60],
      ["a3", 40, 300],
      ["b1", 2, 300],
      ["b1", 9, 60],
    ]);
    expect(findContinuations(groups, [...links].reverse(), 3)).toEqual(new Map());
  });
});
