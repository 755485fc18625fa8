import type { ElementContent, Root } from "hast";
import { describe, expect, it } from "vitest";
import { el, text } from "./hast.ts";
import { footnoteBackLabel } from "../../src/plugins/index.ts";
import rehypeFootnoteMarks from "../../src/plugins/rehype-footnote-marks.ts";

describe("rehypeFootnoteMarks", () => {
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
    rehypeFootnoteMarks()(tree);
    expect(p.children.filter((c) => c.type === "text").map((c) => c.value)).toEqual([
      "Lechner, 2024. ",
      "\u00a0",
      "\u00a0",
    ]);
    expect(prose.children[0]).toEqual(text("A word "));
  });

  it("sets a group of note marks in order, with commas and no space, and leaves other marks alone", () => {
    const mark = (n: number) => el("sup", {}, [el("a", { href: `#fn-${n}`, dataFootnoteRef: "" }, [text(String(n))])]);
    const p = el("p", {}, [
      text("Wagner left in 2025."),
      mark(3),
      text(" "),
      mark(1),
      text("\n"),
      mark(2),
      text(" It said so."),
      mark(6),
      text(" "),
      el("sup", {}, [text("2")]),
      el("em", {}, [text("Then"), mark(5), text(" "), mark(4)]),
    ]);
    const tree: Root = { type: "root", children: [el("div", {}, [el("li", {}, [p])])] };
    rehypeFootnoteMarks()(tree);
    const shown = (node: ElementContent): string =>
      node.type === "text"
        ? node.value
        : node.type !== "element"
          ? ""
          : node.tagName === "sup"
            ? `^(${node.children.map(shown).join("")})`
            : node.children.map(shown).join("");
    expect(p.children.map(shown).join("")).toBe("Wagner left in 2025.^(1,)^(2,)^(3) It said so.^(6) ^(2)Then^(4,)^(5)");
  });
});

describe("the name of a note's link back to the text", () => {
  it("says which note, and which citation of it after the first, by the number the link shows", () => {
    expect(footnoteBackLabel(0, 1)).toBe("Back to note 1 in the text");
    expect(footnoteBackLabel(6, 2)).toBe("Back to note 7 in the text, citation 2");
    expect(footnoteBackLabel(6, 12)).toBe("Back to note 7 in the text, citation 12");
  });
});
