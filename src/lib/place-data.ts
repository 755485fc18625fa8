/**
 * The places the sources name as GeoJSON, for a GIS (QGIS, a web map) or a script: one point per
 * place, WGS84 longitude and latitude as RFC 7946 orders them, with its spellings, kind, country,
 * whether the point only approximates it, its description, the events there, its sources and the
 * address of its entry.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { PlaceData } from "../schemas/place.ts";
import { citationKey } from "./citations.ts";

/** What a place's point carries besides its coordinates. */
export interface PlaceProperties {
  id: string;
  name: string;
  variants: string[];
  kind: PlaceData["kind"];
  country: string;
  approximate: boolean;
  description: string;
  /** Ids of the events that happened there, as the book dates them. */
  events: string[];
  /** Citation keys with their paragraphs, as in the events' data. */
  sources: string[];
  url: string;
}

/** Every place as a point, in the order given (the book's, by name). */
export function placesGeoJson(
  places: { id: string; data: PlaceData }[],
  eventsAt: (id: string) => string[],
  site: string,
): FeatureCollection<Point, PlaceProperties> {
  const features = places.map(({ id, data: p }): Feature<Point, PlaceProperties> => ({
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [p.lon, p.lat] },
    properties: {
      id,
      name: p.name,
      variants: p.variants,
      kind: p.kind,
      country: p.country,
      approximate: p.approximate,
      description: p.description,
      events: eventsAt(id),
      sources: p.sources.map(citationKey),
      url: new URL(`/places/${id}/`, site).href,
    },
  }));
  return { type: "FeatureCollection", features };
}
