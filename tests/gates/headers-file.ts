import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHeadersFile } from "../../src/lib/headers.ts";
import { projectRoot } from "./dist-pages.ts";

export { parsePolicy } from "../../src/lib/headers.ts";

/**
 * The headers a static host sends with every page, read from public/_headers (the `/*` block,
 * in the Netlify / Cloudflare Pages format), with lower-case names.
 */
export function shippedHeaders(file = path.join(projectRoot, "public", "_headers")): Record<string, string> {
  return parseHeadersFile(readFileSync(file, "utf8"));
}
