import type { APIRoute } from "astro";
import { bookEventRecords } from "../../data/event-records.ts";
import { eventsCsv } from "../../lib/event-data.ts";

/** The timeline's events as CSV, one row per event, for a spreadsheet or a script. */
export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsv(await bookEventRecords(site)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
