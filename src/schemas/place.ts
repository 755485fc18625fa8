import { z } from "zod";
import { citations } from "./citation.ts";
import { prose } from "./prose.ts";

/** A place the sources name (content/places/<id>.yaml). */
export const placeSchema = z.strictObject({
  name: z.string().min(1),
  /** Every other spelling the sources use. */
  variants: z.array(z.string().min(1)).default([]),
  kind: z.enum(["capital", "city", "town", "region", "country", "site", "border"]),
  /** Country the place lies in. */
  country: z.string().min(1),
  /** WGS84 latitude and longitude in decimal degrees (approximate for regions). */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** True when the coordinates only approximate the place (a region, a site the sources do not locate). */
  approximate: z.boolean().default(false),
  description: prose,
  sources: citations,
});
export type PlaceData = z.infer<typeof placeSchema>;
