import type { ActorKind } from "../../schemas/actor.ts";
import { round } from "./svg.ts";

/** A regular polygon of `n` sides and radius `r`, first vertex straight up (or down when `flip`). */
function polygon(n: number, r: number, flip = false): string {
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n + (flip ? Math.PI / 2 : -Math.PI / 2);
    return `${round(r * Math.cos(a))},${round(r * Math.sin(a))}`;
  });
  return `M${pts.join("L")}Z`;
}

function circle(r: number): string {
  return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/** The marker of each kind of actor, as an SVG path centred on 0, 0: shape tells kind apart in print too. */
export const kindShapes: Record<ActorKind, string> = {
  state: circle(8),
  "state-armed-force": "M-7,-7H7V7H-7Z",
  institution: "M-9,-5H9V5H-9Z",
  operation: polygon(5, 8.5),
  "international-mission": polygon(6, 8.5),
  "armed-group": polygon(3, 9.5),
  "jihadist-group": polygon(3, 9.5, true),
  "private-military-company": polygon(4, 9.5),
  person: circle(4.5),
  analyst: circle(4.5),
};

/** Half the height of each marker, for setting labels below it. */
export const shapeRadius = 9.5;

/** Half the width and half the height of each marker (kindShapes), for telling what it covers. */
export const kindHalfSize: Record<ActorKind, [number, number]> = {
  state: [8, 8],
  "state-armed-force": [7, 7],
  institution: [9, 5],
  operation: [8.1, 8.5],
  "international-mission": [7.4, 8.5],
  "armed-group": [8.3, 9.5],
  "jihadist-group": [8.3, 9.5],
  "private-military-company": [9.5, 9.5],
  person: [4.5, 4.5],
  analyst: [4.5, 4.5],
};
