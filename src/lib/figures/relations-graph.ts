import type { ActorData, ActorKind } from "../../schemas/actor.ts";
import type { EventData } from "../../schemas/event.ts";
import type { PhaseData } from "../../schemas/phase.ts";
import { byOrder, type Entry } from "../book-data.ts";
import { forceLayout } from "./graph-layout.ts";
import { markerBox, placeGraphLabels } from "./graph-labels.ts";
import type { PlacedLabel, Polyline } from "./labels.ts";
import { Memo } from "./memo.ts";
import { actorPhases, edgeKey, edgesByPhase, relationEdges, type Edge, type RelationType } from "./relations.ts";
import { shapeRadius } from "./shapes.ts";
import { round } from "./svg.ts";

type Point = [number, number];

export interface GraphNode {
  id: string;
  name: string;
  kind: ActorKind;
  href: string;
  x: number;
  y: number;
  /** Drawn faint: in a phase view, an actor with no relation in that phase. */
  inactive: boolean;
  label?: PlacedLabel;
}

export interface GraphEdge extends Edge {
  d: string;
  /** The points it runs through (its ends, or along its curve), for labels to keep off. */
  line: Polyline;
}

export interface Graph {
  width: number;
  height: number;
  labelSize: number;
  /** How much the kind markers are enlarged (for small views shown scaled down). */
  markerScale: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  width?: number;
  labelSize?: number;
  seed?: number;
  ticks?: number;
}

/** Friendly links are short and firm, hostile ones long and loose. */
const linkShape: Record<RelationType, { distance: number; strength: number }> = {
  ally: { distance: 50, strength: 0.9 },
  partner: { distance: 70, strength: 0.6 },
  rival: { distance: 140, strength: 0.3 },
  adversary: { distance: 130, strength: 0.3 },
};

/** Space left around the drawing for labels. */
const margin = { x: 70, y: 24 };

/** Straight lines, or curves bowed apart when two actors have more than one relation. */
function edgePaths(edges: Edge[], at: Map<string, { x: number; y: number }>): GraphEdge[] {
  const byPair = new Map<string, Edge[]>();
  for (const e of edges) byPair.set(`${e.a} ${e.b}`, [...(byPair.get(`${e.a} ${e.b}`) ?? []), e]);
  return edges.map((e) => {
    const p = at.get(e.a) ?? { x: 0, y: 0 };
    const q = at.get(e.b) ?? { x: 0, y: 0 };
    const siblings = byPair.get(`${e.a} ${e.b}`) ?? [e];
    const bow = (siblings.indexOf(e) - (siblings.length - 1) / 2) * 22;
    if (bow === 0) {
      return {
        ...e,
        d: `M${round(p.x)},${round(p.y)}L${round(q.x)},${round(q.y)}`,
        line: [
          [p.x, p.y],
          [q.x, q.y],
        ],
      };
    }
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const cx = (p.x + q.x) / 2 + (-(q.y - p.y) / len) * bow;
    const cy = (p.y + q.y) / 2 + ((q.x - p.x) / len) * bow;
    const line = Array.from({ length: 9 }, (_, i): [number, number] => {
      const t = i / 8;
      const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
      return [a * p.x + b * cx + c * q.x, a * p.y + b * cy + c * q.y];
    });
    return { ...e, d: `M${round(p.x)},${round(p.y)}Q${round(cx)},${round(cy)} ${round(q.x)},${round(q.y)}`, line };
  });
}

function labelNodes(
  nodes: GraphNode[],
  edges: GraphEdge[],
  width: number,
  height: number,
  size: number,
  markerScale: number,
): GraphNode[] {
  const markers = nodes.map((n) => ({ id: n.id, box: markerBox(n, markerScale), faint: n.inactive }));
  const labels = placeGraphLabels(
    nodes
      .filter((n) => !n.inactive)
      .map((n) => {
        const { width: w, height: h } = markerBox(n, markerScale);
        return { id: n.id, x: n.x, y: n.y, text: n.name, half: [w / 2, h / 2] as [number, number] };
      }),
    { x: 2, y: 2, width: width - 4, height: height - 4 },
    markers,
    edges.map((e) => e.line),
    size,
    nodes.filter((n) => !n.inactive).length <= layoutsTriedUpTo,
  );
  const of = new Map(labels.map((l) => [l.id, l]));
  return nodes.map((n) => {
    const label = of.get(n.id);
    return label ? { ...n, label } : { ...n };
  });
}

