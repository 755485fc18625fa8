import { beforeAll, describe, expect, test } from "vitest";
import type { PdfFacts } from "../../scripts/lib/pdf-read.ts";
import { claimsByFirstPhase } from "../../src/lib/book-data.ts";
import { bookFile, content, facts, paper, published, siteUrl } from "./helpers.ts";
import { flat, pdfAllWords, pdfFonts, pdfInfo, pdfPageWords, pdfPages, pdfRawPages, type PdfWord } from "./poppler.ts";

const book = content();
let pdf: PdfFacts;
let pages: string[];
let layoutPages: string[];

beforeAll(async () => {
  pdf = await facts(bookFile);
  pages = pdfPages(bookFile);
  layoutPages = pdfPages(bookFile, true);
});

/** Page of each outline entry, by title, in document order. */
const outlineEntries = () => pdf.outline.flatMap((part) => [part, ...part.children]);

describe("the whole book (briefing-book.pdf)", () => {
  test(`is ${paper}, with one page per page of text`, () => {
    const info = pdfInfo(bookFile);
    expect(info.get("Page size")?.toLowerCase()).toContain(`(${paper.toLowerCase()})`);
    expect(Number(info.get("Pages"))).toBe(pdf.pages);
    expect(pages).toHaveLength(pdf.pages);
    // Every briefing starts a page: the book is at least as long as it has briefings.
    expect(pdf.pages).toBeGreaterThan(book.actors.length + book.phases.length);
  });

  test("has a title, author, subject and language, and is tagged", () => {
    expect(pdf.title).toBe("The Mali Briefing Book");
    expect(pdf.author).toBeTruthy();
    expect(pdf.subject).toBeTruthy();
    expect(pdf.lang).toBe("en");
    expect(pdf.tagged).toBe(true);
    expect(pdfInfo(bookFile).get("Tagged")).toBe("yes");
  });

  test("embeds every font it uses", () => {
    const fonts = pdfFonts(bookFile);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded).map((f) => f.name)).toEqual([]);
  });

  test("opens with a cover: title, scope, sources current to, date printed, how to cite it", () => {
    const cover = flat(pages[0] ?? "");
    expect(cover).toContain("The Mali Briefing Book");
    expect(cover).toContain("Wagner, the Africa Corps and the wars in Mali");
    expect(cover).toMatch(/Sources current to \w+ \d{4}/);
    // What it counts, as the home page does: 21 claims are disputed or rest on one source; fewer are
    // disagreements between sources, which the cover had called them all.
    expect(cover).toMatch(/\d+ dated events, \d+ places, \d+ disputed or single-?source claims/);
    expect(cover).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    const printed = /Printed (\d{1,2} \w+ \d{4})/.exec(cover)?.[1] ?? "";
    expect(cover).toContain(
      `Cite as The Mali Briefing Book maintainers, The Mali Briefing Book: Wagner, the Africa Corps and the wars in Mali, 2012–2025, edition of ${printed}, current to`,
    );
    // The address the book is read at, once it is published; before, none: the cover said
    // "Online at http://127.0.0.1:4321/", which leads nowhere for its readers.
    if (published) expect(cover.replace(/\s/g, "")).toContain(`${siteUrl}/.`);
    else {
      expect(cover).not.toContain("Online at");
      expect(cover).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(cover).toMatch(/current to \w+ \d{4}\. /);
    }
    expect(cover, "the cover carries no running footer").not.toMatch(/\d+ \/ \d+/);
  });

  test("has an outline of exactly the book's parts and briefings, in order", () => {
    const expected = book.parts.map((part) => ({
      title: part.title,
      children: part.groups.flatMap((g) => g.briefings.map((b) => b.title)),
    }));
    expect(pdf.outline.map((part) => ({ title: part.title, children: part.children.map((c) => c.title) }))).toEqual(
      expected,
    );
    const phaseTitles = [...book.phases].sort((a, b) => a.data.order - b.data.order).map((p) => p.data.title);
    const inOutline = outlineEntries().map((e) => e.title);
    for (const title of phaseTitles)
      expect(
        inOutline.some((t) => t.endsWith(title)),
        title,
      ).toBe(true);
    for (const actor of book.actors) expect(inOutline, actor.id).toContain(actor.data.name);
  });

  test("every outline entry opens the page its section starts on, and the sections run in order", () => {
    const entries = outlineEntries();
    for (const entry of entries) {
      expect(entry.page, entry.title).toBeDefined();
      expect(flat(pages[(entry.page ?? 0) - 1] ?? ""), `page ${entry.page}`).toContain(flat(entry.title));
    }
    const order = entries.map((e) => e.page ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("the disputes run in the order of the story, each under the first phase it concerns", () => {
    const entries = outlineEntries();
    const start = entries.findIndex((e) => e.title === "Disputed claims");
    const [first, next] = [entries[start]?.page ?? 0, entries[start + 1]?.page ?? 0];
    expect(first).toBeGreaterThan(0);
    const text = flat(pages.slice(first - 1, next - 1).join(" "));
    let at = 0;
    const groups = claimsByFirstPhase(book.claims, book.phases);
    expect(groups.length).toBeGreaterThan(1);
    for (const { phase, claims } of groups) {
      const heading = phase ? `${phase.data.order}. ${phase.data.title}` : "Across the conflict";
      const found = text.indexOf(flat(heading), at);
      expect(found, heading).toBeGreaterThanOrEqual(at);
      at = found;
      for (const claim of claims) {
        const question = text.indexOf(flat(claim.data.question), at);
        expect(question, claim.id).toBeGreaterThan(at);
        at = question;
      }
    }
  });

  test("the contents gives each part and briefing the page it starts on", () => {
    const [contents, firstPart] = outlineEntries();
    const lines = layoutPages
      .slice((contents?.page ?? 1) - 1, (firstPart?.page ?? 1) - 1)
      .join("\n")
      .split("\n");
    expect(lines.length).toBeGreaterThan(book.actors.length);
    const checked = outlineEntries()
      .slice(1) // the contents itself is not listed in the contents
      .map((entry) => {
        const listed = listedPage(lines, entry.title) ?? 0;
        expect(listed, `"${entry.title}" in the contents`).toBeGreaterThan(0);
        expect(listed, entry.title).toBe(entry.page);
        expect(flat(pages[listed - 1] ?? ""), `page ${listed} starts "${entry.title}"`).toContain(flat(entry.title));
        return listed;
      });
    const listed = book.parts.slice(1).flatMap((p) => [p, ...p.groups.flatMap((g) => g.briefings)]);
    expect(checked.length).toBe(listed.length);
    expect(checked.length).toBeGreaterThan(book.actors.length + book.phases.length + book.parts.length - 1);
  });

  test("every contents entry links to its section", () => {
    const [contents, firstPart] = outlineEntries();
    const onContents = pdf.links.filter((l) => l.page >= (contents?.page ?? 0) && l.page < (firstPart?.page ?? 0));
    const linked = new Map(onContents.map((l) => [l.dest, l.destPage]));
    const anchors = book.parts
      .slice(1)
      .flatMap((p) => [p.anchor, ...p.groups.flatMap((g) => g.briefings.map((b) => b.anchor))]);
    for (const anchor of anchors) {
      expect(linked.has(anchor), anchor).toBe(true);
      expect(linked.get(anchor), anchor).toBe(pdf.destinations.get(anchor));
    }
  });

  test("every actor and phase title is in the text, which can be selected", () => {
    const text = flat(pages.join(" "));
    for (const phase of book.phases) expect(text, phase.id).toContain(flat(phase.data.title));
    for (const actor of book.actors) expect(text, actor.id).toContain(flat(actor.data.name));
  });

  test("each page after the cover has a running footer: section title, as-of date, book name, page number", () => {
    const total = pages.length;
    for (const [i, page] of pages.entries()) {
      if (i === 0) continue;
      expect(flat(page), `page ${i + 1}`).toContain(`The Mali Briefing Book · ${i + 1} / ${total}`);
    }
    const wagner = outlineEntries().find((e) => e.title === "Wagner Group");
    expect(flat(pages[(wagner?.page ?? 0) - 1] ?? "")).toMatch(/Wagner Group · As of \w+ \d{4}/);
  });

  test("no section ends on a page written only a few lines down, such as its last two notes", () => {
    // How far down the text block (print.css: @page margins 18 mm top, 20 mm bottom) each
    // section's last page is written. Before the printing set such sections tighter, seven
    // briefings' last few notes went alone onto pages written 1 to 10 % down, and the timeline's
    // last event onto one written 14 % down. The printing acts below 15 %; this checks 10 %.
    const mm = 72 / 25.4;
    const entries = outlineEntries();
    const short = entries.flatMap((entry, i) => {
      const next = entries[i + 1];
      if (!entry.page || !next?.page || next.page <= entry.page || entry.children.length) return [];
      const last = next.page - 1;
      const { height, words } = pdfPageWords(bookFile, last);
      const [top, bottom] = [18 * mm, height - 20 * mm];
      const lowest = Math.max(top, ...words.filter((w) => w.yMax <= bottom).map((w) => w.yMax));
      const written = (lowest - top) / (bottom - top);
      return written < 0.1 ? [`${entry.title}: page ${last} is written ${Math.round(written * 100)} % down`] : [];
    });
    expect(short).toEqual([]);
  });

  test("contents and cross-references link inside the PDF, each to an existing destination", () => {
    const inside = pdf.links.filter((l) => l.uri === undefined);
    expect(inside.length).toBeGreaterThan(book.actors.length + book.phases.length);
    expect(inside.filter((l) => l.destPage === undefined).map((l) => l.dest)).toEqual([]);
    for (const actor of book.actors) {
      expect(
        inside.some((l) => l.dest === `actor-${actor.id}`),
        `a link to ${actor.id}`,
      ).toBe(true);
    }
  });

  test("a cross-reference gives the page its link leads to: “Russia (p. 73)”, “United States (phase 9; p. 81)”", () => {
    const middle = (box: { yMin: number; yMax: number }) => (box.yMin + box.yMax) / 2;
    const wrong: string[] = [];
    let checked = 0;
    pdfAllWords(bookFile).forEach((words, i) => {
      const links = pdf.links.filter((l) => l.page === i + 1 && l.destPage !== undefined && l.box);
      const sameLine = (a: PdfWord, b: { yMin: number; yMax: number }) => Math.abs(middle(a) - middle(b)) < 4;
      /** The last link before `word`: on its line, or else at the end of the line above. */
      const linkBefore = (word: PdfWord) => {
        const last = (candidates: typeof links) => candidates.sort((a, b) => a.box!.xMax - b.box!.xMax).at(-1);
        const onLine = links.filter((l) => sameLine(word, l.box!) && l.box!.xMax <= word.xMin + 2);
        if (onLine.length) return last(onLine);
        const above = links.filter((l) => middle(l.box!) < middle(word) - 4);
        const lowest = Math.max(...above.map((l) => middle(l.box!)));
        return last(above.filter((l) => middle(l.box!) > lowest - 4));
      };
      words.forEach((word, j) => {
        const n = /^(\d+)\)/.exec(words[j + 1]?.text ?? "")?.[1];
        // Not the pages of a list ("In the timeline (p. 151):", the next test).
        if (!n || words[j - 1]?.text === "timeline") return;
        if (!(word.text === "(p." || (word.text === "p." && words[j - 1]?.text.endsWith(";")))) return;
        // "(phase 9; p. 81)": the link is the one before the parenthesis opened.
        let opening = word;
        for (let k = j; word.text === "p." && k >= 0 && sameLine(word, words[k]!); k--) {
          if (words[k]!.text.startsWith("(")) {
            opening = words[k]!;
            break;
          }
        }
        const link = linkBefore(opening);
        checked++;
        if (link?.destPage !== Number(n)) {
          wrong.push(
            `page ${i + 1}: "${words
              .slice(Math.max(0, j - 4), j + 2)
              .map((w) => w.text)
              .join(" ")}" after a link to ${link?.dest} on page ${link?.destPage}`,
          );
        }
      });
    });
    expect(wrong).toEqual([]);
    // The fact boxes, the lists of disputes, places, events and terms: hundreds of them.
    expect(checked).toBeGreaterThan(300);
  });

  test("a briefing's events in the timeline are given the pages they are on: “In the timeline (pp. 150–152)”", () => {
    const eventIds = new Set(book.events.map((e) => e.id));
    const ranges: string[] = [];
    const wrong: string[] = [];
    pdfAllWords(bookFile).forEach((words, i) => {
      words.forEach((word, j) => {
        if (word.text !== "timeline" || words[j - 2]?.text !== "In" || !words[j + 1]?.text.startsWith("(p")) return;
        const written = `${words[j + 1]?.text} ${words[j + 2]?.text}`;
        ranges.push(written);
        // The block's links to events: on its page, from its line down (it is never split).
        const pagesOf = pdf.links
          .filter((l) => l.page === i + 1 && l.box && l.box.yMin >= word.yMin - 2 && eventIds.has(l.dest ?? ""))
          .map((l) => l.destPage ?? 0);
        const [from, to] = [Math.min(...pagesOf), Math.max(...pagesOf)];
        const expected = from === to ? `(p. ${from}):` : `(pp. ${from}–${to}):`;
        if (written !== expected) wrong.push(`page ${i + 1}: ${written}, where its links lead to ${expected}`);
      });
    });
    expect(wrong).toEqual([]);
    const lists = pages.join("\n").match(/In the timeline/g) ?? [];
    expect(ranges.length).toBe(lists.length);
    expect(ranges.length).toBeGreaterThan(40);
  });

  test("footnote links land on the right briefing's notes", () => {
    const starts = outlineEntries()
      .filter((e) => e.page !== undefined)
      .map((e) => e.page ?? 0);
    const sectionOf = (page: number) => starts.filter((s) => s <= page).at(-1);
    const notes = pdf.links.filter((l) => l.dest?.includes(":user-content-fn-"));
    expect(notes.length).toBeGreaterThan(100);
    for (const link of notes) {
      const scope = link.dest?.split(":")[0] ?? "";
      const start = pdf.destinations.get(scope);
      expect(start, scope).toBeDefined();
      expect(sectionOf(link.page), `${link.dest} from page ${link.page}`).toBe(sectionOf(start ?? 0));
      expect(sectionOf(link.destPage ?? 0), `${link.dest} lands in its own briefing`).toBe(sectionOf(start ?? 0));
    }
  });

  test("a source's later notes in a briefing cite it in short, linking to its bibliography entry", () => {
    const text = flat(pages.join(" "));
    expect(text).toMatch(/\d+\. Foreign Policy, 2024, paras?\. \d/);
    const bibliography = pdf.destinations.get("part-bibliography");
    expect(bibliography).toBeDefined();
    const short = pdf.links.filter((l) => l.dest?.startsWith("source-") && l.page < (bibliography ?? 0));
    expect(short.length).toBeGreaterThan(100);
    for (const link of short) expect(link.destPage ?? 0, link.dest).toBeGreaterThanOrEqual(bibliography ?? 0);
  });

  test("outside links are clickable and go to the sources or the published site", () => {
    const outside = pdf.links.filter((l) => l.uri !== undefined).map((l) => l.uri ?? "");
    const sourceUrls = new Set(book.sources.map((s) => s.data.url).filter((u) => u !== undefined));
    expect(outside.some((u) => sourceUrls.has(u))).toBe(true);
    expect(outside.filter((u) => !sourceUrls.has(u) && !u.startsWith(siteUrl))).toEqual([]);
  });

  test("writes out the full address of each source at the end of its notes and in the bibliography", () => {
    // In the order the PDF holds its text, the order a reader copies it in: pdftotext's own
    // reading order runs across the notes' two columns, line by line.
    const text = flat(pdfRawPages(bookFile).join(" ")).replace(/ /g, "");
    for (const url of book.sources.map((s) => s.data.url).filter((u) => u !== undefined)) {
      // A line may break after any of its hyphens, which the text then loses with the break.
      const address = escapeRegExp(url).replace(/-/g, "-?");
      // "…, late November 2023, para. 12, https://….": after the paragraph, ending the note.
      expect(text, url).toMatch(new RegExp(`paras?\\.[0-9–,]+,${address}\\.`));
      // "…, late November 2023. https://…" in the bibliography.
      expect(text, url).toMatch(new RegExp(`20[0-9]{2}\\.${address}\\(`));
    }
    // Never inside the title's quotation marks, as when it followed the linked title.
    expect(text).not.toMatch(/https?:\/\/[^”“]*”/);
    // Nor followed by the site's "About this source", which leads nowhere on paper: it was printed
    // 77 times, after the first note of each source in each briefing.
    expect(text).not.toContain("Aboutthissource");
  });
});

/** A line of text laid out (pdftotext -layout): its runs of words, each where it starts. */
function cells(line: string): { at: number; text: string }[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));
}

/**
 * The page number the contents gives a title: the number after it on its line, in either of
 * the contents' columns (the actors are in two). A title that wraps goes on at the same place on
 * the next line, and its number follows the end.
 */
function listedPage(lines: string[], title: string): number | undefined {
  const numberAfter = (row: { at: number; text: string }[], i: number) => {
    const next = row[i + 1];
    return next && /^\d+$/.test(next.text) ? Number(next.text) : undefined;
  };
  for (const [n, line] of lines.entries()) {
    const row = cells(line);
    for (const [i, cell] of row.entries()) {
      if (cell.text === title) {
        const page = numberAfter(row, i);
        if (page !== undefined) return page;
      } else if (title.startsWith(`${cell.text} `)) {
        const below = cells(lines[n + 1] ?? "");
        const j = below.findIndex((c) => Math.abs(c.at - cell.at) <= 3 && `${cell.text} ${c.text}` === title);
        const page = j >= 0 ? numberAfter(below, j) : undefined;
        if (page !== undefined) return page;
      }
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
