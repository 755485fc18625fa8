import { describe, expect, it } from "vitest";
import { bookPhaseRelations, bookRelations, phaseGraph } from "../../src/lib/figures/relations-graph.ts";
import { actors, events, phases } from "./figures-book.ts";
import {
  labelBox,
  labelOverlaps,
  markerBox,
  segmentInBox,
  type DrawnGraph,
} from "../../src/lib/figures/graph-labels.ts";

describe("the count of a graph's labels that overlap what else is drawn", () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };

  it("tells a segment that runs through a box from one that passes by", () => {
    expect(segmentInBox([0, 15], [40, 15], box)).toBe(true);
    expect(segmentInBox([15, 0], [15, 12], box)).toBe(true);
    expect(segmentInBox([12, 14], [14, 16], box)).toBe(true);
    expect(segmentInBox([0, 0], [40, 5], box)).toBe(false);
    expect(segmentInBox([0, 0], [9, 30], box)).toBe(false);
    expect(segmentInBox([0, 30], [30, 25], box)).toBe(false);
    // Across a corner.
    expect(segmentInBox([25, 5], [35, 15], box)).toBe(true);
    expect(segmentInBox([28, 5], [38, 15], box)).toBe(false);
  });

  const node = (id: string, x: number, y: number, label?: [number, number], inactive = false) => ({
    id,
    kind: "state" as const,
    x,
    y,
    inactive,
    ...(label && { label: { x: label[0], y: label[1], anchor: "start" as const, text: id } }),
  });
  const graph = (nodes: DrawnGraph["nodes"], lines: [number, number][][] = []): DrawnGraph => ({
    labelSize: 12,
    markerScale: 1,
    nodes,
    edges: lines.map((line) => ({ line })),
  });

  const across = (y: number): [number, number][] => [
    [0, y],
    [600, y],
  ];

  it("finds a label set level with its marker crossed by a line leaving it sideways, and none set above", () => {
    const level = graph([node("Mali", 100, 100, [111, 104]), node("Niger", 200, 100, [211, 104])], [across(100)]);
    expect(labelOverlaps(level)).toEqual({ labels: 2, lines: 2, labelPairs: 0, markers: 0, faintMarkers: 0 });
    const above = graph([node("Mali", 100, 100, [111, 90]), node("Niger", 200, 100, [211, 90])], [across(100)]);
    expect(labelOverlaps(above)).toEqual({ labels: 0, lines: 0, labelPairs: 0, markers: 0, faintMarkers: 0 });
  });

  it("counts a line through a label, two labels on one another, and a label on another's marker, faint or not", () => {
    const g = graph(
      [
        node("Mali", 100, 100, [111, 90]),
        node("Gao", 200, 100, [125, 90]),
        node("Kayes", 140, 92, undefined, true),
        node("Kita", 500, 100, [400, 104]),
        node("Kati", 420, 100),
      ],
      [
        across(86),
        [
          [300, 0],
          [300, 200],
        ],
      ],
    );
    // Mali's box: 109.5 to 136.2 across, 78.9 to 93.9 down (its letters and their halo).
    expect(labelBox(g.nodes[0]!.label!, 12)).toEqual({ x: 109.5, y: 78.9, width: 26.688, height: 15 });
    expect(markerBox(g.nodes[2]!, 1)).toEqual({ x: 131.2, y: 83.2, width: 17.6, height: 17.6 });
    // Mali's and Gao's labels: crossed by the line at 86, on one another and on Kayes's faint
    // marker; Kita's label runs into Kati's marker. The line at 300 crosses none.
    expect(labelOverlaps(g)).toEqual({ labels: 3, lines: 2, labelPairs: 1, markers: 1, faintMarkers: 2 });
  });
});

describe("the labels of the real book's relations graphs", () => {
  const { graph } = bookRelations(actors);
  const { phaseIds, byPhase } = bookPhaseRelations(actors, phases, events);
  /**
   * Labels that overlap a line, a label or another marker (labelOverlaps), at most, as placed on
   * 2026-12-08: the whole graph, then each phase's view on its page and in the book (15px labels)
   * and on /relations/ (22px), phase 2 on (phase 1 has no relation). Placed as before, beside the
   * marker without regard to which lines the view draws, they were 10, 21 and 44.
   */
  const most = {
    whole: 3,
    page: [0, 0, 0, 0, 1, 0, 1, 2],
    small: [0, 0, 1, 1, 3, 3, 2, 4],
  };
  const views = (size: number, scale: number) =>
    phaseIds.slice(1).map((id) => labelOverlaps(phaseGraph(graph, byPhase.get(id) ?? [], size, scale)).labels);

  it("overlap no more than when last measured, in the whole graph and every phase's view", () => {
    expect(byPhase.get(phaseIds[0] ?? "")).toEqual([]);
    const counts = { whole: labelOverlaps(graph).labels, page: views(15, 1.3), small: views(22, 1.8) };
    const over = (n: number, i: number, max: number[]) => n > (max[i] ?? 0);
    expect(counts.whole, JSON.stringify(counts)).toBeLessThanOrEqual(most.whole);
    expect(
      counts.page.some((n, i) => over(n, i, most.page)),
      JSON.stringify(counts),
    ).toBe(false);
    expect(
      counts.small.some((n, i) => over(n, i, most.small)),
      JSON.stringify(counts),
    ).toBe(false);
  });
});
