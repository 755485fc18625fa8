import { describe, expect, it } from "vitest";
import { phaseGraph, relationsGraph } from "../../src/lib/figures/relations-graph.ts";
import { actorPhases, edgesInPhase, relationEdges } from "../../src/lib/figures/relations.ts";
import { actors, events, phases } from "./figures-book.ts";

const edges = relationEdges(actors);
const graph = relationsGraph(actors, edges);

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

  it("is the same picture for the same input (fixed seed and ticks)", () => {
    expect(relationsGraph(actors, relationEdges(actors))).toEqual(graph);
  });

  it("changes when a relation is added", () => {
    const changed = actors.map((a) =>
      a.id === "turkey" || a.id === "mali"
        ? {
            ...a,
            data: {
              ...a.data,
              relations: [
                ...a.data.relations,
                { actor: a.id === "turkey" ? "mali" : "turkey", type: "partner" as const },
              ],
            },
          }
        : a,
    );
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
});
