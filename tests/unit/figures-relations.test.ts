import { describe, expect, it } from "vitest";
import { byOrder } from "../../src/lib/book-data.ts";
import { forceLayout, ticksFor } from "../../src/lib/figures/graph-layout.ts";
import {
  bookPhaseRelations,
  bookRelations,
  drawsEveryActor,
  faintActorsUpTo,
  graphClutter,
  phaseGraph,
  relationsGraph,
} from "../../src/lib/figures/relations-graph.ts";
import {
  actorPhases,
  edgeKey,
  edgesByPhase,
  edgesInPhase,
  heldSince,
  relationEdges,
  relationsOfPhase,
  type Edge,
} from "../../src/lib/figures/relations.ts";
import type { ActorData } from "../../src/schemas/actor.ts";
import type { Entry } from "../../src/lib/book-data.ts";
import { actors, events, phases } from "./figures-book.ts";

const edges = relationEdges(actors);
const graph = relationsGraph(actors, edges);

/** The actors with `x` and `y` made partners (each side states it), in `phases` if given. */
function withPartners(list: Entry<ActorData>[], x: string, y: string, phases?: string[]): Entry<ActorData>[] {
  return list.map((a) =>
    a.id === x || a.id === y
      ? {
          ...a,
          data: {
            ...a.data,
            relations: [
              ...a.data.relations,
              { actor: a.id === x ? y : x, type: "partner" as const, ...(phases ? { phases } : {}) },
            ],
          },
        }
      : a,
  );
}

