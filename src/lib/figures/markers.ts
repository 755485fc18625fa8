import type { GeoProjection } from "d3-geo";
import { boxOf, placeLabels, type BoxGrid, type PlacedLabel } from "./labels.ts";
import type { MapPlace } from "./region.ts";
import { round, textWidth, type Box } from "./svg.ts";

export interface Marker extends MapPlace {
  x: number;
  y: number;
  /** Radius: a dot for a located place, a wider dashed ring for an approximate one. */
  r: number;
  label: PlacedLabel;
}

/** Located places are labelled first, then approximate ones, wide regions last. */
function rank(p: MapPlace): number {
  return p.approximate ? (p.kind === "region" ? 2 : 1) : 0;
}

/**
 * Markers for `places`, each labelled clear of the others, of every marker and of `avoid`, and off
 * the lines in `lines` (see lineGrid) where it can be, on a leader if it must.
 */
export function markPlaces(
  places: MapPlace[],
  projection: GeoProjection,
  frame: Box,
  size: number,
  avoid: Box[],
  lines: BoxGrid[] = [],
): Marker[] {
  const located = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    return { p, x, y, r: p.approximate ? 7 : 3.5 };
  });
  const dots = located.map(({ x, y, r }) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }));
  const order = [...located].sort((a, b) => rank(a.p) - rank(b.p) || a.p.name.localeCompare(b.p.name));
  const labels = placeLabels(
    order.map(({ p, x, y, r }) => ({ id: p.id, x, y, r, text: p.name, size })),
    frame,
    [...dots, ...avoid],
    lines,
    true,
  );
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  return located.map(({ p, x, y, r }) => {
    const fallback: PlacedLabel = {
      id: p.id,
      x: round(x + r + 3),
      y: round(y),
      anchor: "start",
      text: p.name,
      clashes: 1,
    };
    return { ...p, x: round(x), y: round(y), r, label: labelOf.get(p.id) ?? fallback };
  });
}

/** The boxes the markers and their labels take up. */
export function markerBoxes(markers: Marker[], size: number): Box[] {
  return markers.flatMap((m) => [
    { x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r },
    boxOf(m.label.x, m.label.y, m.label.anchor, textWidth(m.label.text, size), size),
  ]);
}

/**
 * The horizontal middle of the markers (their dots, rings included): where a map too wide for its
 * frame opens (Drawing's openAt), so that it opens on its own places. Their names, which stand
 * out to either side, are left out: counted in, the map of every place opened with Nouakchott's
 * dot off its left edge, for a longer name at the east. Undefined when there are none.
 */
export function marksMiddle(markers: Marker[]): number | undefined {
  if (markers.length === 0) return undefined;
  const left = Math.min(...markers.map((m) => m.x - m.r));
  const right = Math.max(...markers.map((m) => m.x + m.r));
  return round((left + right) / 2);
}