/** The point of the segment from `a` to `b` nearest to `p`, and how far `p` is from it. */
function nearestOnSegment(p: Point, a: Point, b: Point): { at: Point; distance: number } {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  const at: Point = [a[0] + t * dx, a[1] + t * dy];
  return { at, distance: Math.hypot(p[0] - at[0], p[1] - at[1]) };
}

/** Whether the segments a–b and c–d cross (touching at an end does not count). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

const segments = (line: Polyline): [Point, Point][] => line.slice(1).map((q, i) => [line[i] ?? q, q]);

/** How far a relation's line keeps from an actor it does not join: its marker and a little air. */
const clearance = shapeRadius + 3;

/**
 * What makes a drawing of relations hard to read, counted: a relation drawn through an actor it
 * does not join (read as a relation of that actor: Ukraine's line to Russia ran through Wagner),
 * weighed above any number of relations crossing one another.
 */
export function graphClutter(
  nodes: { id: string; x: number; y: number }[],
  edges: GraphEdge[],
): {
  throughNodes: number;
  crossings: number;
} {
  let throughNodes = 0;
  for (const e of edges) {
    const parts = segments(e.line);
    for (const n of nodes) {
      if (n.id === e.a || n.id === e.b) continue;
      if (parts.some(([a, b]) => nearestOnSegment([n.x, n.y], a, b).distance < clearance)) throughNodes++;
    }
  }
  let crossings = 0;
  const parts = edges.map((e) => segments(e.line));
  edges.forEach((e, i) => {
    edges.forEach((f, j) => {
      if (j <= i || e.a === f.a || e.a === f.b || e.b === f.a || e.b === f.b) return;
      if (parts[i]?.some(([a, b]) => parts[j]?.some(([c, d]) => segmentsCross(a, b, c, d)))) crossings++;
    });
  });
  return { throughNodes, crossings };
}

/**
 * Moves each actor that a relation it has no part in is drawn through off that line, straight
 * away from it, a step at a time (a move can put another line through another actor), inside
 * `frame`. Returns the positions moved; an actor is never moved onto another.
 */
function clearLines(
  at: Map<string, { x: number; y: number }>,
  edges: Edge[],
  frame: { x0: number; y0: number; x1: number; y1: number },
  rounds = 30,
): Map<string, { x: number; y: number }> {
  const moved = new Map([...at].map(([id, p]) => [id, { ...p }]));
  for (let round_ = 0; round_ < rounds; round_++) {
    let clear = true;
    for (const e of edgePaths(edges, moved)) {
      for (const [id, n] of moved) {
        if (id === e.a || id === e.b) continue;
        for (const [a, b] of segments(e.line)) {
          const {
            at: [cx, cy],
            distance,
          } = nearestOnSegment([n.x, n.y], a, b);
          if (distance >= clearance) continue;
          clear = false;
          // Away from the line, or across it where the actor sits right on it.
          const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
          const len = Math.hypot(dx, dy) || 1;
          const [ux, uy] = distance > 0.5 ? [(n.x - cx) / distance, (n.y - cy) / distance] : [-dy / len, dx / len];
          const step = clearance - distance + 1;
          const x = Math.min(frame.x1, Math.max(frame.x0, n.x + ux * step));
          const y = Math.min(frame.y1, Math.max(frame.y0, n.y + uy * step));
          const onAnother = [...moved].some(
            ([other, o]) => other !== id && Math.hypot(o.x - x, o.y - y) < 2 * clearance,
          );
          if (!onAnother) moved.set(id, { x: round(x), y: round(y) });
          break;
        }
      }
    }
    if (clear) break;
  }
  return moved;
}

