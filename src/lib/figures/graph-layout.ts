import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { randomLcg } from "d3-random";

export interface LayoutLink {
  source: string;
  target: string;
  /** Length the link pulls or pushes towards. */
  distance: number;
  strength: number;
}

export interface LayoutOptions {
  /** Seed of the simulation's random source: the same input and seed give the same picture. */
  seed?: number;
  /** Fixed number of steps, run at once (no animation, no timer); by default `ticksFor(ids.length)`. */
  ticks?: number;
  /** Room each node keeps around it. */
  radius?: number;
  /**
   * Where the nodes start. d3-force sets them out on a spiral in the order given, so a layout
   * hardly depends on `seed` (its random source only separates nodes that meet): a `start` other
   * than 0 deals the nodes onto the spiral in an order shuffled by it, for another picture.
   */
  start?: number;
}

type Node = SimulationNodeDatum & { id: string };

/** Ticks of a graph small enough to read: d3's default cooling, run well past its end. */
const fullTicks = 500;
/** Nodes up to which a layout runs its full ticks (the real book has some fifty actors). */
const fullTicksUpTo = 200;
/** The fewest ticks of a large graph's layout. */
const fewestTicks = 60;

/**
 * The ticks a layout of `nodes` nodes runs: all of them up to 200 nodes; above that, fewer in
 * proportion (at least 60), so that a graph of thousands of actors (a synthetic benchmark book)
 * costs about what one of 200 does instead of growing faster than the book: each tick costs more
 * than in proportion to the nodes (d3-force's many-body and collision forces).
 */
export function ticksFor(nodes: number): number {
  return nodes <= fullTicksUpTo ? fullTicks : Math.max(fewestTicks, Math.round((fullTicks * fullTicksUpTo) / nodes));
}

/**
 * Force-directed positions for `ids` (d3-force): links pull or push to their distance, every node
 * repels every other, a weak pull keeps the whole centred. Run for a fixed number of ticks with a
 * seeded random source, so the layout is the same on every build. Positions are centred on 0, 0.
 * A run shorter than d3's own cooling (300 ticks) cools faster, to the same end.
 */
export function forceLayout(ids: string[], links: LayoutLink[], options: LayoutOptions = {}) {
  const { seed = 0.42, ticks = ticksFor(ids.length), radius = 40, start = 0 } = options;
  const order = [...ids];
  if (start !== 0) {
    const random = randomLcg(start);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? "", order[i] ?? ""];
    }
  }
  const nodes: Node[] = order.map((id) => ({ id }));
  const linkData: (SimulationLinkDatum<Node> & LayoutLink)[] = links.map((l) => ({ ...l }));
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .force(
      "link",
      forceLink<Node, SimulationLinkDatum<Node> & LayoutLink>(linkData)
        .id((n) => n.id)
        .distance((l) => l.distance)
        .strength((l) => l.strength),
    )
    .force("charge", forceManyBody<Node>().strength(-400))
    .force("collide", forceCollide<Node>(radius))
    .force("x", forceX<Node>(0).strength(0.06))
    .force("y", forceY<Node>(0).strength(0.09))
    .stop();
  if (ticks < 300) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  simulation.tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
