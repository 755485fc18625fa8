/**
 * Astro keeps the collections' entries, as the schemas made them, from one build to the next, and
 * drops them only when the text of src/content.config.ts changes, not when a schema it imports
 * does: after such a change the site would still show the entries the old schemas made (a field's
 * old default, text not yet given its typography). So the code that makes the entries is
 * fingerprinted, and the build tells Astro to start afresh (--force) when it has changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The files and folders whose code turns content files into entries. */
export const entriesCode = ["src/content.config.ts", "src/schemas", "src/plugins", "src/lib"];

/** A hash of the names and contents of these files and of every file under these folders. */
export function fingerprint(root: string, paths: string[]): string {
  const hash = createHash("sha256");
  const files = paths
    .map((p) => path.join(root, p))
    .flatMap((p) =>
      existsSync(p) && !p.endsWith(".ts")
        ? readdirSync(p, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => path.join(e.parentPath, e.name))
        : [p],
    );
  for (const file of files.sort()) {
    hash.update(path.relative(root, file)).update("\0");
    hash.update(existsSync(file) ? readFileSync(file) : "").update("\0");
  }
  return hash.digest("hex");
}

/**
 * Whether Astro's cached entries under `root` may have been made by other code than now
 * (`stale`), and `remember()` to call once a build has made them with this code.
 */
export function entriesCache(root: string): { stale: boolean; remember: () => void } {
  const digest = fingerprint(root, entriesCode);
  const file = path.join(root, "node_modules", ".astro", "book-entries-code.digest");
  const last = existsSync(file) ? readFileSync(file, "utf8") : "";
  return {
    stale: last !== digest,
    remember: () => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, digest);
    },
  };
}
