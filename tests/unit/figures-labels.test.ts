import { describe, expect, it } from "vitest";
import { BoxGrid, boxOf, lineGrid, placeLabels, pointsAlong } from "../../src/lib/figures/labels.ts";
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

  it("keeps a label off a line beside its marker, without going further out to do so", () => {
    const point = { id: "a", x: 150, y: 100, r: 4, text: "Tinzaouatene", size: 12 };
    const toBox = (l: { x: number; y: number; anchor: "start" | "middle" | "end"; text: string }) =>
      boxOf(l.x, l.y, l.anchor, textWidth(l.text, 12), 12);
    // A border running down just right of the marker: the label, right of it by default, goes left.
    const border = pointsAlong([
      [
        [170, 0],
        [170, 200],
      ],
    ]);
    const [beside] = placeLabels([point], frame, [], [new BoxGrid(36, border)]);
    expect(beside).toMatchObject({ anchor: "end", clashes: 0 });
    expect(beside?.leader).toBeUndefined();
    const box = toBox(beside!);
    expect(border.some((p) => overlaps(box, p))).toBe(false);
    // Lines all round: it stays next to its marker, across a line, rather than off on a leader.
    const cage = lineGrid([
      [
        [100, 90],
        [200, 90],
        [200, 110],
        [100, 110],
        [100, 90],
      ],
    ]);
    const [caged] = placeLabels([point], frame, [], [cage]);
    expect(caged).toMatchObject({ anchor: "start", clashes: 0 });
    expect(caged?.leader).toBeUndefined();
    // A map's label goes out of the cage on a leader instead (offLines).
    const [freed] = placeLabels([point], frame, [], [cage], true);
    expect(freed?.leader).toBeDefined();
    expect(cage.count(toBox(freed!))).toBe(0);
  });

  it("where a line crosses every position beside its marker, takes the one the least line runs through", () => {
    const point = { id: "a", x: 150, y: 100, r: 4, text: "Wagner", size: 12 };
    const grid = lineGrid([
      // An edge running off to the right through the marker: along the whole of a label there.
      [
        [150, 100],
        [300, 100],
      ],
      // Lines just above and below: across labels above, below and on the diagonals.
      [
        [0, 88],
        [300, 88],
      ],
      [
        [0, 112],
        [300, 112],
      ],
      // An edge crossing a label on the left once.
      [
        [120, 0],
        [120, 200],
      ],
    ]);
    const [label] = placeLabels([point], frame, [], [grid]);
    expect(label).toMatchObject({ anchor: "end", clashes: 0 });
    expect(label?.leader).toBeUndefined();
  });

  it("samples lines at the step asked, ends included", () => {
    const points = pointsAlong(
      [
        [
          [0, 0],
          [9, 0],
          [9, 3],
        ],
      ],
      3,
    );
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [3, 0],
      [6, 0],
      [9, 0],
      [9, 3],
    ]);
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
    // Whether any overlaps, over boxes that overlap some and none, wide ones and points among them.
    const points = new BoxGrid(36, [
      ...pointsAlong([
        [
          [0, 0],
          [600, 400],
        ],
      ]),
      box(5000),
    ]);
    const sparse = new BoxGrid(
      36,
      pointsAlong([
        [
          [0, 0],
          [600, 400],
        ],
      ]),
    );
    let hits = 0;
    for (let i = 0; i < 300; i++) {
      const b = box(40);
      expect(grid.some(b)).toBe(grid.count(b) > 0);
      expect(points.some(b)).toBe(points.count(b) > 0);
      expect(sparse.some(b)).toBe(sparse.count(b) > 0);
      if (sparse.some(b)) hits++;
    }
    expect(hits).toBeGreaterThan(10);
    expect(hits).toBeLessThan(290);
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
