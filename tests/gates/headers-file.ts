import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./dist-pages.ts";

/**
 * The headers a static host sends with every page, read from public/_headers (the `/*` block,
 * in the Netlify / Cloudflare Pages format), with lower-case names.
 */
export function shippedHeaders(file = path.join(projectRoot, "public", "_headers")): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === "/*";
      continue;
    }
    const colon = line.indexOf(":");
    if (inAll && colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** A policy as a map from directive to its sources: "script-src 'self'" → script-src: ['self']. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [(name ?? "").toLowerCase(), sources]),
  );
}
