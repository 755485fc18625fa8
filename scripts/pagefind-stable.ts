/**
 * The build's step after Pagefind: rewrites the search index of the site folder given as the
 * first argument in a stable order (scripts/lib/pagefind-stable.ts), so that two builds of the
 * same commit give the same index, byte for byte.
 * Usage: node scripts/pagefind-stable.ts <site folder>
 */
import path from "node:path";
import { stabilisePagefind } from "./lib/pagefind-stable.ts";

const site = process.argv[2];
if (!site) {
  console.error("usage: node scripts/pagefind-stable.ts <site folder>");
  process.exit(2);
}
try {
  const report = stabilisePagefind(path.join(site, "pagefind"));
  console.log(`search index: ${report.filters} filter file(s) in stable order, ${report.renamed} renamed`);
} catch (e) {
  console.error(`search index: ${(e as Error).message}`);
  process.exit(1);
}
