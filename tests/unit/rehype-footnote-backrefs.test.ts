import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { el, text } from "./hast.ts";
import rehypeFootnoteBackrefs from "../../src/plugins/rehype-footnote-backrefs.ts";

describe("rehypeFootnoteBackrefs", () => {
  it("ties each back link to the words before it, and nothing else", () => {
    const backref = (n: number) => el("a", { href: `#r${n}`, dataFootnoteBackref: "" }, [text("↩")]);
    const p = el("p", {}, [
      text("Lechner, 2024. "),
      el("a", { href: "/sources/x/" }, [text("About this source")]),
      text(" "),
      backref(1),
      text(" "),
      backref(2),
    ]);
    const prose = el("p", {}, [text("A word "), el("a", { href: "#fn" }, [text("1")])]);
    const tree: Root = {
      type: "root",
      children: [prose, el("section", { dataFootnotes: true }, [el("ol", {}, [el("li", {}, [p])])])],
    };
    rehypeFootnoteBackrefs()(tree);
    expect(p.children.filter((c) => c.type === "text").map((c) => c.value)).toEqual([
      "Lechner, 2024. ",
      "\u00a0",
      "\u00a0",
    ]);
    expect(prose.children[0]).toEqual(text("A word "));
  });
});
