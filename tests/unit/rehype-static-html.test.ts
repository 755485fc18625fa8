import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { el, text } from "./hast.ts";
import rehypeStaticHtml from "../../src/plugins/rehype-static-html.ts";

function run(...children: Root["children"]): Root {
  const tree: Root = { type: "root", children };
  rehypeStaticHtml()(tree);
  return tree;
}

describe("rehype-static-html", () => {
  it("writes a paragraph's children as Astro renders them", () => {
    const p = el("p", {}, [
      text(`A & B <c> "d" 'e'.`),
      el("sup", {}, [
        el("a", { href: "#fn-1", id: "fnref-1", dataFootnoteRef: "", ariaDescribedBy: ["footnote-label"] }, [
          text("1"),
        ]),
      ]),
      el("a", { href: "/x/", className: ["source-link", "b"], rel: ["noopener", "noreferrer"] }, [text("x")]),
    ]);
    run(p);
    expect(p.children).toEqual([]);
    expect(p.properties["set:html"]).toBe(
      "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;." +
        '<sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>' +
        '<a href="/x/" class="source-link b" rel="noopener noreferrer">x</a>',
    );
  });

  it("leaves headings to Astro and writes the lists beside them", () => {
    const h2 = el("h2", { id: "footnote-label" }, [text("Notes")]);
    const ol = el("ol", {}, [text("\n"), el("li", { id: "fn-1" }, [el("p", {}, [text("Note.")])]), text("\n")]);
    const section = el("section", { className: ["footnotes"] }, [h2, text("\n"), ol]);
    run(section);
    expect(h2.children).toEqual([text("Notes")]);
    expect(section.properties["set:html"]).toBeUndefined();
    expect(ol.properties["set:html"]).toBe('\n<li id="fn-1"><p>Note.</p></li>\n');
  });

  it("writes the notes' list as HTML, leaving the notes' section, with its data-footnotes, to MDX", () => {
    const ol = el("ol", {}, [el("li", { id: "fn-1" }, [el("p", {}, [text("Note.")])])]);
    const section = el("section", { dataFootnotes: true, className: ["footnotes"] }, [
      el("h2", { id: "footnote-label" }, [text("Notes")]),
      ol,
    ]);
    run(section);
    expect(section.properties["set:html"]).toBeUndefined();
    expect(ol.properties["set:html"]).toBe('<li id="fn-1"><p>Note.</p></li>');
  });

  it("leaves to MDX what it does not know to be plain", () => {
    for (const child of [
      el("br", {}),
      el("span", { style: "color: red" }, [text("x")]),
      el("input", { type: "checkbox", disabled: true }),
      el("span", { hidden: true }, [text("x")]),
    ]) {
      const p = el("p", {}, [text("a "), child]);
      run(p);
      expect(p.properties["set:html"]).toBeUndefined();
      expect(p.children).toHaveLength(2);
    }
    const blank = el("p", {}, [text("\n")]);
    run(blank);
    expect(blank.properties["set:html"]).toBeUndefined();
  });
});
