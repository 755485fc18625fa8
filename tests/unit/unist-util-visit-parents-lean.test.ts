import { createHash } from "node:crypto";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Node, Parent } from "unist";
import { visit } from "unist-util-visit";
import { CONTINUE, EXIT, SKIP, visitParents } from "unist-util-visit-parents";
import { describe, expect, it } from "vitest";

/**
 * package.json replaces unist-util-visit-parents, which the build's Markdown plugins walk every
 * tree with, by src/vendor/unist-util-visit-parents-lean: upstream's 6.1.0 without the name it
 * gives each node's visit function. These tests hold the copy to being upstream's file but for
 * that passage, to being the one the build loads, and to walking trees as upstream documents.
 */
const root = path.resolve(import.meta.dirname, "../..");
const vendor = path.join(root, "src", "vendor", "unist-util-visit-parents-lean");

/** The passage of upstream's lib/index.js that the copy leaves out, as upstream wrote it. */
const upstreamPassage = `    const value = /** @type {Record<string, unknown>} */ (
      node && typeof node === 'object' ? node : {}
    )

    if (typeof value.type === 'string') {
      const name =
        // \`hast\`
        typeof value.tagName === 'string'
          ? value.tagName
          : // \`xast\`
            typeof value.name === 'string'
            ? value.name
            : undefined

      Object.defineProperty(visit, 'name', {
        value:
          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'
      })
    }

`;
/** SHA-256 of lib/index.js in the npm package unist-util-visit-parents@6.1.0. */
const upstreamSha256 = "ab513737db9f8810d38f888f1f79a0db8de0336bcf771b4ea22d9ec315b26885";

type Tree = Node & { children?: Tree[]; value?: string };
const leaf = (type: string, value: string): Tree => ({ type, value });
const tree = (): Tree => ({
  type: "root",
  children: [
    { type: "paragraph", children: [leaf("text", "a"), { type: "emphasis", children: [leaf("text", "b")] }] },
    { type: "paragraph", children: [leaf("text", "c")] },
  ],
});
const label = (node: Tree) => node.value ?? node.type;

describe("unist-util-visit-parents, lean", () => {
  it("is upstream 6.1.0's lib/index.js but for the passage that names each visit function", () => {
    const ours = readFileSync(path.join(vendor, "lib", "index.js"), "utf8");
    const marker = /^ {4}\/\/ unist-util-visit-parents-lean:.*\n(?: {4}\/\/.*\n)*\n/m;
    expect(ours).toMatch(marker);
    expect(ours).not.toContain("Object.defineProperty(visit, 'name'");
    const restored = ours.replace(marker, upstreamPassage);
    expect(createHash("sha256").update(restored).digest("hex")).toBe(upstreamSha256);
  });

  it("is the copy that unist-util-visit, GFM and Astro's Markdown processor load", () => {
    const loaders = ["unist-util-visit", "mdast-util-find-and-replace", "@astrojs/markdown-remark"];
    for (const loader of loaders) {
      const from = createRequire(createRequire(path.join(root, "package.json")).resolve(loader));
      expect(realpathSync(from.resolve("unist-util-visit-parents")), loader).toBe(path.join(vendor, "index.js"));
    }
  });

  it("visits in preorder with each node's ancestors and index, and in reverse when asked", () => {
    const seen: string[] = [];
    visitParents(tree(), (node: Tree, parents: Parent[]) => {
      seen.push(`${label(node)}<${parents.map((p) => p.type).join(",")}`);
    });
    expect(seen).toEqual([
      "root<",
      "paragraph<root",
      "a<root,paragraph",
      "emphasis<root,paragraph",
      "b<root,paragraph,emphasis",
      "paragraph<root",
      "c<root,paragraph",
    ]);
    const backwards: string[] = [];
    visit(tree(), "text", (node: Tree, index) => void backwards.push(`${label(node)}@${index}`), true);
    expect(backwards).toEqual(["c@0", "b@0", "a@0"]);
  });

  it("skips children on SKIP, stops on EXIT, goes on at a returned index, and calls exit visitors", () => {
    const skipped: string[] = [];
    visit(tree(), (node: Tree) => {
      skipped.push(label(node));
      return node.type === "emphasis" ? SKIP : CONTINUE;
    });
    expect(skipped).toEqual(["root", "paragraph", "a", "emphasis", "paragraph", "c"]);

    const stopped: string[] = [];
    visit(tree(), "text", (node: Tree) => {
      stopped.push(label(node));
      return node.value === "b" ? EXIT : CONTINUE;
    });
    expect(stopped).toEqual(["a", "b"]);

    const changed = tree();
    visitParents(changed, "text", (node: Tree, parents: Tree[]) => {
      const parent = parents.at(-1);
      const index = parent?.children?.indexOf(node) ?? -1;
      if (node.value !== "a" || index < 0) return CONTINUE;
      parent?.children?.splice(index, 1);
      return index;
    });
    expect(JSON.stringify(changed)).not.toContain('"a"');
    expect(JSON.stringify(changed)).toContain('"b"');

    const order: string[] = [];
    visitParents(tree(), "paragraph", {
      enter: () => void order.push("enter"),
      exit: (node: Tree) => void order.push(`exit ${node.children?.length}`),
    });
    expect(order).toEqual(["enter", "exit 2", "enter", "exit 1"]);
  });
});
