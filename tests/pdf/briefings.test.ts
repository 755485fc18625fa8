import { describe, expect, test } from "vitest";
import { briefingFile, content, facts, paper, published, siteUrl } from "./helpers.ts";
import { flat, pdfFonts, pdfInfo, pdfText } from "./poppler.ts";

const book = content();
const briefings = [
  ...book.phases.map((p) => ({ collection: "phases", id: p.id, title: p.data.title })),
  ...book.actors.map((a) => ({ collection: "actors", id: a.id, title: a.data.name })),
].map((b) => ({ ...b, file: `${b.collection}/${b.id}.pdf` }));

describe("each briefing's own PDF", () => {
  test.each(briefings)("$file", async ({ collection, id, title }) => {
    const file = briefingFile(collection, id);
    const pdf = await facts(file);
    const text = flat(pdfText(file));

    expect(pdfInfo(file).get("Page size")?.toLowerCase()).toContain(`(${paper.toLowerCase()})`);
    expect(pdf.title).toContain(title);
    expect(pdf.author).toBeTruthy();
    expect(pdf.lang).toBe("en");
    expect(pdf.tagged).toBe(true);
    expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);

    // The page as it prints: title, as-of date in the running footer, page numbers, no chrome.
    expect(text).toContain(flat(title));
    expect(text).toContain(`${flat(title)} · As of`);
    expect(text).toMatch(new RegExp(`The Mali Briefing Book · ${pdf.pages} / ${pdf.pages}`));
    expect(text).not.toContain("Skip to content");
    expect(text).not.toContain("Download PDF");

    // It ends with how to cite it, with its own address once the book has one (without, the
    // citation ends with the date it is current to); the BibLaTeX entry stays on screen.
    const address = `${siteUrl}/${collection}/${id}/`;
    expect(text).toContain("Cite this briefing The Mali Briefing Book maintainers, “");
    // (pdftotext joins an address broken at a line's end, and drops a hyphen it was broken at.)
    const joined = (s: string) => s.replace(/[\s-]/g, "");
    const cited = published ? joined(`${address}.`) : /currentto\w+\d{4}\.Theedition/;
    if (published) expect(joined(text)).toContain(cited);
    else {
      expect(joined(text)).toMatch(cited);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    }
    expect(text).not.toContain("BibLaTeX");
    // …whole, on the last page, which nothing follows: the site's closing line had gone on alone
    // onto a last page (Mauritania, MINUSMA, the northern offensive).
    const last = flat(pdfText(file, { first: pdf.pages, last: pdf.pages }));
    expect(last).toContain("Cite this briefing The Mali Briefing Book maintainers");
    if (typeof cited === "string") expect(joined(last)).toContain(cited);
    else expect(joined(last)).toMatch(cited);
    expect(last).not.toContain("Every statement is footnoted");
    // Its citation does not go alone onto a page of its own: the printing sets the briefing a
    // little tighter (Wagner's tenth page, before), and as a last step its maps smaller (Attaf's
    // third page, whose second was 40 % map: a locator taller than wide).
    if (pdf.pages > 1)
      expect(last.trimStart().startsWith("Cite this briefing"), "citation alone on the last page").toBe(false);

    // Bookmarks from the page's headings, the first its title.
    expect(pdf.outline[0]?.title).toBe(flat(title));
    // Footnotes link to their notes inside the PDF; links to the site and sources go outside.
    const inside = pdf.links.filter((l) => l.uri === undefined);
    expect(inside.some((l) => l.dest?.startsWith("user-content-fn-"))).toBe(true);
    expect(inside.filter((l) => l.destPage === undefined).map((l) => l.dest)).toEqual([]);
    // A link to the site goes to its published address; before it has one, there is none: a
    // 127.0.0.1 link (422 in Wagner's PDF) led nowhere for the PDF's readers.
    const outside = pdf.links.flatMap((l) => (l.uri ? [l.uri] : []));
    const local = (u: string) => /^http:\/\/(127\.0\.0\.1|localhost)\b/.test(u);
    if (published) expect(outside.some((u) => u.startsWith(`${siteUrl}/`))).toBe(true);
    expect(outside.filter((u) => local(u) && !(published && u.startsWith(siteUrl)))).toEqual([]);

    // Its disputes are set out in full, positions and assessment, for a reader without the site:
    // the PDF listed their questions only.
    if (text.includes("Disputed and single-source claims")) expect(text).toContain("The book’s assessment");
  });

  test("a briefing with disputes prints them in full", () => {
    const text = flat(pdfText(briefingFile("actors", "attaf")));
    expect(text).toContain("Disputed and single-source claims");
    expect(text).toContain("The book’s assessment");
  });

  test("a phase's PDF prints its relations as a table too, as the book does", () => {
    // On paper the graph's crowded labels cannot be hovered or zoomed: the phase's PDF had only
    // the graph, the book the graph and its table.
    const text = flat(pdfText(briefingFile("phases", "tinzaouatene")));
    expect(text).toContain("The relations of this phase, as a table");
    expect(text).toMatch(/CSP adversary Wagner/);
  });
});
