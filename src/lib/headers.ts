/**
 * The security headers the book ships in public/_headers (the Netlify / Cloudflare Pages format),
 * read at build time so that the Content-Security-Policy meta tag on every page says what the
 * headers file says: one policy, written once.
 */

/** The headers of the `/*` block, with lower-case names. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split(/\r?\n/)) {
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

/** Directives a browser ignores (and warns about) in a <meta> policy. */
const headerOnly = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/** The headers file's policy as a <meta http-equiv> can carry it; fails when there is none. */
export function metaPolicy(text: string): string {
  const policy = parseHeadersFile(text)["content-security-policy"];
  if (!policy) throw new Error("public/_headers: the /* block sets no Content-Security-Policy");
  return [...parsePolicy(policy)]
    .filter(([name]) => !headerOnly.has(name))
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
