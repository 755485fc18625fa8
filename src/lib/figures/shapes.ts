import type { ActorKind } from "../../schemas/actor.ts";
import { round } from "./svg.ts";

/** A marker: its SVG path, centred on 0, 0, and half its width and height (what it covers). */
interface Shape {
  path: string;
  half: [number, number];
}

/** Half an extent, rounded up to a tenth: a box that covers the marker. */
const halfOf = (values: number[]) => Math.ceil(round(Math.max(...values.map(Math.abs)), 3) * 10) / 10;

/** A regular polygon of `n` sides and radius `r`, first vertex straight up (or down when `flip`). */
function polygon(n: number, r: number, flip = false): Shape {
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n + (flip ? Math.PI / 2 : -Math.PI / 2);
    return [r * Math.cos(a), r * Math.sin(a)] as const;
  });
  return {
    path: `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`,
    half: [halfOf(pts.map(([x]) => x)), halfOf(pts.map(([, y]) => y))],
  };
}

function circle(r: number): Shape {
  return { path: `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`, half: [r, r] };
}

function rectangle(halfWidth: number, halfHeight: number): Shape {
  const [w, h] = [halfWidth, halfHeight];
  return { path: `M${-w},${-h}H${w}V${h}H${-w}Z`, half: [w, h] };
}

/** Shape tells kind apart in print too. */
const shapes: Record<ActorKind, Shape> = {
  state: circle(8),
  "state-armed-force": rectangle(7, 7),
  institution: rectangle(9, 5),
  operation: polygon(5, 8.5),
  "international-mission": polygon(6, 8.5),
  "armed-group": polygon(3, 9.5),
  "jihadist-group": polygon(3, 9.5, true),
  "private-military-company": polygon(4, 9.5),
  person: circle(4.5),
  analyst: circle(4.5),
};

const byKind = <T>(pick: (s: Shape) => T) =>
  Object.fromEntries(Object.entries(shapes).map(([kind, s]) => [kind, pick(s)])) as Record<ActorKind, T>;

/** The marker of each kind of actor, as an SVG path centred on 0, 0. */
export const kindShapes = byKind((s) => s.path);

/** Half the width and half the height of each marker (kindShapes), for telling what it covers. */
export const kindHalfSize = byKind((s) => s.half);

/** Half the height of each marker, for setting labels below it. */
export const shapeRadius = 9.5;
