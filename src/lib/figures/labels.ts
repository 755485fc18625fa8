import { inside, overlaps, round, textWidth, type Box } from "./svg.ts";

/**
 * Boxes filed in a grid of square cells, to count those that overlap a box by testing only the
 * boxes of the cells it covers: the same count as testing every box, found faster when there are
 * hundreds (an actor graph of a large book). A box wider than `maxCells` cells is always tested.
 */
export class BoxGrid {
  readonly #cell: number;
  readonly #cells = new Map<string, number[]>();
  readonly #boxes: Box[] = [];
  readonly #wide: number[] = [];
  static readonly maxCells = 64;

  constructor(cell: number, boxes: Box[] = []) {
    this.#cell = cell;
    for (const b of boxes) this.add(b);
  }

  #range(from: number, to: number): [number, number] | undefined {
    const a = Math.floor(from / this.#cell);
    const b = Math.floor(to / this.#cell);
    return Number.isFinite(a) && Number.isFinite(b) && b - a <= BoxGrid.maxCells ? [a, b] : undefined;
  }

  add(box: Box): void {
    const i = this.#boxes.push(box) - 1;
    const xs = this.#range(box.x, box.x + box.width);
    const ys = this.#range(box.y, box.y + box.height);
    if (!xs || !ys) {
      this.#wide.push(i);
      return;
    }
    for (let cx = xs[0]; cx <= xs[1]; cx++) {
      for (let cy = ys[0]; cy <= ys[1]; cy++) {
        const key = `${cx} ${cy}`;
        const list = this.#cells.get(key);
        if (list) list.push(i);
        else this.#cells.set(key, [i]);
      }
    }
  }

  /** Whether any of the boxes overlaps `box`: count's answer above 0, found at the first. */
  some(box: Box): boolean {
    const xs = this.#range(box.x, box.x + box.width);
    const ys = this.#range(box.y, box.y + box.height);
    const hits = (i: number) => {
      const b = this.#boxes[i];
      return b !== undefined && overlaps(box, b);
    };
    if (!xs || !ys) return this.#boxes.some((b) => overlaps(box, b));
    if (this.#wide.some(hits)) return true;
    for (let cx = xs[0]; cx <= xs[1]; cx++) {
      for (let cy = ys[0]; cy <= ys[1]; cy++) if (this.#cells.get(`${cx} ${cy}`)?.some(hits)) return true;
    }
    return false;
  }

  /** How many of the boxes overlap `box` (see overlaps), each counted once. */
  count(box: Box, pad = 0): number {
    const xs = this.#range(box.x - pad, box.x + box.width + pad);
    const ys = this.#range(box.y - pad, box.y + box.height + pad);
    if (!xs || !ys) return this.#boxes.filter((b) => overlaps(box, b, pad)).length;
    const seen = new Set<number>(this.#wide);
    for (let cx = xs[0]; cx <= xs[1]; cx++) {
      for (let cy = ys[0]; cy <= ys[1]; cy++) for (const i of this.#cells.get(`${cx} ${cy}`) ?? []) seen.add(i);
    }
    let n = 0;
    for (const i of seen) {
      const b = this.#boxes[i];
      if (b && overlaps(box, b, pad)) n++;
    }
    return n;
  }
}

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

/** A line drawn on a figure, as the points it runs through. */
export type Polyline = [number, number][];

/** `lines`' points (see pointsAlong), those within `frame` if given, filed for placeLabels. */
export function lineGrid(lines: Polyline[], frame?: Box): BoxGrid {
  const points = pointsAlong(lines);
  return new BoxGrid(36, frame ? points.filter((p) => inside(p, frame)) : points);
}

/**
 * Points every `step` units along `lines` (a map's borders, a graph's edges), as boxes of no size:
 * placeLabels keeps a label off them where it can, so that no line runs through its letters.
 */
export function pointsAlong(lines: Polyline[], step = 3): Box[] {
  const points: Box[] = [];
  for (const line of lines) {
    line.forEach(([x2, y2], i) => {
      const [x1, y1] = line[i - 1] ?? [x2, y2];
      const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
      for (let k = i === 0 ? n : 1; k <= n; k++) {
        points.push({ x: x1 + ((x2 - x1) * k) / n, y: y1 + ((y2 - y1) * k) / n, width: 0, height: 0 });
      }
    });
  }
  return points;
}

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

/** A position placeLabels tries for a label: where its text is anchored, and the box it covers. */
export interface LabelPosition {
  x: number;
  y: number;
  /** Above (-1), level with (0) or below (1) the marker. */
  dy: number;
  anchor: Anchor;
  /** How far out, in gaps beside the marker: beyond 1 the label gets a leader. */
  reach: number;
  box: Box;
}

/**
 * The positions tried for a label `width` wide, in the order tried: each of the directions beside
 * its marker, then further out twice.
 */
export function labelPositions(req: LabelRequest, width = textWidth(req.text, req.size)): LabelPosition[][] {
  return [1, 2, 3.2].map((reach) =>
    directions.map(([dx, dy, anchor]) => {
      const gap = (req.r + 3) * reach;
      const x = req.x + dx * gap;
      const y = req.y + dy * gap + (dy === 0 ? req.size / 3 : dy > 0 ? req.size * 0.8 : 0);
      return { x, y, dy, anchor, reach, box: boxOf(x, y, anchor, width, req.size) };
    }),
  );
}

/** Above any count of line points a label can cover: one clash outweighs every crossing. */
const clashWeight = 1e6;

/** How much of `lines` runs through `box`: 0 at once where none does, else their points in it. */
function crossings(box: Box, lines: BoxGrid[]): number {
  if (!lines.some((g) => g.some(box))) return 0;
  return lines.reduce((n, g) => n + g.count(box), 0);
}

/**
 * Places each label (in the order given: most important first) at the first position around its
 * marker that stays inside `frame` and clear of the labels already placed and of `obstacles`
 * (the markers). Far positions get a leader line. When nothing is clear, the least crowded
 * position is taken. Of the clear positions, the first that no line crosses (`lines`, see
 * lineGrid: a map's outlines are filed once for every map drawn on them) is taken, or else the
 * one the least length of line runs through (in a graph's crowded middle, where every position
 * beside a node crosses an edge, the label that went first to the right often lay along one). Unless
 * `offLines`, a label goes further out only to clear other labels and markers, not lines: a
 * graph's edges run every way from its nodes, and its labels would all go off on leaders.
 */
export function placeLabels(
  requests: LabelRequest[],
  frame: Box,
  obstacles: Box[],
  lines: BoxGrid[] = [],
  offLines = false,
): PlacedLabel[] {
  const cell = Math.max(8, ...requests.map((r) => r.size * 3));
  const taken = new BoxGrid(cell);
  const blocked = new BoxGrid(cell, obstacles);
  return requests.map((req) => {
    const width = textWidth(req.text, req.size);
    let best: { label: PlacedLabel; box: Box; clashes: number; score: number } | undefined;
    for (const ring of labelPositions(req, width)) {
      for (const { x, y, dy, anchor, reach, box } of ring) {
        const clashes = taken.count(box, 1) + blocked.count(box);
        if (!inside(box, frame)) continue;
        const label: PlacedLabel = { id: req.id, x: round(x), y: round(y), anchor, text: req.text, clashes };
        if (reach > 1) {
          const ex = anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : x;
          const ey = dy < 0 ? box.y + box.height : dy > 0 ? box.y : y - req.size / 3;
          label.leader = { x1: round(req.x), y1: round(req.y), x2: round(ex), y2: round(ey) };
        }
        const score = clashes > 0 ? clashWeight * clashes : crossings(box, lines);
        if (!best || score < best.score) best = { label, box, clashes, score };
        if (score === 0) break;
      }
      if (best && (offLines ? best.score : best.clashes) === 0) break;
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
    taken.add(chosen.box);
    return chosen.label;
  });
}