describe("relations as edges", () => {
  it("lists each relation once, though both actors state it", () => {
    const stated = actors.flatMap((a) => a.data.relations.map((r) => [a.id, r.actor, r.type].join(" ")));
    const keys = edges.map((e) => `${e.a} ${e.b} ${e.type}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length * 2).toBe(new Set(stated).size);
    for (const e of edges) expect(e.a < e.b).toBe(true);
  });

  it("keeps the phases a relation is tied to, and none for one that held throughout", () => {
    const jnimWagner = edges.find((e) => e.a === "jnim" && e.b === "wagner");
    expect(jnimWagner?.type).toBe("adversary");
    expect(jnimWagner?.phases).toContain("tinzaouatene");
    expect(edges.find((e) => e.a === "russia" && e.b === "ukraine")?.phases).toBeNull();
  });

  it("draws a relation without phases only where both actors appear", () => {
    const present = actorPhases(actors, phases, events);
    expect(edgesInPhase(edges, "roots", present)).toEqual([]);
    const exit = edgesInPhase(edges, "wagner-exit", present);
    expect(exit.some((e) => e.a === "algeria" && e.b === "wagner")).toBe(true);
    expect(exit.some((e) => e.a === "aqim" && e.b === "mnla")).toBe(false);
  });
});

describe("the relations graph", () => {
  it("has a node per related actor, each linking to its briefing, inside the frame", () => {
    const related = new Set(edges.flatMap((e) => [e.a, e.b]));
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...related].sort());
    for (const n of graph.nodes) {
      expect(n.href).toBe(`/actors/${n.id}/`);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(graph.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(graph.height);
      expect(n.label?.text).toBe(n.name);
    }
    expect(graph.edges).toHaveLength(edges.length);
  });

  it("draws no relation through an actor it does not join (Ukraine's line to Russia ran through Wagner)", () => {
    expect(graphClutter(graph.nodes, graph.edges).throughNodes).toBe(0);
    // The count itself: a line from one actor to another drawn straight through a third.
    const line = {
      a: "x",
      b: "z",
      type: "ally" as const,
      phases: null,
      d: "",
      line: [
        [0, 0],
        [100, 0],
      ] as [number, number][],
    };
    const nodes = [
      { id: "x", x: 0, y: 0 },
      { id: "y", x: 50, y: 2 },
      { id: "z", x: 100, y: 0 },
    ];
    expect(graphClutter(nodes, [line]).throughNodes).toBe(1);
    expect(graphClutter([nodes[0]!, { id: "y", x: 50, y: 40 }, nodes[2]!], [line]).throughNodes).toBe(0);
  });

  it("of the layouts it tries, draws one with no more crossings than the first", () => {
    const first = relationsGraph(actors, edges, { seed: 0.42 });
    expect(graphClutter(graph.nodes, graph.edges).crossings).toBeLessThanOrEqual(
      graphClutter(first.nodes, first.edges).crossings,
    );
  });

  it("is the same picture for the same input (fixed seed and ticks)", () => {
    expect(relationsGraph(actors, relationEdges(actors))).toEqual(graph);
  });

  it("changes when a relation is added", () => {
    const changed = withPartners(actors, "turkey", "mali");
    const more = relationsGraph(changed, relationEdges(changed));
    expect(more.nodes.map((n) => n.id)).toContain("turkey");
    expect(more).not.toEqual(graph);
  });

  it("keeps every actor in place in a phase view, faint where it has no relation", () => {
    const present = actorPhases(actors, phases, events);
    const view = phaseGraph(graph, edgesInPhase(edges, "rebellion-2012", present), 22, 1.8);
    expect(view.nodes.map((n) => [n.x, n.y])).toEqual(graph.nodes.map((n) => [n.x, n.y]));
    const active = view.nodes.filter((n) => !n.inactive).map((n) => n.id);
    expect(active.sort()).toEqual(["aqim", "fama", "mali", "mnla"]);
    expect(view.nodes.filter((n) => n.inactive).every((n) => n.label === undefined)).toBe(true);
  });

  it("draws only the phase's actors, in place, once a book has more actors than a view can show faint", () => {
    expect(drawsEveryActor(graph)).toBe(true);
    const padding = Array.from({ length: faintActorsUpTo }, (_, i) => {
      const node = { ...graph.nodes[0]!, id: `extra-${i}` };
      delete node.label;
      return node;
    });
    const big = { ...graph, nodes: [...graph.nodes, ...padding] };
    expect(drawsEveryActor(big)).toBe(false);
    const present = actorPhases(actors, phases, events);
    const view = phaseGraph(big, edgesInPhase(edges, "rebellion-2012", present), 22, 1.8);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(["aqim", "fama", "mali", "mnla"]);
    const place = new Map(graph.nodes.map((n) => [n.id, [n.x, n.y]]));
    for (const n of view.nodes) expect([n.x, n.y], n.id).toEqual(place.get(n.id));
  });
});

describe("the relations of one phase (on the phase's page and in its section of the book)", () => {
  const ids = byOrder(phases).map((p) => p.id);
  const present = actorPhases(actors, phases, events);
  const ofPhase = (phaseId: string, list: Entry<ActorData>[] = actors) =>
    relationsOfPhase(edgesByPhase(relationEdges(list), ids, actorPhases(list, phases, events)), ids, phaseId);
  const has = (list: Edge[], a: string, b: string, type: Edge["type"]) =>
    list.some((e) => e.a === a && e.b === b && e.type === type);

  it("show the alignments the issue names: France with the MNLA in 2013, Wagner with the junta from 2021, Algeria against Wagner by 2024–25", () => {
    expect(has(ofPhase("french-intervention").held, "france", "mnla", "partner")).toBe(true);
    expect(has(ofPhase("rebellion-2012").held, "france", "mnla", "partner")).toBe(false);
    const arrives = ofPhase("wagner-arrives");
    expect(has(arrives.held, "goita-junta", "wagner", "partner")).toBe(true);
    expect(has(arrives.added, "goita-junta", "wagner", "partner")).toBe(true);
    expect(has(ofPhase("coups").held, "goita-junta", "wagner", "partner")).toBe(false);
    for (const phase of ["tinzaouatene", "wagner-exit"]) {
      expect(has(ofPhase(phase).held, "algeria", "wagner", "adversary"), phase).toBe(true);
    }
    expect(has(ofPhase("kidal-offensive").held, "algeria", "wagner", "adversary")).toBe(false);
  });

  it("say which relations are new, which carry on and which ended, against the phase before", () => {
    for (const [i, id] of ids.entries()) {
      const r = ofPhase(id);
      const before = new Set(
        (i > 0 ? edgesInPhase(relationEdges(actors), ids[i - 1] ?? "", present) : []).map(edgeKey),
      );
      const now = new Set(r.held.map(edgeKey));
      expect(r.added.map(edgeKey).sort(), id).toEqual([...now].filter((k) => !before.has(k)).sort());
      expect(r.kept.map(edgeKey).sort(), id).toEqual([...now].filter((k) => before.has(k)).sort());
      expect(r.ended.map(edgeKey).sort(), id).toEqual([...before].filter((k) => !now.has(k)).sort());
    }
    expect(has(ofPhase("kidal-offensive").ended, "france", "wagner", "rival")).toBe(true);
  });

  it("date each relation from the first phase of its unbroken run", () => {
    const exit = ofPhase("wagner-exit");
    const i = ids.indexOf("wagner-exit");
    const junta = exit.held.find((e) => e.a === "goita-junta" && e.b === "wagner");
    const algeria = exit.held.find((e) => e.a === "algeria" && e.b === "wagner");
    const africom = exit.held.find((e) => e.a === "africom" && e.b === "algeria");
    expect(junta && heldSince(junta, i, ids, exit.byPhase)).toBe("wagner-arrives");
    expect(algeria && heldSince(algeria, i, ids, exit.byPhase)).toBe("tinzaouatene");
    expect(africom && heldSince(africom, i, ids, exit.byPhase)).toBe("wagner-exit");
  });

  it("change when a relation is added to the content, in the phases it names only", () => {
    const added = withPartners(actors, "france", "algeria", ["coups"]);
    expect(has(ofPhase("coups", added).held, "algeria", "france", "partner")).toBe(true);
    expect(has(ofPhase("coups", added).added, "algeria", "france", "partner")).toBe(true);
    expect(has(ofPhase("wagner-arrives", added).ended, "algeria", "france", "partner")).toBe(true);
    expect(has(ofPhase("coups").held, "algeria", "france", "partner")).toBe(false);
  });

  it("share one layout per list of actors, the same as drawing it afresh", () => {
    const first = bookRelations(actors);
    expect(bookRelations(actors)).toBe(first);
    expect(first.graph).toEqual(graph);
    expect(first.edges).toEqual(edges);
    const byPhase = bookPhaseRelations(actors, phases, events);
    expect(bookPhaseRelations(actors, phases, events)).toBe(byPhase);
    expect(byPhase.phaseIds).toEqual(ids);
    expect(byPhase.byPhase).toEqual(edgesByPhase(edges, ids, present));
  });

  it("lay out each phase's view once, the same as laying it out afresh", () => {
    const held = edgesInPhase(edges, "wagner-exit", present);
    const view = phaseGraph(graph, held, 15, 1.3);
    expect(phaseGraph(graph, [...held].reverse(), 15, 1.3)).toBe(view);
    expect(phaseGraph(structuredClone(graph), held, 15, 1.3)).toEqual(view);
    expect(phaseGraph(graph, held, 22, 1.8)).not.toEqual(view);
  });
});

describe("the force layout of a large graph", () => {
  it("runs the full 500 ticks up to 200 nodes, and fewer (at least 60) in proportion above", () => {
    expect(ticksFor(46)).toBe(500);
    expect(ticksFor(200)).toBe(500);
    expect(ticksFor(400)).toBe(250);
    expect(ticksFor(1000)).toBe(100);
    expect(ticksFor(100_000)).toBe(60);
  });

  it("still spreads a graph of 1,000 nodes out, cooled to rest: no two nodes on one spot, linked nodes near", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `a${i}`);
    const links = ids
      .slice(1)
      .map((id, i) => ({ source: ids[Math.floor(i / 3)]!, target: id, distance: 80, strength: 0.5 }));
    const at = forceLayout(ids, links);
    const points = [...at.values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(1000);
    const span = Math.max(...points.map((p) => Math.hypot(p.x, p.y)));
    const linked = links.map((l) =>
      Math.hypot(at.get(l.source)!.x - at.get(l.target)!.x, at.get(l.source)!.y - at.get(l.target)!.y),
    );
    const median = linked.sort((a, b) => a - b)[Math.floor(linked.length / 2)]!;
    expect(median).toBeLessThan(span / 5);
  });
});
