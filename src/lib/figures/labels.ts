import { inside, overlaps, round, textWidth, type Box } from "./svg.ts";

/** A label wanted beside a point marker of radius `r`. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  size: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  text: string;
  /** A line from the marker to a label set further off. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** How many other labels and markers it overlaps (0 when placed cleanly). */
  clashes: number;
}

type Anchor = PlacedLabel["anchor"];

/** Positions tried around a marker, nearest first: right, left, above, below, the diagonals. */
const directions: [number, number, Anchor][] = [
  [1, 0, "start"],
  [-1, 0, "end"],
  [0, -1, "middle"],
  [0, 1, "middle"],
  [1, -1, "start"],
  [1, 1, "start"],
  [-1, -1, "end"],
  [-1, 1, "end"],
];

export function boxOf(x: number, y: number, anchor: Anchor, width: number, size: number): Box {
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { x: left, y: y - size * 0.8, width, height: size };
}

/**
 * Places each label (in the order given: most important first) at the first position around its
 * marker that stays inside `frame` and clear of the labels already placed and of `obstacles`
 * (the markers). Far positions get a leader line. When nothing is clear, the least crowded
 * position is taken.
 */
export function placeLabels(requests: LabelRequest[], frame: Box, obstacles: Box[]): PlacedLabel[] {
  const taken: Box[] = [];
  return requests.map((req) => {
    const width = textWidth(req.text, req.size);
    let best: { label: PlacedLabel; box: Box; clashes: number } | undefined;
    for (const reach of [1, 2, 3.2]) {
      for (const [dx, dy, anchor] of directions) {
        const gap = (req.r + 3) * reach;
        const x = req.x + dx * gap;
        const y = req.y + dy * gap + (dy === 0 ? req.size / 3 : dy > 0 ? req.size * 0.8 : 0);
        const box = boxOf(x, y, anchor, width, req.size);
        const clashes =
          taken.filter((b) => overlaps(box, b, 1)).length + obstacles.filter((b) => overlaps(box, b)).length;
        if (!inside(box, frame)) continue;
        const label: PlacedLabel = { id: req.id, x: round(x), y: round(y), anchor, text: req.text, clashes };
        if (reach > 1) {
          const ex = anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : x;
          const ey = dy < 0 ? box.y + box.height : dy > 0 ? box.y : y - req.size / 3;
          label.leader = { x1: round(req.x), y1: round(req.y), x2: round(ex), y2: round(ey) };
        }
        if (!best || clashes < best.clashes) best = { label, box, clashes };
        if (clashes === 0) break;
      }
      if (best?.clashes === 0) break;
    }
    const chosen = best ?? {
      label: {
        id: req.id,
        x: round(req.x + req.r + 3),
        y: round(req.y),
        anchor: "start" as const,
        text: req.text,
        clashes: 1,
      },
      box: boxOf(req.x + req.r + 3, req.y, "start", width, req.size),
      clashes: 0,
    };
    taken.push(chosen.box);
    return chosen.label;
  });
}
