import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import land110m from "world-atlas/land-110m.json" with { type: "json" };

/**
 * Boundary data: Natural Earth (public domain), as TopoJSON from the world-atlas package.
 * Countries at 1:50m for the regional map, at 1:110m for the small maps on other pages and for the
 * world locator.
 */
export const boundarySource = "boundaries: Natural Earth, via the world-atlas package";

/** How detailed the boundaries are: 1:50m or 1:110m. */
export type Resolution = "50m" | "110m";

type CountryProps = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;
type LandTopology = Topology<{ land: GeometryCollection }>;

export type Country = Feature<Polygon | MultiPolygon, CountryProps> & { id: string };

const topologies: Record<Resolution, CountriesTopology> = {
  "50m": countries50m as unknown as CountriesTopology,
  "110m": countries110m as unknown as CountriesTopology,
};

/** ISO 3166-1 numeric code of the country the book is about: Mali. */
export const focusId = "466";

const cache = new Map<Resolution, Country[]>();

/** Every country, as GeoJSON features whose id is the ISO numeric code. */
export function countries(resolution: Resolution = "50m"): Country[] {
  let list = cache.get(resolution);
  if (!list) {
    const topo = topologies[resolution];
    const collection = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
    list = collection.features.map((f) => ({ ...f, id: String(f.id) }));
    cache.set(resolution, list);
  }
  return list;
}

let neighbourIds: string[] | undefined;

/** The countries that share a land border with Mali, at `resolution`. */
export function focusNeighbours(resolution: Resolution = "50m"): Country[] {
  if (!neighbourIds) {
    const geometries = topologies["50m"].objects.countries.geometries;
    const i = geometries.findIndex((g) => String(g.id) === focusId);
    neighbourIds = (neighbors(geometries)[i] ?? []).map((j) => String(geometries[j]?.id));
  }
  const ids = new Set(neighbourIds);
  return countries(resolution).filter((c) => ids.has(c.id));
}

/** The boundary line shared by countries `a` and `b`. */
export function borderBetween(a: string, b: string, resolution: Resolution = "50m"): MultiLineString {
  const topo = topologies[resolution];
  const pair = new Set([a, b]);
  return mesh(topo, topo.objects.countries, (x, y) => x !== y && pair.has(String(x.id)) && pair.has(String(y.id)));
}

/** The world's land at 1:110m, for a small locator. */
export function worldLand(): Feature | FeatureCollection {
  const topo = land110m as unknown as LandTopology;
  return feature(topo, topo.objects.land);
}
