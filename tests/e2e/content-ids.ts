import { readdirSync } from "node:fs";
import path from "node:path";

const contentDir = path.resolve(import.meta.dirname, "../../content");

/** Ids of the entries of a collection, read from the content folder the site was built from. */
export function ids(collection: string): string[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => f.replace(/\.(mdx|yaml)$/, ""))
    .sort();
}
