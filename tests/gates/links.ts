/**
 * Link check of the built site: every internal link, image and #fragment resolves; external
 * links go only to the sources' URLs and open with rel="noopener noreferrer"; nothing is loaded
 * from another origin. Offline, over the files of dist/ (or GATES_DIST).
 * Usage: node tests/gates/links.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { distDir, projectRoot } from "./dist-pages.ts";
import { readPageRefs } from "./html-refs.ts";
import { checkLinks } from "./link-check.ts";

/** The URLs of the book's sources (content/sources/*.yaml, or BOOK_CONTENT_DIR's). */
function sourceUrls(): Set<string> {
  const dir = path.resolve(projectRoot, process.env["BOOK_CONTENT_DIR"] ?? "content", "sources");
  const urls = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
    const data = parseYaml(readFileSync(path.join(dir, name), "utf8")) as { url?: unknown } | null;
    if (typeof data?.url === "string") urls.add(data.url);
  }
  return urls;
}

/** The origin the site was built for, from the home page's canonical link. */
function siteOrigin(dir: string): string {
  const home = readPageRefs(readFileSync(path.join(dir, "index.html"), "utf8"));
  const canonical = home.refs.find((r) => r.tag === "link" && r.rel.includes("canonical"));
  if (!canonical) throw new Error(`${dir}/index.html has no <link rel="canonical">: cannot tell the site's origin`);
  return new URL(canonical.value).origin;
}

const dir = distDir();
const allowedExternal = sourceUrls();
const report = checkLinks({ dir, origin: siteOrigin(dir), allowedExternal });
for (const p of report.problems) {
  console.error(`${path.relative(projectRoot, dir)}/${p.file}${p.line ? `:${p.line}` : ""}: ${p.ref} ${p.problem}`);
}
console.log(
  `links: ${report.pages} pages, ${report.internal} internal and ${report.external} external addresses, ` +
    `${allowedExternal.size} source URLs allowed: ${report.problems.length} problem(s)`,
);
process.exit(report.problems.length ? 1 : 0);
