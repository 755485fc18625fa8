import type { GeoProjection } from "d3-geo";
import { geoBounds, geoPath } from "d3-geo";
import { countries, focusId, type Resolution } from "./atlas.ts";
import { capsWidth, countryLabel, type CountryLabel } from "./country-labels.ts";
import { boxAround, fitBox, frameCorners, projectedLines, shortPath, type LonLat } from "./geo.ts";
import { boxOf, lineGrid, type BoxGrid, type Polyline } from "./labels.ts";
import { markerBoxes, markPlaces, type Marker } from "./markers.ts";
import { Memo } from "./memo.ts";
import { borderNear, inRegion, regionCountries, type MapPlace } from "./region.ts";
import { overlaps, round, textWidth, type Box } from "./svg.ts";

export interface CountryShape {
  id: string;
  name: string;
  d: string;
  focus: boolean;
}

export interface PlaceMap {
  width: number;
  height: number;
  countries: CountryShape[];
  countryLabels: CountryLabel[];
  /** Boundary lines named by places of kind "border", drawn heavier. */
  borders: { id: string; d: string }[];
  markers: Marker[];
  /** The map's outline in longitude and latitude, for a locator to draw. */
  frame: LonLat[];
  scaleBar: ScaleBar;
}

/**
 * A bar of a round number of kilometres, true at the map's centre, set by an edge of the map where
 * it crosses no outline, marker or name (see placeScaleBar). `y` is the bar's foot and its label's
 * baseline.
 */
export interface ScaleBar {
  x: number;
  y: number;
  width: number;
  label: string;
}

export interface PlaceMapOptions {
  width?: number;
  /** Places to mark; default: every place in the region. The frame stays the same either way. */
  shown?: ReadonlySet<string>;
  labelSize?: number;
  /** 1:50m for the map page, 1:110m for small maps on other pages. */
  resolution?: Resolution;
}

const margin = 10;

/** Decimals of the boundaries' coordinates: whole pixels on the small maps (1:110m), tenths on the map page. */
const digits = (resolution: Resolution) => (resolution === "110m" ? 0 : 1);

interface Base {
  width: number;
  height: number;
  projection: GeoProjection;
  countries: CountryShape[];
  countryLabels: CountryLabel[];
  frame: LonLat[];
  scaleBar: ScaleBar;
  /** The countries' outlines, for places' labels to keep off. */
  outlines: BoxGrid;
}

/** Kilometres per degree of latitude. */
const kmPerDegree = 111.2;

/** The bar's length and label: a round number of kilometres, at least an eighth of the map's width. */
function scaleBarFor(projection: GeoProjection, width: number, height: number): Omit<ScaleBar, "x" | "y"> {
  const [lon, lat] = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
  const [, y0] = projection([lon, lat - 0.5]) ?? [0, 0];
  const [, y1] = projection([lon, lat + 0.5]) ?? [0, 0];
  const pxPerKm = Math.abs(y0 - y1) / kmPerDegree;
  const km = [100, 200, 250, 500, 1000].find((k) => k * pxPerKm >= width / 8) ?? 1000;
  return { width: round(km * pxPerKm), label: `${km} km` };
}

/** What a scale bar covers: the bar (4 units high, up from `y`) and its label after it at `size`. */
export function scaleBarBox(bar: ScaleBar, size: number): Box {
  return { x: bar.x, y: bar.y - size * 0.8, width: bar.width + 4 + textWidth(bar.label, size), height: size };
}

/** Above any count of outline points a scale bar can cover: a marker or a name outweighs them all. */
const clashWeight = 1e6;

/**
 * Where the scale bar goes: along the map's bottom or top edge, a margin in, at the position
 * nearest a corner (bottom-left first, where it always stood) that covers no marker or name
 * (`taken`) and no outline (`lines`, the countries' outlines as labels keep off them), within 2
 * units; where every position covers some, the one covering least. It stood at the bottom-left
 * corner on every map, where the map of Mali's corner is the Atlantic coast, and lay on it.
 */
export function placeScaleBar(
  bar: Omit<ScaleBar, "x" | "y">,
  width: number,
  height: number,
  size: number,
  taken: Box[],
  lines: BoxGrid,
): ScaleBar {
  const probe = scaleBarBox({ ...bar, x: 0, y: 0 }, size);
  const right = width - margin - probe.width;
  const candidates: ScaleBar[] = [];
  for (let x = margin; x <= right; x += 4) {
    for (const y of [height - margin, margin - probe.y]) candidates.push({ ...bar, x: round(x), y: round(y) });
  }
  const fromCorner = (b: ScaleBar) => Math.min(b.x - margin, right - b.x);
  candidates.sort((a, b) => fromCorner(a) - fromCorner(b));
  let best: { bar: ScaleBar; score: number } | undefined;
  for (const c of candidates) {
    const box = scaleBarBox(c, size);
    const clashes = taken.filter((t) => overlaps(box, t)).length;
    const score = clashes * clashWeight + lines.count(box, 2);
    if (!best || score < best.score) best = { bar: c, score };
    if (score === 0) break;
  }
  return best?.bar ?? { ...bar, x: margin, y: height - margin };
}

