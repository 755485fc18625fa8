import { describe, expect, it } from "vitest";
import { formatParagraphs, groupCitations } from "../../src/lib/citations.ts";

describe("a statement's citations, as its short citation prints them", () => {
  it("name each source once, in the order first cited, with its paragraphs together", () => {
    const grouped = groupCitations([
      { source: "fp-2024", locator: "19" },
      { source: "rs-2023", locator: "25" },
      { source: "fp-2024", locator: "18" },
    ]);
    expect(grouped).toEqual([
      { source: "fp-2024", locator: "18–19" },
      { source: "rs-2023", locator: "25" },
    ]);
    expect(grouped.map((g) => formatParagraphs(g.locator))).toEqual(["paras 18–19", "para. 25"]);
  });

  it("join ranges and single paragraphs, and drop repeats", () => {
    const [only] = groupCitations([
      { source: "mena-2025", locator: "35" },
      { source: "mena-2025", locator: "5" },
      { source: "mena-2025", locator: "36-37" },
      { source: "mena-2025", locator: "5" },
      { source: "mena-2025", locator: "7" },
    ]);
    expect(formatParagraphs(only?.locator ?? "")).toBe("paras 5, 7, 35–37");
  });

  it("keep a source cited as a whole, without paragraphs", () => {
    expect(groupCitations([{ source: "lechner-mt-2024" }])).toEqual([{ source: "lechner-mt-2024", locator: "" }]);
    expect(formatParagraphs("")).toBe("");
  });
});
