import type { ActorKind } from "../../schemas/actor.ts";
import { boxOf, type PlacedLabel } from "./labels.ts";
import { kindHalfSize } from "./shapes.ts";
import { inside, overlaps, round, textWidth, type Box } from "./svg.ts";

type Point = [number, number];

/** What labelOverlaps needs of a drawn relations graph (see Graph in relations-graph.ts). */
export interface DrawnGraph {
  labelSize: number;
  markerScale: number;
  nodes: {
    id: string;
    kind: ActorKind;
    x: number;
    y: number;
    inactive: boolean;
    label?: { x: number; y: number; anchor: "start" | "middle" | "end"; text: string; leader?: unknown } | undefined;
  }[];
  edges: { line: Point[] }[];
}

/** How the labels of a drawn graph overlap what else is drawn (see labelOverlaps). */
export interface LabelOverlaps {
  /** Labels that overlap anything: a relation's line, another label or another actor's marker. */
  labels: number;
  /** Pairs of a label and a relation's line running through it. */
  lines: number;
  /** Pairs of labels that overlap. */
  labelPairs: number;
  /** Pairs of a label and another actor's marker, drawn in full. */
  markers: number;
  /** Pairs of a label and another actor's faint marker (a phase view's actor without relation). */
  faintMarkers: number;
}

/** Whether the segment from `a` to `b` runs through `box` (clipped to it, Liang–Barsky). */
export function segmentInBox(a: Point, b: Point, box: Box): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let [t0, t1] = [0, 1];
  const sides: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, box.x + box.width - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + box.height - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * How far round a label's letters counts as the label: the halo drawn round them (a 3px stroke in
 * the page's background colour, half of it outside the letters), so a line that touches it reads
 * as touching the name.
 */
export const labelPad = 1.5;

