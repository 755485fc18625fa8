import { describe, expect, it } from "vitest";
import { checkIndexedText, checkTypography } from "../gates/typography.ts";

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>A “page”</title></head><body>${body}</body></html>`;

describe("typography gate", () => {
  it("passes curly quotes, spaced commas, numbers and footnote markers", () => {
    const html = page(
      `<p>Algeria’s “concern”, 1,000 men; a note,<sup><a href="#fn-1">1</a></sup> and <code>a,b 'c'</code>.</p>` +
        `<script>const a = 'b';</script><template><p>"x"</p></template>`,
    );
    expect(checkTypography(html)).toEqual([]);
  });

  it("finds straight quotes and a missing space after a comma, with the line", () => {
    const html = page(`\n<p>52 dated events,21 points</p>\n<p>Algeria's <em>"concern"</em></p>`);
    expect(checkTypography(html).map((p) => `${p.line}: ${p.problem}`)).toEqual([
      "2: no space after a comma or semicolon",
      "3: straight quote or apostrophe (write “ ” ‘ ’)",
      "3: straight quote or apostrophe (write “ ” ‘ ’)",
      "3: straight quote or apostrophe (write “ ” ‘ ’)",
    ]);
  });

  it("finds a bracketed citation with no space before it, and passes one with a space", () => {
    const cite = `<span class="short-cites">[<cite>Foreign Policy, 2024</cite>]</span>`;
    expect(checkTypography(page(`<p>The assessment.${cite}</p>`)).map((p) => p.problem)).toEqual([
      "no space before a bracketed citation",
    ]);
    expect(checkTypography(page(`<p>The assessment. ${cite}</p>`))).toEqual([]);
  });

  it("finds two words run together, and passes names written with a capital inside", () => {
    const kind = `<span class="claim-kind">Sources disagree</span>`;
    expect(checkTypography(page(`<h3>${kind}What happened?</h3>`)).map((p) => p.excerpt)).toEqual([
      "Sources disagreeWhat happened?",
    ]);
    expect(checkTypography(page(`<h3>${kind} What happened?</h3>`))).toEqual([]);
    expect(checkTypography(page(`<p>GreyZone, the Russian MoD, BibLaTeX and GeoJSON.</p>`))).toEqual([]);
  });

  it("finds words run together in the text the search index holds", () => {
    expect(checkIndexedText("MoD — Ministry of DefenseRussia’s Ministry of Defence.")).toEqual([
      "MoD — Ministry of DefenseRussia’s Ministry of Defence.",
    ]);
    expect(checkIndexedText("MoD — Ministry of Defense Russia’s Ministry. GreyZone.")).toEqual([]);
  });

  it("reads text across inline elements but not across blocks", () => {
    expect(checkTypography(page(`<p><a href="/a">Kidal</a>,<a href="/b">Gao</a></p>`))).toHaveLength(1);
    expect(checkTypography(page(`<ul><li>Kidal,</li><li>Gao</li></ul>`))).toEqual([]);
  });
});
