import type { GeoProjection } from "d3-geo";
import { geoPath, geoStream } from "d3-geo";
import type { Country } from "./atlas.ts";
import { boxOf } from "./labels.ts";
import { round, textWidth, type Box } from "./svg.ts";

export interface CountryLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** Letter spacing, in em. */
  spacing: number;
  focus: boolean;
}

/** Width of a name in capitals, letter-spaced by `spacing` em. */
export function capsWidth(text: string, size: number, spacing: number): number {
  return textWidth(text, size) + text.length * size * spacing;
}

/** Distance between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  return Math.hypot(
    Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width)),
    Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height)),
  );
}

type Ring = [number, number][];

/** The country's outline as projected (and clipped) rings, in SVG coordinates. */
function projectedRings(c: Country, projection: GeoProjection): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  const stream = projection.stream({
    point: (x, y) => ring.push([x, y]),
    lineStart: () => (ring = []),
    lineEnd: () => rings.push(ring),
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  });
  geoStream(c, stream);
  return rings;
}

/** Even-odd rule: whether (x, y) lies inside the rings. */
function insideRings(x: number, y: number, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Room around a name beyond which more room does not count: past it, nearness to the centre decides. */
const enoughRoom = 24;

/**
 * Where a country's name fits best: of the points on an 8-pixel grid where the whole name lies
 * inside the country and inside the frame, the one with the most room from everything in `avoid`
 * (up to `enoughRoom`), and among those the nearest to the centre of the country's visible part.
 * Undefined when the name fits nowhere, or only touching something else.
 */
export function countryLabel(
  c: Country,
  size: number,
  spacing: number,
  focus: boolean,
  projection: GeoProjection,
  frame: Box,
  avoid: Box[],
): CountryLabel | undefined {
  // The atlas writes “Côte d'Ivoire” with a straight apostrophe; the book prints a typographic one.
  const text = c.properties.name.replaceAll("'", "’").toUpperCase();
  const width = capsWidth(text, size, spacing);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(c);
  const [cx, cy] = geoPath(projection).centroid(c);
  const rings = projectedRings(c, projection);
  const within = (x: number, y: number) => insideRings(x, y, rings);
  let best: { x: number; y: number; score: number } | undefined;
  for (let y = Math.max(y0, frame.y) + size; y < Math.min(y1, frame.y + frame.height - 4); y += 8) {
    for (
      let x = Math.max(x0, frame.x + 4) + width / 2;
      x < Math.min(x1, frame.x + frame.width - 4) - width / 2;
      x += 8
    ) {
      const box = boxOf(x, y, "middle", width, size);
      const [left, right, top, bottom] = [box.x - 3, box.x + box.width + 3, box.y - 2, box.y + box.height + 2];
      const fits = within(left, top) && within(right, top) && within(left, bottom) && within(right, bottom);
      if (!fits) continue;
      const room = Math.min(enoughRoom, ...avoid.map((b) => gap(box, b)));
      if (room <= 2) continue;
      const score = room - Math.hypot(x - cx, y - cy) / 100;
      if (!best || score > best.score) best = { x, y, score };
    }
  }
  if (!best) return undefined;
  return { id: c.id, text, x: round(best.x), y: round(best.y), size, spacing, focus };
}
