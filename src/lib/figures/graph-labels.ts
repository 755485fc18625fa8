import type { ActorKind } from "../../schemas/actor.ts";
import { boxOf } from "./labels.ts";
import { kindHalfSize } from "./shapes.ts";
import { overlaps, textWidth, type Box } from "./svg.ts";

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