/** The box a label's text covers, as placeLabels measures it, grown by `pad` on every side. */
export function labelBox(
  label: { x: number; y: number; anchor: "start" | "middle" | "end"; text: string },
  size: number,
  pad = labelPad,
): Box {
  const b = boxOf(label.x, label.y, label.anchor, textWidth(label.text, size), size);
  return { x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
}

/** The box a node's marker covers, its outline's stroke included. */
export function markerBox(node: { kind: ActorKind; x: number; y: number }, scale: number): Box {
  const [w, h] = kindHalfSize[node.kind].map((half) => (half + 0.8) * scale) as [number, number];
  return { x: node.x - w, y: node.y - h, width: 2 * w, height: 2 * h };
}

/**
 * Counts, in a drawn relations graph, the label boxes (as the layout measures text, halo included:
 * labelBox) that cross a relation's line, another label's box or the marker of another actor,
 * faint or not: what makes a name hard to read or read as belonging to a line. Each pair is
 * counted once; a relation's line once however many of its segments cross the box.
 */
export function labelOverlaps(graph: DrawnGraph): LabelOverlaps {
  const labelled = graph.nodes.flatMap((n) => (n.label ? [{ node: n, box: labelBox(n.label, graph.labelSize) }] : []));
  const markers = graph.nodes.map((n) => ({ node: n, box: markerBox(n, graph.markerScale) }));
  const parts = graph.edges.map((e) => e.line.slice(1).map((q, i): [Point, Point] => [e.line[i] ?? q, q]));
  const result: LabelOverlaps = { labels: 0, lines: 0, labelPairs: 0, markers: 0, faintMarkers: 0 };
  const overlapping = new Set<string>();
  labelled.forEach(({ node, box }, i) => {
    for (const segs of parts) {
      if (segs.some(([a, b]) => segmentInBox(a, b, box))) {
        result.lines++;
        overlapping.add(node.id);
      }
    }
    labelled.forEach((other, j) => {
      if (j <= i || !overlaps(box, other.box)) return;
      result.labelPairs++;
      overlapping.add(node.id).add(other.node.id);
    });
    for (const m of markers) {
      if (m.node.id === node.id || !overlaps(box, m.box)) continue;
      if (m.node.inactive) result.faintMarkers++;
      else result.markers++;
      overlapping.add(node.id);
    }
  });
  result.labels = overlapping.size;
  return result;
}

/** Items filed in square cells by the boxes they cover, for finding those near a box quickly. */
class Cells<T> {
  readonly #size: number;
  readonly #cells = new Map<number, T[]>();

  constructor(size: number) {
    this.#size = size;
  }

  /** The keys of the cells `box` covers (cells numbered row by row, within ±2^15 cells). */
  #keys(box: Box): number[] {
    const s = this.#size;
    const [x0, x1] = [Math.floor(box.x / s), Math.floor((box.x + box.width) / s)];
    const [y0, y1] = [Math.floor(box.y / s), Math.floor((box.y + box.height) / s)];
    const keys: number[] = [];
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.push(cx * 65536 + cy);
    return keys;
  }

  add(box: Box, item: T): void {
    for (const key of this.#keys(box)) {
      const list = this.#cells.get(key);
      if (list) list.push(item);
      else this.#cells.set(key, [item]);
    }
  }

  remove(box: Box, item: T): void {
    for (const key of this.#keys(box)) {
      const list = this.#cells.get(key);
      const i = list?.indexOf(item) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
    }
  }

  /** The items filed in the cells `box` covers, each once. */
  near(box: Box): Set<T> {
    const found = new Set<T>();
    for (const key of this.#keys(box)) for (const item of this.#cells.get(key) ?? []) found.add(item);
    return found;
  }
}

/** How far apart two boxes are (0 where they touch or overlap). */
function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** A label wanted beside an actor's marker in a relations graph. */
export interface GraphLabelRequest {
  id: string;
  x: number;
  y: number;
  text: string;
  /** Half the marker's width and height as drawn, its outline included. */
  half: [number, number];
}

/** A marker of the graph drawn, for labels to keep off: faint ones weigh as a line does. */
export interface GraphMarker {
  id: string;
  box: Box;
  faint: boolean;
}

/** A position tried for a label: where its text is anchored, and how little it is wanted. */
interface Candidate {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** Preference: 0 for the first position tried (right of the marker, level with it), then up. */
  rank: number;
}

/** Air between a marker and its label's halo. */
const air = 1;

/**
 * The positions tried for a label of `width` around its marker, most wanted first: right, left,
 * above and below, then each slid along its side (up and down beside the marker, left and right
 * above and below it), then the corners; each as close as the label's halo keeps clear of the
 * marker, then half a line further out. A label stays beside its marker (no leader: a leader in a
 * graph reads as one more relation) and can slip between the lines leaving it.
 */
function candidates(req: GraphLabelRequest, width: number, size: number): Candidate[] {
  const out: Candidate[] = [];
  const h = size;
  for (const [ring, extra] of [0, size / 2].entries()) {
    const gx = req.half[0] + labelPad + air + extra;
    const gy = req.half[1] + labelPad + air + extra;
    // Side positions: the box's vertical centre `t` of the way from level to a corner.
    const side = (dir: 1 | -1, t: number) => {
      const centre = req.y + t * (gy + h / 2);
      out.push({
        x: req.x + dir * gx,
        y: centre + 0.3 * h,
        anchor: dir > 0 ? "start" : "end",
        rank: ring * 100 + out.length,
      });
    };
    // Above or below: the box's horizontal centre slid by `s` of its width.
    const edge = (dir: 1 | -1, s: number) => {
      const y = dir < 0 ? req.y - gy - 0.2 * h : req.y + gy + 0.8 * h;
      out.push({ x: req.x + s * width, y, anchor: "middle", rank: ring * 100 + out.length });
    };
    side(1, 0);
    side(-1, 0);
    edge(-1, 0);
    edge(1, 0);
    for (const t of [0.2, 0.4, 0.6, 0.8]) {
      side(1, -t);
      side(1, t);
      side(-1, -t);
      side(-1, t);
      edge(-1, -t / 2);
      edge(-1, t / 2);
      edge(1, -t / 2);
      edge(1, t / 2);
    }
    side(1, -1);
    side(1, 1);
    side(-1, -1);
    side(-1, 1);
  }
  return out;
}

/** The positions tried for a label of a graph too large to read: beside, above, below, slid a little. */
const quickPositions = 12;

/** What one clash with another label or a marker drawn in full costs: more than any lines. */
const clashCost = 1e6;
/** What a relation's line through a label, or a faint marker under it, costs. */
const crossingCost = 1000;

/**
 * Places the labels of a relations graph (in the order given) each beside its marker, at the
 * position that overlaps least of what is drawn: first other labels and the markers drawn in full
 * (as placeLabels), then the relations' `lines` and the faint markers (of actors without relation
 * in a phase's view), which weigh the same, one crossing each; among equals, the position most
 * wanted (see candidates). Labels are placed one after another, then, up to 4 times, each is
 * taken up and set again where it now overlaps least, until none moves: a label placed early can
 * move off one placed after it. Unless `thorough` (a graph small enough to read), only the first
 * positions beside each marker are tried, and once: a graph of hundreds of actors (a synthetic
 * benchmark book) is labelled in about the time it took before labels were scored against lines. Only `frame`'s inside is used. The same input always gives
 * the same placement.
 */
export function placeGraphLabels(
  requests: GraphLabelRequest[],
  frame: Box,
  markers: GraphMarker[],
  lines: Point[][],
  size: number,
  thorough = true,
): PlacedLabel[] {
  const cell = Math.max(24, size * 3);
  const markerCells = new Cells<GraphMarker>(cell);
  const markerById = new Map(markers.map((m) => [m.id, m]));
  for (const m of markers) markerCells.add(m.box, m);
  // Each line's segments, filed by points along them a quarter cell apart; a box is looked up
  // grown by that step, so no segment through it is missed.
  const step = cell / 4;
  const segmentCells = new Cells<number>(cell);
  const segs: { line: number; a: Point; b: Point }[] = [];
  lines.forEach((line, li) => {
    line.slice(1).forEach((b, i) => {
      const a = line[i] ?? b;
      const k = segs.push({ line: li, a, b }) - 1;
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
      for (let j = 0; j <= n; j++) {
        const p = { x: a[0] + ((b[0] - a[0]) * j) / n, y: a[1] + ((b[1] - a[1]) * j) / n, width: 0, height: 0 };
        segmentCells.add(p, k);
      }
    });
  });
  const labelCells = new Cells<number>(cell);
  const placed: ({ label: PlacedLabel; box: Box } | undefined)[] = requests.map(() => undefined);

  const cost = (i: number, box: Box): number => {
    const id = requests[i]?.id;
    let clashes = 0;
    for (const j of labelCells.near(box)) {
      const other = placed[j];
      if (j !== i && other && overlaps(box, other.box)) clashes++;
    }
    let crossings = 0;
    for (const m of markerCells.near(box)) {
      if (m.id === id || !overlaps(box, m.box)) continue;
      if (m.faint) crossings++;
      else clashes++;
    }
    const grown = { x: box.x - step, y: box.y - step, width: box.width + 2 * step, height: box.height + 2 * step };
    const crossed = new Set<number>();
    for (const k of segmentCells.near(grown)) {
      const s = segs[k];
      if (s && !crossed.has(s.line) && segmentInBox(s.a, s.b, box)) crossed.add(s.line);
    }
    // A label nearer another actor's marker than its own reads as that actor's.
    const own = markerById.get(id ?? "");
    if (own) {
      const gap = boxGap(box, own.box);
      const around = { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap };
      for (const m of markerCells.near(around)) {
        if (m !== own && !m.faint && boxGap(box, m.box) < gap) {
          crossings++;
          break;
        }
      }
    }
    return clashes * clashCost + (crossings + crossed.size) * crossingCost;
  };

  const place = (i: number): boolean => {
    const req = requests[i];
    if (!req) return false;
    const before = placed[i];
    if (before) labelCells.remove(before.box, i);
    const width = textWidth(req.text, size);
    let best: { label: PlacedLabel; box: Box; score: number } | undefined;
    for (const c of thorough ? candidates(req, width, size) : candidates(req, width, size).slice(0, quickPositions)) {
      const label: PlacedLabel = {
        id: req.id,
        x: round(c.x),
        y: round(c.y),
        anchor: c.anchor,
        text: req.text,
        clashes: 0,
      };
      if (!inside(boxOf(label.x, label.y, label.anchor, width, size), frame)) continue;
      const box = labelBox(label, size);
      const overlap = cost(i, box);
      const score = overlap + c.rank;
      if (!best || score < best.score) best = { label, box, score };
      // The positions come most wanted first: the first that overlaps nothing is the best.
      if (overlap === 0) break;
    }
    if (!best) {
      // Nowhere inside the frame: right of the marker, as placeLabels does.
      const label: PlacedLabel = {
        id: req.id,
        x: round(req.x + req.half[0] + labelPad + air),
        y: round(req.y + 0.3 * size),
        anchor: "start",
        text: req.text,
        clashes: 1,
      };
      best = { label, box: labelBox(label, size), score: 0 };
    }
    best.label.clashes = Math.floor(cost(i, best.box) / clashCost);
    placed[i] = { label: best.label, box: best.box };
    labelCells.add(best.box, i);
    return !before || before.label.x !== best.label.x || before.label.y !== best.label.y;
  };

  requests.forEach((_, i) => place(i));
  for (let sweep = 0; thorough && sweep < 4; sweep++) {
    let moved = false;
    requests.forEach((_, i) => {
      if (place(i)) moved = true;
    });
    if (!moved) break;
  }
  return placed.flatMap((p) => (p ? [p.label] : []));
}
