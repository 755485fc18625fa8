import { describe, expect, it } from "vitest";
import { BoxGrid, boxOf, placeLabels } from "../../src/lib/figures/labels.ts";
import { fitText, inside, overlaps, textWidth } from "../../src/lib/figures/svg.ts";

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

describe("the grid that counts overlapping boxes", () => {
  it("counts as many as testing every box, whatever their size and the padding", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const box = (size: number) => ({
      x: random() * 600 - 50,
      y: random() * 400 - 50,
      width: random() * size,
      height: random() * size,
    });
    const boxes = [...Array.from({ length: 400 }, () => box(60)), box(5000), { x: 10, y: 10, width: 0, height: 0 }];
    const grid = new BoxGrid(36, boxes);
    for (const pad of [0, 1, 12]) {
      for (let i = 0; i < 300; i++) {
        const b = box(80);
        expect(grid.count(b, pad)).toBe(boxes.filter((o) => overlaps(b, o, pad)).length);
      }
    }
  });
});

describe("a label shortened to fit", () => {
  const title = "The Africa Corps is set up under the Russian Defence Ministry";

  it("ends after a whole word, with an ellipsis, within the width", () => {
    const width = textWidth("The Africa Corps is set up under the Russi…", 10);
    const short = fitText(title, width, 10);
    expect(short).toBe("The Africa Corps is set up under the…");
    expect(textWidth(short, 10)).toBeLessThanOrEqual(width);
  });

  it("is left whole where it fits, and cut inside a word only where no word fits", () => {
    expect(fitText(title, 1000, 10)).toBe(title);
    expect(fitText("Tinzaouatene", textWidth("Tinza…", 10), 10)).toBe("Tinza…");
  });
});
