/**
 * Measures compiling the briefings' MDX with the book's remark and rehype plugins (GFM,
 * SmartyPants, citations, static HTML), the largest part of the site step, without the rest of
 * Astro. It prints figures; it passes or fails nothing. A synthetic book (scripts/gen-book.ts)
 * gives a larger sample. Wall and CPU time vary from run to run on a shared machine; under
 * valgrind the count of instructions hardly does, which is how two versions of a dependency or
 * a plugin can be compared:
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
 *     node scripts/bench-compile.ts --content /tmp/book/content --limit 100
 * (about two minutes; `--limit 0` gives the count of loading alone, to subtract).
 * Usage: node scripts/bench-compile.ts [--content content] [--limit N] [--warmup 50]
 */
import { createProcessor } from "@mdx-js/mdx";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { PluggableList } from "unified";
import { VFile } from "vfile";
import { loadSources } from "../src/lib/load-book.ts";
import { rehypePlugins, remarkPlugins } from "../src/plugins/index.ts";
import { cliArgs, wholeNumber } from "./lib/cli.ts";

const root = path.resolve(import.meta.dirname, "..");
const usage = "node scripts/bench-compile.ts [--content content] [--limit N] [--warmup 50]";
const { values } = cliArgs(usage, {
  options: {
    content: { type: "string", default: "content" },
    limit: { type: "string" },
    warmup: { type: "string", default: "50" },
  },
});
const content = path.resolve(values.content);
const files = ["actors", "phases"].flatMap((dir) =>
  readdirSync(path.join(content, dir))
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => path.join(content, dir, f)),
);
const limit = values.limit === undefined ? files.length : wholeNumber(values.limit, "--limit", usage, 0);
const warmup = wholeNumber(values.warmup, "--warmup", usage, 0);
const bodies = files.slice(0, limit).map((f) => readFileSync(f, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));

// The book's own sources: the synthetic books cite the same five.
const { sources } = loadSources(root);
const processor = createProcessor({
  remarkPlugins: remarkPlugins(sources) as PluggableList,
  rehypePlugins: rehypePlugins() as PluggableList,
  remarkRehypeOptions: { footnoteLabel: "Notes and sources" },
  jsxImportSource: "astro",
  elementAttributeNameCase: "html",
});
const compile = (value: string) => processor.process(new VFile({ value, path: "briefing.mdx" }));

for (const body of bodies.slice(0, warmup)) await compile(body);
const cpu = process.cpuUsage();
const start = performance.now();
for (const body of bodies) await compile(body);
const wall = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
const seconds = (user + system) / 1e6;
console.log(
  `compiled ${bodies.length} briefings (after ${Math.min(warmup, bodies.length)} to warm up): ` +
    `${wall.toFixed(2)} s wall, ${seconds.toFixed(2)} s CPU, ` +
    `${bodies.length ? ((wall * 1000) / bodies.length).toFixed(2) : "0"} ms each`,
);
