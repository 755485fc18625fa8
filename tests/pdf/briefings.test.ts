import { describe, expect, test } from "vitest";
import { briefingFile, content, facts, paper, published, siteUrl } from "./helpers.ts";
import { eventsOfActor } from "../../src/lib/book-data.ts";
import { eventNumbers } from "../../src/lib/figures/timeline.ts";
import { flat, pdfFonts, pdfInfo, pdfPageWords, pdfRawPages, pdfText } from "./poppler.ts";

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

  /**
   * An actor's timeline draws its events as marks without titles: on paper, which cannot be
   * hovered, Wagner's 27 marks could not be told apart. Each mark carries a number, and so does
   * its event's entry in the list of events that follows.
   */
  test.each(book.actors.filter((a) => eventsOfActor(a.id, book.events).length > 0).map((a) => a.id))(
    "actors/%s.pdf numbers its timeline's marks as its list of events",
    (id) => {
      const file = briefingFile("actors", id);
      const mine = eventsOfActor(id, book.events);
      const numbers = eventNumbers(mine);
      const pages = pdfRawPages(file).map(flat);
      const page = pages.findIndex((p) => p.includes(": its events over time."));
      expect(page, "the timeline's page").toBeGreaterThanOrEqual(0);
      // The marks' numbers: the whole numbers between the axis's two rows of years.
      const { words } = pdfPageWords(file, page + 1);
      // The axis's first year, above the marks and below them, one over the other: not the list of
      // events, which may begin on the same page ("1 1960 · Mali becomes independent…").
      const first = words.filter((w) => w.text === "1960").sort((a, b) => a.yMin - b.yMin)[0];
      const years = words.filter((w) => w.text === "1960" && Math.abs(w.xMin - (first?.xMin ?? 0)) < 1);
      expect(years, "the axis's first year, above and below the marks").toHaveLength(2);
      const [top, bottom] = [...years].sort((a, b) => a.yMin - b.yMin);
      const drawn = words
        .filter((w) => /^\d+$/.test(w.text) && w.yMin >= (top?.yMax ?? 0) && w.yMax <= (bottom?.yMin ?? 0))
        // (Chromium writes some labels twice, a point or two apart: their halo and their letters.)
        .filter((w, i, all) => all.findIndex((o) => o.text === w.text && Math.abs(o.xMin - w.xMin) < 1) === i)
        .map((w) => Number(w.text))
        .sort((a, b) => a - b);
      expect(drawn, "the marks' numbers").toEqual(mine.map((_, i) => i + 1));
      // The list's entries: "12 20 May 2023 · Prigozhin declares victory in Bakhmut".
      const text = pages.slice(page).join(" ");
      for (const e of mine) {
        const title = flat(e.data.title).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(text, e.id).toMatch(new RegExp(`(^| )${numbers.get(e.id)} [^·]{3,40} · ${title}`));
      }
    },
  );
});