/** Up to this many actors, several layouts are tried and the clearest is drawn (see relationsGraph). */
export const layoutsTriedUpTo = 60;
/**
 * How many: each starting from another order of the nodes (forceLayout's `start`), the same ones
 * in the same order on every build, so every build draws the same.
 */
export const layoutsTried = 16;

/** The starts tried: the layout as given first, then shuffles spread over (0, 1) by the golden ratio. */
const starts = (count: number) => Array.from({ length: count }, (_, i) => (i * 0.6180339887) % 1);

/**
 * Actors as nodes and their relations as typed edges, laid out by force simulation with a fixed
 * seed and number of ticks, then scaled to `width`. Only actors with at least one relation appear.
 * A force layout puts each actor where its relations balance, which can be on the line of a
 * relation it has no part in. Up to `layoutsTriedUpTo` actors (a graph still small enough to
 * read), `layoutsTried` starts are laid out, each actor moved off the lines it has no part in,
 * and the drawing with the least clutter (graphClutter) kept; one given a seed is laid out once,
 * and a larger graph once, as it falls.
 */
export function relationsGraph(actors: Entry<ActorData>[], edges: Edge[], options: GraphOptions = {}): Graph {
  const width = options.width ?? 640;
  const labelSize = options.labelSize ?? 12;
  const ids = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort();
  const links = edges.map((e) => ({ source: e.a, target: e.b, ...linkShape[e.type] }));
  const readable = ids.length <= layoutsTriedUpTo;
  const tried = options.seed !== undefined || !readable ? [0] : starts(layoutsTried);
  const layout = (start: number) => {
    const raw = forceLayout(ids, links, {
      start,
      ...(options.seed !== undefined && { seed: options.seed }),
      ...(options.ticks !== undefined && { ticks: options.ticks }),
    });
    const xs = [...raw.values()].map((p) => p.x);
    const ys = [...raw.values()].map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = (width - 2 * margin.x) / Math.max(1, x1 - x0);
    const height = Math.ceil((y1 - y0) * scale + 2 * margin.y);
    const placed = new Map(
      [...raw].map(([id, p]) => [
        id,
        { x: round(margin.x + (p.x - x0) * scale), y: round(margin.y + (p.y - y0) * scale) },
      ]),
    );
    // A graph too large to read is drawn as laid out: clearing its lines and counting its
    // crossings would cost more than the rest of its drawing (edges times actors, edges squared).
    if (!readable) return { height, at: placed, score: 0 };
    const at = clearLines(placed, edges, { x0: margin.x, y0: margin.y, x1: width - margin.x, y1: height - margin.y });
    if (tried.length === 1) return { height, at, score: 0 };
    const clutter = graphClutter(
      [...at].map(([id, p]) => ({ id, ...p })),
      edgePaths(edges, at),
    );
    // Lines through actors first; then crossings, and a taller drawing (a tenth of its height).
    return { height, at, score: clutter.throughNodes * 1000 + clutter.crossings + height / 10 };
  };
  const { height, at } = tried.map(layout).reduce((best, next) => (next.score < best.score ? next : best));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const nodes: GraphNode[] = ids.map((id) => {
    const actor = byId.get(id);
    const p = at.get(id) ?? { x: 0, y: 0 };
    return {
      id,
      name: actor?.data.shortName ?? id,
      kind: actor?.data.kind ?? "state",
      href: `/actors/${id}/`,
      ...p,
      inactive: false,
    };
  });
  const drawn = edgePaths(edges, at);
  return {
    width,
    height,
    labelSize,
    markerScale: 1,
    nodes: labelNodes(nodes, drawn, width, height, labelSize, 1),
    edges: drawn,
  };
}

const phaseViews = new Memo<Graph>();

/**
 * Up to this many actors, a phase's view draws every actor of the book, those with no relation in
 * the phase faint, so the reader sees who stood aside. Beyond it the faint actors would be most of
 * each view (and each view would cost as much as the whole graph, so a book's phase views would
 * grow with phases times actors): a view then draws only the actors with a relation in its phase,
 * still each in its place from the whole graph.
 */
