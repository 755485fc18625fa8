import type { APIRoute } from "astro";
import { loadBook } from "../../data/book.ts";
import { byPlaceName, eventsOfPlace } from "../../lib/book-data.ts";
import { placesGeoJson } from "../../lib/place-data.ts";

/** The map's places as GeoJSON points (RFC 7946), for a GIS or a script. */
export const GET: APIRoute = async ({ site }) => {
  const { places, events } = await loadBook();
  // The events that happened at each, as its page lists them: placed there or also there.
  const geo = placesGeoJson(byPlaceName(places), (id) => eventsOfPlace(id, events).map((e) => e.id), site?.href ?? "/");
  return new Response(`${JSON.stringify(geo, null, 2)}\n`, { headers: { "Content-Type": "application/geo+json" } });
};
