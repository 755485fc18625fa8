import { describe, expect, it } from "vitest";
import { splitNotes } from "../../src/lib/briefing-html.ts";
import { briefingToc } from "../../src/lib/toc.ts";

const notes =
  '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Notes</h2><ol><li id="fn-1">A.</li></ol></section>';

describe("splitNotes (a briefing's text apart from its notes)", () => {
  it("cuts before the notes section", () => {
    const text = '<h2 id="a">A</h2><p>Text.<sup><a href="#fn-1">1</a></sup></p>\n';
    expect(splitNotes(text + notes)).toEqual({ text, notes });
  });
  it("gives no notes for a briefing without any", () => {
    expect(splitNotes("<p>Text.</p>")).toEqual({ text: "<p>Text.</p>", notes: "" });
  });
  it("finds the notes' tag only, never the same words in the text, which Astro escapes", () => {
    const text = "<p>&lt;section data-footnotes&gt; is how GFM writes them.</p>";
    expect(splitNotes(text + notes).text).toBe(text);
  });
  it("refuses HTML with two notes sections, or anything after the notes", () => {
    expect(() => splitNotes(notes + notes)).toThrow(/two notes sections/);
    expect(() => splitNotes(`${notes}<p>After.</p>`)).toThrow(/after its notes/);
  });
});

describe("briefingToc (a briefing's table of contents)", () => {
  const headings = [
    { depth: 2, slug: "what-changed", text: "What changed" },
    { depth: 3, slug: "in-the-north", text: "In the north" },
    { depth: 2, slug: "footnote-label", text: "Notes and sources" },
  ];
  it("lists the notes where the page puts them: after the added sections, before how to cite", () => {
    const toc = briefingToc(headings, [
      { slug: "events", text: "Events", present: true },
      { slug: "claims", text: "Disputes", present: false },
      "notes",
      { slug: "cite", text: "Cite this briefing", present: true },
    ]);
    expect(toc.map((h) => h.slug)).toEqual(["what-changed", "in-the-north", "events", "footnote-label", "cite"]);
  });
  it("lists no notes for a briefing without any", () => {
    const toc = briefingToc(headings.slice(0, 1), ["notes", { slug: "cite", text: "Cite", present: true }]);
    expect(toc.map((h) => h.slug)).toEqual(["what-changed", "cite"]);
  });
});
