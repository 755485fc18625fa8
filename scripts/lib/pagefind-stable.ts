/**
 * Makes Pagefind's output the same for the same site. Pagefind 1.5 writes each filter's values
 * in hash-map order (Pagefind/pagefind#638: "other files will still change, such as the
 * filter/metadata indexes"), so two builds of one commit give filter files with other bytes and
 * other names, an index metadata file (pf_meta) that lists those names, and a
 * pagefind-entry.json that names the metadata file. This rewrites the three in one order:
 * filter values by name (numbers in names compared as numbers, so "Phase 10" follows
 * "Phase 9"), each value's pages ascending, filters by name; then names each rewritten file
 * after a hash of its content, as Pagefind does.
 *
 * Pagefind's files are gzip streams of a 12-byte signature ("pagefind_dcd") and a CBOR value,
 * read here with cbor2. Before it changes anything, the rewrite checks that it reads and writes
 * each file back to the same bytes, so a change in Pagefind's format stops the build instead of
 * breaking search.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cbor2";

const SIGNATURE = "pagefind_dcd";

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

type FilterValue = [string, number[]];
type FilterFile = [string, FilterValue[]];

const collator = new Intl.Collator("en", { numeric: true });
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

function read(file: string): unknown {
  const raw = gunzipSync(readFileSync(file));
  const signature = raw.subarray(0, SIGNATURE.length).toString("latin1");
  if (signature !== SIGNATURE) {
    throw new Error(`${file}: expected Pagefind's "${SIGNATURE}" signature, found "${signature}"`);
  }
  const body = raw.subarray(SIGNATURE.length);
  const value = decode(body);
  if (!Buffer.from(encode(value)).equals(body)) {
    throw new Error(
      `${file}: this Pagefind writes its index in a form the stabiliser cannot read back byte for byte; ` +
        "check scripts/lib/pagefind-stable.ts against the installed Pagefind",
    );
  }
  return value;
}

function bytes(value: unknown): Buffer {
  // gzip's header carries no time or name here (Node writes zeros), so equal input, equal output.
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, "latin1"), Buffer.from(encode(value))]), { level: 9 });
}

function contentName(language: string, data: Buffer, length: number): string {
  return `${language}_${createHash("sha256").update(data).digest("hex").slice(0, length)}`;
}

function isFilterFile(value: unknown): value is FilterFile {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    Array.isArray(value[1]) &&
    value[1].every(
      (v: unknown) =>
        Array.isArray(v) && typeof v[0] === "string" && Array.isArray(v[1]) && v[1].every(Number.isInteger),
    )
  );
}

/** What changed, for the build's log. */
export interface StableReport {
  filters: number;
  renamed: number;
}

/** Rewrites the Pagefind index in `bundle` (the site's pagefind/ folder) in a stable order. */
export function stabilisePagefind(bundle: string): StableReport {
  const entryFile = path.join(bundle, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as Entry;
  const report: StableReport = { filters: 0, renamed: 0 };
  const filterDir = path.join(bundle, "filter");

  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = read(metaFile);
    // [version, pages, index chunks, filters: [name, hash][], sorts, meta fields]
    if (!Array.isArray(meta) || meta.length < 4 || !Array.isArray(meta[3])) {
      throw new Error(`${metaFile}: not the index metadata this Pagefind version was expected to write`);
    }
    const filters = meta[3] as [string, string][];
    const renamed = new Map<string, string>();
    for (const [name, hash] of filters) {
      const file = path.join(filterDir, `${hash}.pf_filter`);
      const value = read(file);
      if (!isFilterFile(value)) throw new Error(`${file}: not a Pagefind filter index (filter "${name}")`);
      const values = value[1]
        .map(([v, pages]): FilterValue => [v, [...pages].sort((a, b) => a - b)])
        .sort((a, b) => byName(a[0], b[0]));
      const data = bytes([value[0], values]);
      const stable = contentName(language, data, hash.length - language.length - 1);
      writeFileSync(path.join(filterDir, `${stable}.pf_filter`), data);
      if (stable !== hash) {
        renameSync(file, path.join(filterDir, `${hash}.pf_filter.old`));
        report.renamed += 1;
      }
      renamed.set(hash, stable);
      report.filters += 1;
    }
    meta[3] = filters.map(([name, hash]) => [name, renamed.get(hash) ?? hash]).sort((a, b) => byName(a[0]!, b[0]!));
    const data = bytes(meta);
    const stable = contentName(language, data, info.hash.length - language.length - 1);
    writeFileSync(path.join(bundle, `pagefind.${stable}.pf_meta`), data);
    if (stable !== info.hash) {
      renameSync(metaFile, `${metaFile}.old`);
      report.renamed += 1;
    }
    info.hash = stable;
  }

  // The replaced files go last, so a failure above leaves Pagefind's own output readable.
  for (const f of readdirSync(filterDir)) if (f.endsWith(".old")) rmSync(path.join(filterDir, f));
  for (const f of readdirSync(bundle)) if (f.endsWith(".pf_meta.old")) rmSync(path.join(bundle, f));
  writeFileSync(entryFile, JSON.stringify(entry));
  return report;
}
