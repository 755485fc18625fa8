import { Cite } from "@citation-js/core";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSite } from "../../src/lib/site.ts";
import { parse } from "yaml";
import {
  bookToCsl,
  personName,
  sourceToCsl,
  toBiblatex,
  toCslJson,
  type BookReference,
  type CslItem,
} from "../../src/lib/cite.ts";
import { sourceSchema, type SourceData } from "../../src/schemas/source.ts";

const sourcesDir = path.resolve(import.meta.dirname, "../../content/sources");
const sources: [string, SourceData][] = readdirSync(sourcesDir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => [f.replace(/\.yaml$/, ""), sourceSchema.parse(parse(readFileSync(path.join(sourcesDir, f), "utf8")))]);
const source = (id: string): SourceData => {
  const found = sources.find(([key]) => key === id);
  if (!found) throw new Error(`no source ${id}`);
  return found[1];
};

/** The fields the book writes, as far as an item has them. */
const fields = ["id", "title", "author", "issued", "URL", "note", "container-title"];
function pick(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([k, v]) => fields.includes(k) && v !== undefined));
}

/** What a reference manager reads back from BibLaTeX, in the fields the book writes. */
const readBack = (bib: string) => new Cite(bib).data.map(pick);

describe("the sources as references (CSL JSON)", () => {
  it("give only what the source records hold: no author for an unsigned piece, no journal for an unknown outlet", () => {
    const ap = sourceToCsl("ap-rewrite-2025", source("ap-rewrite-2025"));
    expect(ap.author).toBeUndefined();
    expect(ap["container-title"]).toBeUndefined();
    expect(ap.URL).toBeUndefined();
    expect(ap.note).toContain("Outlet unknown.");
    expect(ap.type).toBe("article-newspaper");

    const lechner = sourceToCsl("lechner-mt-2024", source("lechner-mt-2024"));
    expect(lechner.author).toEqual([{ given: "John", family: "Lechner" }]);
    expect(lechner["container-title"]).toBe("The Moscow Times");
    expect(lechner.issued).toEqual({ "date-parts": [[2024, 8, 12]] });
  });

  it("keep each date as precise as it is known, and say what a reference manager cannot hold", () => {
    const rs = sourceToCsl("rs-2023", source("rs-2023"));
    expect(rs.issued).toEqual({ "date-parts": [[2023, 11]] });
    expect(rs.note).toBe("Date: late November 2023.");
    expect(rs.URL).toBe(source("rs-2023").url);
    const mena = sourceToCsl("mena-2025", source("mena-2025"));
    expect(mena.note).toBe("Title inferred, not printed in the document.");
    expect(sourceToCsl("fp-2024", source("fp-2024")).note).toMatch(/^Title not printed in the document/);
  });

  it("are keyed by the book's citation keys, one per source, as JSON a reader can load", () => {
    const items = sources.map(([id, s]) => sourceToCsl(id, s));
    const json = JSON.parse(toCslJson(items)) as CslItem[];
    expect(json.map((i) => i.id)).toEqual(sources.map(([id]) => id));
  });

  it("split a person's name at the last space; one word stays whole", () => {
    expect(personName("John Lechner")).toEqual({ given: "John", family: "Lechner" });
    expect(personName("Mary Ann de Vries")).toEqual({ given: "Mary Ann de", family: "Vries" });
    expect(personName("Reuters")).toEqual({ literal: "Reuters" });
  });
});

describe("the sources as BibLaTeX", () => {
  const items = sources.map(([id, s]) => sourceToCsl(id, s));
  const bib = toBiblatex(items);

  it("has one entry per source under its citation key, a blank line apart", () => {
    expect(bib.match(/^@article\{[^,]+,/gm)?.map((l) => l.slice(9, -1))).toEqual(sources.map(([id]) => id));
    expect(bib).toMatch(/\}\n\n@article/);
    expect(bib.endsWith("}\n")).toBe(true);
  });

  it("reads back, in citation-js, as the same references", () => {
    const back = readBack(bib);
    expect(back).toEqual(items.map(pick));
  });

  it("escapes what TeX would misread", () => {
    const awkward: CslItem = {
      id: "odd-1",
      type: "article-magazine",
      title: "50% of {Goïta}’s $ & #1 budget_lines",
      issued: { "date-parts": [[2024]] },
    };
    const out = toBiblatex([awkward]);
    expect(out).toContain("50\\%");
    expect(out).toContain("\\&");
    expect(readBack(out)[0]?.title).toBe(awkward.title);
  });
});

describe("a page of the book as a reference", () => {
  const page: BookReference = {
    key: "mbb-actor-wagner",
    author: "The Mali Briefing Book maintainers",
    bookTitle: "The Mali Briefing Book: Wagner, the Africa Corps and the wars in Mali, 2012–2025",
    pageTitle: "Wagner Group",
    url: "https://example.org/actors/wagner/",
    edition: "2026-12-05",
    asOf: "2025-06",
  };

  it("is a chapter of the book, dated by its edition and saying what it is current to", () => {
    expect(bookToCsl(page)).toEqual({
      id: "mbb-actor-wagner",
      type: "chapter",
      title: "Wagner Group",
      "container-title": page.bookTitle,
      author: [{ literal: page.author }],
      issued: { "date-parts": [[2026, 12, 5]] },
      URL: page.url,
      language: "en",
      note: "Current to June 2025.",
    });
    const bib = toBiblatex([bookToCsl(page)]);
    expect(bib).toMatch(/^@inbook\{mbb-actor-wagner,/);
    expect(bib).toContain("author = {{The Mali Briefing Book maintainers}}");
    expect(bib).toContain("date = {2026-12-05}");
  });

  it("without a page title is the book itself", () => {
    const book: BookReference = { ...page, key: "mali-briefing-book", url: "https://example.org/" };
    delete book.pageTitle;
    const item = bookToCsl(book);
    expect(item.type).toBe("book");
    expect(item.title).toBe(page.bookTitle);
    expect(item["container-title"]).toBeUndefined();
    expect(toBiblatex([item])).toMatch(/^@book\{mali-briefing-book,/);
  });

  it("printed before the book has a public address, gives none", () => {
    const unpublished: BookReference = { ...page };
    delete unpublished.url;
    expect(bookToCsl(unpublished)).not.toHaveProperty("URL");
    expect(toBiblatex([bookToCsl(unpublished)])).not.toMatch(/url\s*=/);
  });
});

describe("the published address", () => {
  it("is BOOK_SITE, or none while the book is built for this machine alone", () => {
    expect(publishedSite({ BOOK_SITE: "https://example.org" })).toBe("https://example.org");
    expect(publishedSite({ BOOK_SITE: " " })).toBeUndefined();
    expect(publishedSite({})).toBeUndefined();
  });
});
