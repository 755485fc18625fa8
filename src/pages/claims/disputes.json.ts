import type { APIRoute } from "astro";
import { bookClaimRecords } from "../../data/claim-records.ts";
import { claimsJson } from "../../lib/claim-data.ts";

/** The disputes as JSON: each with its positions, their parties and sources, and the book's assessment. */
export const GET: APIRoute = async ({ site }) =>
  new Response(claimsJson(await bookClaimRecords(site)), { headers: { "Content-Type": "application/json" } });
