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
  /** Fixed number of steps, run at once (no animation, no timer). */
  ticks?: number;
  /** Room each node keeps around it. */
  radius?: number;
}

type Node = SimulationNodeDatum & { id: string };

/**
 * Force-directed positions for `ids` (d3-force): links pull or push to their distance, every node
 * repels every other, a weak pull keeps the whole centred. Run for a fixed number of ticks with a
 * seeded random source, so the layout is the same on every build. Positions are centred on 0, 0.
 */
export function forceLayout(ids: string[], links: LayoutLink[], options: LayoutOptions = {}) {
  const { seed = 0.42, ticks = 500, radius = 40 } = options;
  const nodes: Node[] = ids.map((id) => ({ id }));
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
  simulation.tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
