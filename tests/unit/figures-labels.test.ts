import { describe, expect, it } from "vitest";
import { boxOf, placeLabels } from "../../src/lib/figures/labels.ts";
import { inside, overlaps, textWidth } from "../../src/lib/figures/svg.ts";

describe("label placement", () => {
  const frame = { x: 0, y: 0, width: 300, height: 200 };

  it("keeps labels of nearby points apart and inside the frame", () => {
    const points = [
      { id: "a", x: 150, y: 100, r: 4, text: "Mopti", size: 12 },
      { id: "b", x: 152, y: 101, r: 7, text: "central Mali", size: 12 },
      { id: "c", x: 290, y: 100, r: 4, text: "At the edge", size: 12 },
    ];
    const labels = placeLabels(points, frame, []);
    const boxes = labels.map((l) => boxOf(l.x, l.y, l.anchor, textWidth(l.text, 12), 12));
    expect(labels.every((l) => l.clashes === 0)).toBe(true);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    for (const b of boxes) expect(inside(b, frame)).toBe(true);
    expect(labels[2]?.anchor).toBe("end");
  });
});
