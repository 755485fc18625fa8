import type { APIRoute } from "astro";
import { bookEventRecords } from "../../data/event-records.ts";
import { eventsJson } from "../../lib/event-data.ts";

/** The timeline's events as JSON, with the same fields as the CSV and its lists as arrays. */
export const GET: APIRoute = async ({ site }) =>
  new Response(eventsJson(await bookEventRecords(site)), { headers: { "Content-Type": "application/json" } });
