import { geoPath } from "d3-geo";
import type { LineString } from "geojson";
import { worldLand } from "./atlas.ts";
import { boxAround, fitBox, projectedLines, shortPath, type LonLat } from "./geo.ts";
import { lineGrid } from "./labels.ts";
import { markPlaces, type Marker } from "./markers.ts";
import { Memo } from "./memo.ts";
import type { MapPlace } from "./region.ts";

export interface Locator {
  width: number;
  height: number;
  land: string;
  /** The regional map's outline. */
  frame: string;
  markers: Marker[];
}

const locators = new Memo<Locator>();

/**
 * A small world map for the places beyond the regional map: the land, the regional map's outline
 * and each place marked and labelled, framed on those places and the outline. The labels keep off
 * the coasts and the outline where they can, as the regional map's keep off its borders (with no
 * lines to avoid, Khasham's label, first tried to the right and then to the left, lay across the
 * Syrian coast). Computed once per places, outline and size.
 */
export function locatorMap(places: MapPlace[], regionFrame: LonLat[], width = 360, size = 12): Locator {
  return locators.get([regionFrame, ...places], `${width} ${size}`, () =>
    drawLocator(places, regionFrame, width, size),
  );
}

function drawLocator(places: MapPlace[], regionFrame: LonLat[], width: number, size: number): Locator {
  const box = boxAround([...regionFrame, ...places.map((p): LonLat => [p.lon, p.lat])], 6);
  const { projection, height } = fitBox(box, width, 10);
  const path = geoPath(projection);
  const frame = { x: 6, y: 6, width: width - 12, height: height - 12 };
  const outline: LineString = { type: "LineString", coordinates: regionFrame };
  const lines = lineGrid([...projectedLines(projection, worldLand()), ...projectedLines(projection, outline)], {
    x: 0,
    y: 0,
    width,
    height,
  });
  return {
    width,
    height,
    // Whole pixels: the locator is drawn small, where a tenth of a pixel is never seen.
    land: shortPath(path(worldLand()), 0),
    frame: shortPath(path(outline)),
    markers: markPlaces(places, projection, frame, size, [], [lines]),
  };
}