export const faintActorsUpTo = 80;

/** Whether a phase's view of `graph` draws every actor (see faintActorsUpTo). */
export function drawsEveryActor(graph: Graph): boolean {
  return graph.nodes.length <= faintActorsUpTo;
}

const indexes = new WeakMap<Graph, { edges: Map<string, number[]>; nodes: Map<string, number[]> }>();

/**
 * Where each relation (by edgeKey) and each actor stands in the graph's lists, once per graph: a
 * phase's view picks its own from them instead of testing every relation and actor of the book.
 */
function graphIndex(graph: Graph) {
  let index = indexes.get(graph);
  if (!index) {
    const positions = <T>(list: T[], key: (item: T) => string) => {
      const map = new Map<string, number[]>();
      list.forEach((item, i) => map.set(key(item), [...(map.get(key(item)) ?? []), i]));
      return map;
    };
    index = { edges: positions(graph.edges, edgeKey), nodes: positions(graph.nodes, (n) => n.id) };
    indexes.set(graph, index);
  }
  return index;
}

/** The items of `list` at `positions`, in the list's order. */
const inOrder = <T>(positions: number[], list: T[]): T[] =>
  [...new Set(positions)].sort((a, b) => a - b).flatMap((i) => list[i] ?? []);

/**
 * The same picture for one phase: every actor in its place, those without a relation in the phase
 * drawn faint and unlabelled, and only the relations that held then. Computed once per graph,
 * relations and sizes (a phase's view is drawn on its page, in the book and on /relations/).
 */
export function phaseGraph(graph: Graph, phaseEdges: Edge[], labelSize = graph.labelSize, markerScale = 1): Graph {
  const held = new Set(phaseEdges.map(edgeKey));
  const key = `${labelSize} ${markerScale} ${[...held].sort().join(",")}`;
  return phaseViews.get([graph], key, () => {
    const at = graphIndex(graph);
    const edges = inOrder(
      [...held].flatMap((k) => at.edges.get(k) ?? []),
      graph.edges,
    );
    const active = new Set(edges.flatMap((e) => [e.a, e.b]));
    const drawn = drawsEveryActor(graph)
      ? graph.nodes
      : inOrder(
          [...active].flatMap((id) => at.nodes.get(id) ?? []),
          graph.nodes,
        );
    const nodes = drawn.map(({ label: _label, ...n }) => ({ ...n, inactive: !active.has(n.id) }));
    const labelled = labelNodes(nodes, edges, graph.width, graph.height, labelSize, markerScale);
    return { ...graph, labelSize, markerScale, edges, nodes: labelled };
  });
}

/** The book's relations and their graph. */
export interface BookRelations {
  edges: Edge[];
  graph: Graph;
}

const relationsOf = new Memo<BookRelations>();

/**
 * The book's relations and their graph with the default options, computed once for a list of
 * actors: every page that draws them shares one force layout (the book's actors are one list per
 * build, so once per build).
 */
export function bookRelations(actors: Entry<ActorData>[]): BookRelations {
  return relationsOf.get([actors], "", () => {
    const edges = relationEdges(actors);
    return { edges, graph: relationsGraph(actors, edges) };
  });
}

/** The relations held in each phase of the book, and the phases' ids in order. */
export interface BookPhaseRelations {
  phaseIds: string[];
  byPhase: Map<string, Edge[]>;
}

const byPhaseOf = new Memo<BookPhaseRelations>();

/** The relations held in each phase (see edgesInPhase), computed once for the book's lists. */
export function bookPhaseRelations(
  actors: Entry<ActorData>[],
  phases: Entry<PhaseData>[],
  events: Entry<EventData>[],
): BookPhaseRelations {
  return byPhaseOf.get([actors, phases, events], "", () => {
    const phaseIds = byOrder(phases).map((p) => p.id);
    return {
      phaseIds,
      byPhase: edgesByPhase(bookRelations(actors).edges, phaseIds, actorPhases(actors, phases, events)),
    };
  });
}
