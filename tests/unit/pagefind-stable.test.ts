/**
 * The search index's stable order (scripts/lib/pagefind-stable.ts): two Pagefind outputs that
 * hold the same filters in different orders come out byte for byte the same, with the names
 * pf_meta and pagefind-entry.json give them still pointing at files that exist.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cbor2";
import { afterAll, describe, expect, it } from "vitest";
import { stabilisePagefind } from "../../scripts/lib/pagefind-stable.ts";

const work = mkdtempSync(path.join(tmpdir(), "pagefind-stable-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pack = (value: unknown) => gzipSync(Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from(encode(value))]));
const unpack = (file: string) => decode(gunzipSync(readFileSync(file)).subarray(12));

type Filters = Record<string, [string, number[]][]>;

/** A Pagefind bundle as Pagefind 1.5 lays it out, with the filters in the order given. */
function bundle(name: string, filters: Filters, hashes: string[], metaHash: string): string {
  const dir = path.join(work, name, "pagefind");
  mkdirSync(path.join(dir, "filter"), { recursive: true });
  const listed = Object.entries(filters).map(([filter, values], i) => {
    writeFileSync(path.join(dir, "filter", `${hashes[i]}.pf_filter`), pack([filter, values]));
    return [filter, hashes[i]];
  });
  writeFileSync(
    path.join(dir, `pagefind.${metaHash}.pf_meta`),
    pack(["1.5.2", [["en_a1b2c3d", 40]], [], listed, [], []]),
  );
  const entry = { version: "1.5.2", languages: { en: { hash: metaHash, wasm: "en", page_count: 3 } } };
  writeFileSync(path.join(dir, "pagefind-entry.json"), JSON.stringify(entry));
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (f.includes(".")) files[f] = readFileSync(path.join(dir, f)).toString("base64");
  }
  return files;
}

describe("stabilisePagefind", () => {
  const first = bundle(
    "first",
    {
      phase: [
        ["Phase 10: late", [2]],
        ["Phase 9: early", [1, 0]],
      ],
      Type: [
        ["Event", [2]],
        ["Actor", [0, 1]],
      ],
    },
    ["en_1111111", "en_2222222"],
    "en_aaaaaaaaaa",
  );
  const second = bundle(
    "second",
    {
      Type: [
        ["Actor", [1, 0]],
        ["Event", [2]],
      ],
      phase: [
        ["Phase 9: early", [0, 1]],
        ["Phase 10: late", [2]],
      ],
    },
    ["en_3333333", "en_4444444"],
    "en_bbbbbbbbbb",
  );
  stabilisePagefind(first);
  stabilisePagefind(second);

  it("gives the same files for the same filters in any order", () => {
    expect(snapshot(first)).toEqual(snapshot(second));
  });

  it("orders values by name, numbers as numbers, and pages ascending", () => {
    const entry = JSON.parse(readFileSync(path.join(first, "pagefind-entry.json"), "utf8"));
    const meta = unpack(path.join(first, `pagefind.${entry.languages.en.hash}.pf_meta`)) as unknown[];
    const filters = meta[3] as [string, string][];
    expect(filters.map(([name]) => name)).toEqual(["phase", "Type"]);
    const phase = unpack(path.join(first, "filter", `${filters[0]![1]}.pf_filter`));
    expect(phase).toEqual([
      "phase",
      [
        ["Phase 9: early", [0, 1]],
        ["Phase 10: late", [2]],
      ],
    ]);
  });

  it("leaves only files that the index names", () => {
    const entry = JSON.parse(readFileSync(path.join(first, "pagefind-entry.json"), "utf8"));
    const meta = unpack(path.join(first, `pagefind.${entry.languages.en.hash}.pf_meta`)) as unknown[];
    const named = (meta[3] as [string, string][]).map(([, hash]) => `${hash}.pf_filter`).sort();
    expect(readdirSync(path.join(first, "filter")).sort()).toEqual(named);
    expect(readdirSync(first).filter((f) => f.endsWith(".pf_meta"))).toEqual([
      `pagefind.${entry.languages.en.hash}.pf_meta`,
    ]);
  });

  it("stops on a file that is not Pagefind's", () => {
    const dir = bundle("broken", { Type: [["Actor", [0]]] }, ["en_5555555"], "en_cccccccccc");
    writeFileSync(path.join(dir, "filter", "en_5555555.pf_filter"), gzipSync(Buffer.from("something else")));
    expect(() => stabilisePagefind(dir)).toThrow(/en_5555555\.pf_filter: expected Pagefind's "pagefind_dcd" signature/);
  });
});
