import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { el, text } from "./hast.ts";
import { blockSizeOfHtml, blockSizeStyle, frameStyle } from "../../src/lib/render-estimate.ts";
import rehypeBlockSize from "../../src/plugins/rehype-block-size.ts";
import rehypeStaticHtml from "../../src/plugins/rehype-static-html.ts";

describe("blockSizeOfHtml", () => {
  it("counts the characters a reader sees and the paragraphs, items and headings", () => {
    const html = `<h2 id="x">Events</h2>
      <ol>
        <li><p>12 Jan: <a href="/a/">French <em>strikes</em></a> &amp; more</p></li>
        <li><p>Kidal&#8217;s fall</p></li>
      </ol>`;
    // "Events 12 Jan: French strikes & more Kidal’s fall": links and emphasis run on, blocks break.
    expect(blockSizeOfHtml(html)).toEqual({
      chars: "Events 12 Jan: French strikes & more Kidal’s fall".length,
      blocks: 5,
    });
  });

  it("counts nothing in nothing", () => {
    expect(blockSizeOfHtml("  \n ")).toEqual({ chars: 0, blocks: 0 });
  });

  it("writes the size as the custom properties global.css reads", () => {
    expect(blockSizeStyle({ chars: 120, blocks: 3 })).toBe("--cv-chars:120;--cv-blocks:3");
  });
});

describe("rehype-block-size", () => {
  const notes = () =>
    el("section", { dataFootnotes: true, className: ["footnotes"] }, [
      el("h2", { id: "footnote-label" }, [text("Notes and sources")]),
      text("\n"),
      el("ol", {}, [
        text("\n"),
        el("li", { id: "fn-1" }, [
          el("p", {}, [text("First "), el("a", { href: "/s/" }, [text("source")]), text(".")]),
        ]),
        text("\n"),
        el("li", { id: "fn-2" }, [el("p", {}, [text("Second.")])]),
        text("\n"),
      ]),
    ]);
  const expected = { chars: "Notes and sources First source. Second.".length, blocks: 5 };

  it("writes the size of a page's notes on them, as laid out by the static-HTML plugin", () => {
    const section = notes();
    const tree: Root = { type: "root", children: [el("p", {}, [text("Body.")]), section] };
    rehypeStaticHtml()(tree);
    expect(typeof (section.children[2] as Element).properties["set:html"]).toBe("string");
    rehypeBlockSize()(tree);
    expect(section.properties.style).toBe(blockSizeStyle(expected));
  });

  it("measures the same notes left as a tree", () => {
    const section = notes();
    rehypeBlockSize()({ type: "root", children: [section] });
    expect(section.properties.style).toBe(blockSizeStyle(expected));
  });

  it("leaves every other section alone", () => {
    const section = el("section", { className: ["x"] }, [el("p", {}, [text("Body.")])]);
    rehypeBlockSize()({ type: "root", children: [section] });
    expect(section.properties.style).toBeUndefined();
  });
});

describe("frameStyle", () => {
  it("keeps a drawing wide enough for its smallest text to be 9 px, never wider than a column", () => {
    // A graph 640 units wide with 12-unit labels: 480 px, 30rem.
    expect(frameStyle(640, 12)).toBe("--fig-min-width:30rem");
    // A timeline's 10-unit ticks would want 648 px: a full column (36.125rem), rounded down so
    // that it never comes out a fraction of a pixel wider than the column and scrolls there.
    expect(frameStyle(720, 10)).toBe("--fig-min-width:36.12rem");
    // Large text: the drawing may shrink below a phone's width.
    expect(frameStyle(640, 24)).toBe("--fig-min-width:15rem");
  });
});
