import { expect, test } from "@playwright/test";
import { test as sharedTest } from "./shared-page.ts";
import { bookFigures } from "../../src/components/print/book-parts.ts";
import { ids } from "./content-ids.ts";

const pdfSkipped = process.env["BOOK_SKIP_PDF"] === "1";

test.describe("printing a page", () => {
  sharedTest.beforeEach(async ({ shared: page }) => {
    // Dark scheme on screen: print must still come out black on white.
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
  });

  sharedTest(
    "hides navigation, search and page tools, and prints black on white in a serif",
    async ({ shared: page }) => {
      await page.goto("/actors/wagner/");
      for (const chrome of [".site-header", ".breadcrumbs", ".toc", ".skip-link", "[role=search]", ".download-pdf"]) {
        for (const el of await page.locator(chrome).all()) await expect(el, chrome).toBeHidden();
      }
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator(".as-of")).toBeVisible();
      const style = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { color: body.color, background: body.backgroundColor, font: body.fontFamily, size: body.fontSize };
      });
      expect(style.color).toBe("rgb(0, 0, 0)");
      expect(style.background).toBe("rgb(255, 255, 255)");
      expect(style.font).toMatch(/serif$/);
      expect(style.size).toBe("14px"); // 10.5pt
    },
  );

  sharedTest(
    "writes out the full address of each source a note links to, after the paragraph it cites",
    async ({ shared: page }) => {
      await page.goto("/actors/wagner/");
      const notes = page.locator('section[data-footnotes] li:has(a[href^="http"])');
      expect(await notes.count()).toBeGreaterThan(0);
      for (const note of (await notes.all()).slice(0, 5)) {
        const printed = await note.evaluate((li) => {
          const address = li.querySelector(".source-url");
          const paragraph = address?.parentElement;
          if (!address || !paragraph) return null;
          const before = document.createRange();
          before.setStart(paragraph, 0);
          before.setEndBefore(address);
          return {
            href: li.querySelector('a[href^="http"]')?.getAttribute("href"),
            written: getComputedStyle(address, "::before").content,
            before: before.toString(),
          };
        });
        expect(printed?.written).toBe(`", ${printed?.href}"`);
        // After the title's closing quotation mark, the outlet, the date and the paragraph.
        expect(printed?.before).toMatch(/”, .+, paras?\. [\d–, ]+$/);
      }
      await expect(page.locator("a[data-footnote-backref]").first()).toBeHidden();
    },
  );

  sharedTest(
    "keeps headings with what follows, and a dispute's positions and its lines in a briefing in one piece",
    async ({ shared: page }) => {
      const breaks = async (path: string, claim: string) => {
        await page.goto(path);
        return page.evaluate(
          (claim) => ({
            h2: getComputedStyle(document.querySelector("main h2:not(.sr-only)") ?? document.body).breakAfter,
            claim: getComputedStyle(document.querySelector(claim) ?? document.body).breakInside,
          }),
          claim,
        );
      };
      expect(await breaks("/actors/wagner/", ".claim-list li")).toEqual({ h2: "avoid", claim: "avoid" });
      expect(await breaks("/claims/", ".claim .positions li")).toEqual({ h2: "avoid", claim: "avoid" });
      // A dispute itself may run on over a page, as a book's would: its question stays with its
      // first position, and the line of actors it concerns with the assessment.
      const dispute = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
        return {
          claim: style(".claim").breakInside,
          question: style(".claim .claim-q").breakAfter,
          concerns: style(".claim > .meta").breakBefore,
        };
      });
      expect(dispute).toEqual({ claim: "auto", question: "avoid", concerns: "avoid" });
    },
  );
});

