import { readFileSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "./dist-pages.ts";

export interface DirDifference {
  /** Files only in the first or only in the second directory. */
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both whose bytes differ, with where they first differ. */
  differing: { file: string; offset: number; first: string; second: string }[];
}

/** Where two buffers first differ, with a little of each side for the report. */
function firstDifference(a: Buffer, b: Buffer): { offset: number; first: string; second: string } {
  let offset = 0;
  while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset += 1;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, offset - 40), offset + 40).toString("utf8"));
  return { offset, first: around(a), second: around(b) };
}

/** Compares two directories byte for byte, over the files `include` accepts. */
export function compareDirs(first: string, second: string, include: (file: string) => boolean): DirDifference {
  const a = filesUnder(first).filter(include);
  const b = filesUnder(second).filter(include);
  const inB = new Set(b);
  const inA = new Set(a);
  const differing: DirDifference["differing"] = [];
  for (const file of a.filter((f) => inB.has(f))) {
    const x = readFileSync(path.join(first, file));
    const y = readFileSync(path.join(second, file));
    if (!x.equals(y)) differing.push({ file, ...firstDifference(x, y) });
  }
  return { onlyInFirst: a.filter((f) => !inB.has(f)), onlyInSecond: b.filter((f) => !inA.has(f)), differing };
}