const bases = new Memo<Base>();

/** The frame less a few pixels, so that labels keep clear of its edge. */
function inset(frame: Box, by = 4): Box {
  return { x: frame.x + by, y: frame.y + by, width: frame.width - 2 * by, height: frame.height - 2 * by };
}

function nameBox(l: CountryLabel): Box {
  return boxOf(l.x, l.y, "middle", capsWidth(l.text, l.size, l.spacing), l.size);
}

/**
 * What every map of the region shares, computed once per list of places, size and resolution
 * (looked up by the list itself, not by its content, which would cost a pass over every place of
 * the book on every page with a map): the frame (Mali and every place in the region, padded by a
 * degree), the country shapes, and the country names, set clear of every place the full map marks.
 */
function baseMap(region: MapPlace[], width: number, resolution: Resolution, size: number): Base {
  return bases.get([region], JSON.stringify([width, resolution, size]), () =>
    drawBaseMap(region, width, resolution, size),
  );
}

function drawBaseMap(region: MapPlace[], width: number, resolution: Resolution, size: number): Base {
  const focus = countries(resolution).find((c) => c.id === focusId);
  const focusBox = focus ? geoBounds(focus) : [];
  const box = boxAround([...(focusBox as LonLat[]), ...region.map((p): LonLat => [p.lon, p.lat])], 1.5);
  const { projection, height } = fitBox(box, width, margin);
  const path = geoPath(projection);
  const frame: Box = { x: 0, y: 0, width, height };
  const shapes = countries(resolution, true)
    .map((c) => ({
      id: c.id,
      name: c.properties.name,
      d: shortPath(path(c), digits(resolution)),
      focus: c.id === focusId,
    }))
    .filter((c) => c.d !== "");
  const outlines = lineGrid(
    countries(resolution, true).flatMap((c) => projectedLines(projection, c)),
    frame,
  );
  const marked = markerBoxes(markPlaces(region, projection, inset(frame), size, []), size);
  const scaleBar = placeScaleBar(scaleBarFor(projection, width, height), width, height, size, marked, outlines);
  const taken = [...marked, scaleBarBox(scaleBar, size)];
  const countryLabels: CountryLabel[] = [];
  const named = [...regionCountries(resolution)].sort((a, b) => Number(b.id === focusId) - Number(a.id === focusId));
  for (const c of named) {
    const isFocus = c.id === focusId;
    const label = isFocus
      ? countryLabel(c, size * 1.2, 0.3, true, projection, frame, taken)
      : countryLabel(c, size * 0.9, 0.12, false, projection, frame, taken);
    if (!label) continue;
    countryLabels.push(label);
    taken.push(nameBox(label));
  }
  return {
    width,
    height,
    projection,
    countries: shapes,
    countryLabels,
    frame: frameCorners(projection, width, height),
    scaleBar,
    outlines,
  };
}

const regions = new Memo<MapPlace[]>();

/** The places of a list that lie in the region (see inRegion), once per list. */
const regionOf = (places: MapPlace[]) => regions.get([places], "", () => places.filter(inRegion));

const maps = new Memo<PlaceMap>();

/**
 * Mali and its neighbours, projected at build time (azimuthal equal-area, centred on the region),
 * with the places of the region marked and labelled. Places outside the region are left to a
 * locator (see locator.ts). Computed once per list of places and options.
 */
export function regionalMap(places: MapPlace[], options: PlaceMapOptions = {}): PlaceMap {
  const key = JSON.stringify([
    options.width ?? null,
    options.labelSize ?? null,
    options.resolution ?? null,
    options.shown ? [...options.shown].sort() : null,
  ]);
  return maps.get([places], key, () => drawRegionalMap(places, options));
}

function drawRegionalMap(places: MapPlace[], options: PlaceMapOptions): PlaceMap {
  const width = options.width ?? 600;
  const size = options.labelSize ?? 12;
  const resolution = options.resolution ?? "50m";
  const region = regionOf(places);
  const base = baseMap(region, width, resolution, size);
  const frame: Box = { x: 0, y: 0, width, height: base.height };
  const shown = region.filter((p) => options.shown?.has(p.id) ?? true);
  const avoid = [...base.countryLabels.map(nameBox), scaleBarBox(base.scaleBar, size)];
  const path = geoPath(base.projection);
  const borderLines: Polyline[] = [];
  const borders = shown
    .filter((p) => p.kind === "border")
    .flatMap((p) => {
      const line = borderNear(p, resolution);
      if (!line) return [];
      borderLines.push(...projectedLines(base.projection, line));
      return [{ id: p.id, d: shortPath(path(line), digits(resolution)) }];
    });
  const lines = [base.outlines, lineGrid(borderLines)];
  return {
    width,
    height: base.height,
    countries: base.countries,
    countryLabels: base.countryLabels,
    borders,
    markers: markPlaces(shown, base.projection, inset(frame), size, avoid, lines),
    frame: base.frame,
    scaleBar: base.scaleBar,
  };
}
