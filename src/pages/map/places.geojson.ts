import type { APIRoute } from "astro";
import { loadBook } from "../../data/book.ts";
import { byDate, eventsAtPlace } from "../../lib/book-data.ts";
import { placesGeoJson } from "../../lib/place-data.ts";

/** The map's places as GeoJSON points (RFC 7946), for a GIS or a script. */
export const GET: APIRoute = async ({ site }) => {
  const { places, events } = await loadBook();
  const sorted = [...places].sort((a, b) => a.data.name.localeCompare(b.data.name, "en"));
  const geo = placesGeoJson(sorted, (id) => byDate(eventsAtPlace(id, events)).map((e) => e.id), site?.href ?? "/");
  return new Response(`${JSON.stringify(geo, null, 2)}\n`, { headers: { "Content-Type": "application/geo+json" } });
};
