import { createProcessor, nodeTypes } from "@mdx-js/mdx";
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { existsSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import rehypeRaw from "rehype-raw";
import type { PluggableList } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../src/lib/load-book.ts";
import { remarkPlugins } from "../../src/plugins/index.ts";

/**
 * package.json replaces rehype-raw, which Astro runs over every MDX page, with
 * src/vendor/rehype-raw-when-needed: the parse5 round trip only where a tree holds raw HTML. These
 * tests hold it to giving every page of the book the tree that rehype-raw itself would.
 */
const root = path.resolve(import.meta.dirname, "../..");
const { sources } = loadSources(root);

/** The hast tree of an MDX body as rehype-raw receives it in Astro's MDX processor. */
async function hastOf(mdx: string): Promise<Root> {
  let tree: Root | undefined;
  const processor = createProcessor({
    remarkPlugins: remarkPlugins(sources) as PluggableList,
    rehypePlugins: [() => (t: Root) => void (tree = structuredClone(t))],
    remarkRehypeOptions: { footnoteLabel: "Notes and sources" },
    jsxImportSource: "astro",
    elementAttributeNameCase: "html",
  });
  await processor.process(new VFile({ value: mdx, path: "page.mdx" }));
  if (!tree) throw new Error("no tree");
  return tree;
}

/** The tree without positions, which the parse recomputes from the source and nothing reads. */
function withoutPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === "position" ? undefined : value))) as T;
}

function both(tree: Root): { expected: Root; actual: Root } {
  const file = new VFile({ path: "page.mdx" });
  const expected = raw(structuredClone(tree), { passThrough: [...nodeTypes], file }) as Root;
  const actual = rehypeRaw({ passThrough: [...nodeTypes] })(structuredClone(tree), file) as Root;
  return { expected: withoutPositions(expected), actual: withoutPositions(actual) };
}

const pages = ["actors", "phases"].flatMap((dir) =>
  readdirSync(path.join(root, "content", dir))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => path.join("content", dir, f)),
);

describe("rehype-raw, run only where needed", () => {
  it("is what Astro's MDX processor loads as rehype-raw", () => {
    const astros = path.join(root, "node_modules", "@astrojs", "markdown-remark", "node_modules", "rehype-raw");
    expect(existsSync(astros)).toBe(false);
    expect(realpathSync(path.join(root, "node_modules", "rehype-raw"))).toBe(
      path.join(root, "src", "vendor", "rehype-raw-when-needed"),
    );
  });

  it.each(pages)("gives %s the tree that parsing it again gives", async (page) => {
    const body = readFileSync(path.join(root, page), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    const { expected, actual } = both(await hastOf(body));
    expect(actual).toEqual(expected);
  });

  it("writes GFM's footnote markers as attributes with no value, as the parse does", async () => {
    const { actual } = both(await hastOf("A claim.[^1]\n\n[^1]: Its source.\n"));
    const json = JSON.stringify(actual);
    expect(json).toContain('"dataFootnoteRef":""');
    expect(json).toContain('"dataFootnotes":""');
    expect(json).not.toContain(":true");
  });

  it("still parses a tree that holds raw HTML", () => {
    const tree: Root = { type: "root", children: [{ type: "raw", value: "<p>Raw <em>HTML</em></p>" }] };
    const { expected, actual } = both(tree);
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toContain('"tagName":"em"');
  });
});
