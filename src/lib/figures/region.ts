import type { MultiLineString } from "geojson";
import { geoContains, geoDistance } from "d3-geo";
import type { PlaceData } from "../../schemas/place.ts";
import type { Entry } from "../book-data.ts";
import { headingCase } from "../text.ts";
import { borderBetween, countries, focusId, focusNeighbours, type Country, type Resolution } from "./atlas.ts";
import { Memo } from "./memo.ts";

/** A place as the maps need it. */
export interface MapPlace {
  id: string;
  name: string;
  country: string;
  kind: PlaceData["kind"];
  lon: number;
  lat: number;
  approximate: boolean;
  href: string;
}

/** A place as the maps need it: its name as a label, with a capital ("Central Mali"). */
export function mapPlace(p: Entry<PlaceData>): MapPlace {
  const { name, country, kind, lon, lat, approximate } = p.data;
  return { id: p.id, name: headingCase(name), country, kind, lon, lat, approximate, href: `/places/${p.id}/` };
}

const mapPlacesOf = new Memo<MapPlace[]>();

/** Every place of the book as the maps need it, one list per list of places (once per build). */
export function mapPlaces(places: Entry<PlaceData>[]): MapPlace[] {
  return mapPlacesOf.get([places], "", () => places.map(mapPlace));
}

/** Mali and the countries that border it: the region the regional map shows. */
export function regionCountries(resolution: Resolution = "50m"): Country[] {
  const focus = countries(resolution).find((c) => c.id === focusId);
  return focus ? [focus, ...focusNeighbours(resolution)] : [];
}

/** How far beyond Mali's borders the regional map reaches for a place, in kilometres. */
export const regionReachKm = 700;
const earthRadiusKm = 6371;
const regionMemo = new Map<string, boolean>();

/**
 * Whether a place belongs on the regional map: in Mali or within `regionReachKm` of its border
 * (judged on the 1:50m boundaries). Farther places would stretch the map; a locator shows them.
 */
export function inRegion(place: { lon: number; lat: number }): boolean {
  const key = `${place.lon},${place.lat}`;
  let near = regionMemo.get(key);
  if (near === undefined) {
    const mali = countries().find((c) => c.id === focusId);
    const at: [number, number] = [place.lon, place.lat];
    const g = mali?.geometry;
    const outline = (g?.type === "Polygon" ? g.coordinates.flat() : (g?.coordinates.flat(2) ?? [])) as [
      number,
      number,
    ][];
    near =
      mali !== undefined &&
      (geoContains(mali, at) || Math.min(...outline.map((pt) => geoDistance(pt, at))) * earthRadiusKm <= regionReachKm);
    regionMemo.set(key, near);
  }
  return near;
}

/** About two degrees, in radians: how far from Mali's border a "border" place may lie. */
const nearBorder = 0.035;

const borderMemo = new Map<string, MultiLineString | undefined>();

/**
 * For a place of kind "border": the boundary between Mali and the neighbour nearest to it (judged
 * on the full data), as the maps draw it.
 */
export function borderNear(p: MapPlace, resolution: Resolution = "50m"): MultiLineString | undefined {
  const key = `${resolution},${p.lon},${p.lat}`;
  if (borderMemo.has(key)) return borderMemo.get(key);
  let best: { id: string; distance: number } | undefined;
  for (const n of focusNeighbours(resolution)) {
    const line = borderBetween(focusId, n.id, resolution);
    const points = line.coordinates.flat() as [number, number][];
    const distance = Math.min(...points.map((pt) => geoDistance(pt, [p.lon, p.lat])));
    if (!best || distance < best.distance) best = { id: n.id, distance };
  }
  const found = best && best.distance < nearBorder ? borderBetween(focusId, best.id, resolution, true) : undefined;
  borderMemo.set(key, found);
  return found;
}