test.describe("the whole book at /print/", () => {
  sharedTest("holds every part, phase and actor, and the contents links each", async ({ shared: page }) => {
    await page.goto("/print/");
    await expect(page.locator(".cover h1")).toHaveText("The Mali Briefing Book");
    const contents = page.locator(".book-contents a.toc-line");
    // The eight parts after the contents, every phase and actor, and the figures of "Maps and charts".
    expect(await contents.count()).toBe(ids("actors").length + ids("phases").length + 8 + bookFigures.length);
    for (const id of ids("actors")) await expect(page.locator(`article[id="actor-${id}"]`)).toHaveCount(1);
    for (const id of ids("phases")) await expect(page.locator(`article[id="phase-${id}"]`)).toHaveCount(1);
    await expect(page.locator(".book-contents a[href='#actor-wagner']")).toHaveCount(1);
    await expect(page.locator("li.event")).toHaveCount(ids("events").length);
    await expect(page.locator("section.claim")).toHaveCount(ids("claims").length);
    // Every place has its entry in the part "Places", where the book's links to it lead: they
    // left the book for the site before.
    for (const id of ids("places")) await expect(page.locator(`#part-places ~ dl dt[id="place-${id}"]`)).toHaveCount(1);
    // The timeline gives each event's place: a link within the book.
    await expect(page.locator("li.event[id='2023-11-kidal-captured'] a[href='#place-kidal']")).toHaveCount(1);
    await expect(page.locator("#place-kidal + dd")).toContainText("stronghold of the Tuareg separatists");
    await expect(page.locator("#place-kidal + dd a[href='#2023-11-kidal-captured']")).toHaveCount(1);
    expect(await page.locator(".book-body a[href*='/places/']").count()).toBe(0);
  });

  sharedTest("gives each briefing its own ids, so every link lands in the right place", async ({ shared: page }) => {
    await page.goto("/print/");
    const { duplicates, dangling, relative } = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      const links = [...document.querySelectorAll<HTMLAnchorElement>(".book-body a[href]")].map(
        (a) => a.getAttribute("href") ?? "",
      );
      return {
        duplicates: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
        dangling: links.filter((h) => h.startsWith("#") && !document.getElementById(decodeURIComponent(h.slice(1)))),
        relative: links.filter((h) => h.startsWith("/")),
      };
    });
    expect(duplicates).toEqual([]);
    expect(dangling).toEqual([]);
    expect(relative, "site links point into the book or at the published site").toEqual([]);
    const firstNote = page.locator("#actor-wagner sup a[data-footnote-ref]").first();
    await expect(firstNote).toHaveAttribute("href", /^#actor-wagner:user-content-fn-/);
  });

  sharedTest("prints without the screen bar, the cover on its own page", async ({ shared: page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/print/");
    await expect(page.locator(".book-bar")).toBeHidden();
    const pageName = await page
      .locator(".cover")
      .evaluate((el) => getComputedStyle(el.parentElement ?? el).getPropertyValue("page"));
    expect(pageName).toBe("book-cover");
  });

  sharedTest(
    "sets every briefing's title and headings in one face, an actor's as a phase's",
    async ({ shared: page }) => {
      await page.emulateMedia({ media: "print" });
      await page.goto("/print/");
      const faces = await page
        .locator(".book-briefing :is(.briefing-title, h4, h5, h6):not(.sr-only)")
        .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fontFamily))]);
      const pageTitle = await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).fontFamily);
      expect(faces).toEqual([pageTitle]);
    },
  );
});

test.describe("Download PDF links", () => {
  test.skip(pdfSkipped, "built with BOOK_SKIP_PDF=1");

  for (const [collection, id] of [
    ["actors", "wagner"],
    ["phases", "roots"],
  ] as const) {
    test(`${collection}/${id} links its PDF, which is served`, async ({ page }) => {
      await page.goto(`/${collection}/${id}/`);
      const link = page.getByRole("link", { name: "Download PDF" });
      await expect(link).toHaveAttribute("href", `/pdf/${collection}/${id}.pdf`);
      const response = await page.request.get(`/pdf/${collection}/${id}.pdf`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/pdf");
    });
  }

  test("the whole book's PDF is served", async ({ page }) => {
    const response = await page.request.get("/briefing-book.pdf");
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

test("without PDFs, no page links one", async ({ page }) => {
  test.skip(!pdfSkipped, "only when built with BOOK_SKIP_PDF=1");
  await page.goto("/actors/wagner/");
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
});
