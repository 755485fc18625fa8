import { readdirSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The built site the gates look at: dist/, or GATES_DIST (e.g. a temporary build). */
export function distDir(): string {
  return path.resolve(projectRoot, process.env["GATES_DIST"] ?? "dist");
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The HTML pages of a built site (relative paths), the search bundle excluded. */
export function htmlPages(dir = distDir()): string[] {
  return filesUnder(dir).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

/** The address a page is served at: `actors/wagner/index.html` → `/actors/wagner/`. */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
