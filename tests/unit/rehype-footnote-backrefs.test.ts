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

  it("keeps a group of note marks on one line, and leaves other spaces as they are", () => {
    const mark = (n: number) => el("sup", {}, [el("a", { href: `#fn-${n}`, dataFootnoteRef: "" }, [text(String(n))])]);
    const p = el("p", {}, [
      text("Wagner left in 2025."),
      mark(3),
      text(" "),
      mark(4),
      text("\n"),
      mark(5),
      text(" It said so."),
      mark(6),
      text(" "),
      el("sup", {}, [text("2")]),
    ]);
    const tree: Root = { type: "root", children: [el("div", {}, [el("li", {}, [p])])] };
    rehypeFootnoteBackrefs()(tree);
    expect(p.children.filter((c) => c.type === "text").map((c) => c.value)).toEqual([
      "Wagner left in 2025.",
      "\u00a0",
      "\u00a0",
      " It said so.",
      " ",
    ]);
  });
});
