import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh, neighbors } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
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

/**
 * How much of each boundary is drawn: the least area, in square degrees, that a bend must enclose
 * to be kept (Visvalingam's effective area, by topojson-simplify, which keeps shared borders
 * shared). About a square pixel at the scale each is drawn at: 1:50m on the map page (about
 * 5 km to the pixel), 1:110m on the small maps of other pages (about 7 km), and the world's land
 * on the locators (about 25 km), where a few pixels more is still only coastline detail.
 * Whether a place is in the region, or near a border, is judged on the full data.
 */
const drawnArea: Record<Resolution, number> = { "50m": 0.002, "110m": 0.004 };
const landArea = 0.1;

const simplified = new Map<Resolution, CountriesTopology>();

function drawnTopology(resolution: Resolution): CountriesTopology {
  let topo = simplified.get(resolution);
  if (!topo) {
    topo = simplify(presimplify(topologies[resolution]), drawnArea[resolution]) as CountriesTopology;
    simplified.set(resolution, topo);
  }
  return topo;
}

const topology = (resolution: Resolution, drawn: boolean) =>
  drawn ? drawnTopology(resolution) : topologies[resolution];

/** ISO 3166-1 numeric code of the country the book is about: Mali. */
export const focusId = "466";

const cache = new Map<string, Country[]>();

/**
 * Every country, as GeoJSON features whose id is the ISO numeric code; `drawn`: with the
 * boundaries as the maps draw them (see drawnArea).
 */
export function countries(resolution: Resolution = "50m", drawn = false): Country[] {
  const key = `${resolution} ${drawn}`;
  let list = cache.get(key);
  if (!list) {
    const topo = topology(resolution, drawn);
    const collection = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
    list = collection.features.map((f) => ({ ...f, id: String(f.id) }));
    cache.set(key, list);
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

/** The boundary line shared by countries `a` and `b`; `drawn`: as the maps draw it. */
export function borderBetween(a: string, b: string, resolution: Resolution = "50m", drawn = false): MultiLineString {
  const topo = topology(resolution, drawn);
  const pair = new Set([a, b]);
  return mesh(topo, topo.objects.countries, (x, y) => x !== y && pair.has(String(x.id)) && pair.has(String(y.id)));
}

let land: Feature | FeatureCollection | undefined;

/** The world's land at 1:110m, as a small locator draws it (see landArea). */
export function worldLand(): Feature | FeatureCollection {
  if (!land) {
    const topo = simplify(presimplify(land110m as unknown as LandTopology), landArea) as LandTopology;
    land = feature(topo, topo.objects.land);
  }
  return land;
}
