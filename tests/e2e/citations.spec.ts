import { expect, test } from "@playwright/test";
import { test as sharedTest } from "./shared-page.ts";

sharedTest(
  "a footnote link jumps to its note, and the note's back-link returns to the text",
  async ({ shared: page }) => {
    await page.goto("/actors/wagner/");
    const ref = page.locator("sup a[data-footnote-ref]").first();
    const refId = await ref.getAttribute("id");
    await ref.click();
    const noteId = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const note = page.locator(`[id="${noteId}"]`);
    await expect(note).toBeInViewport();
    await expect(note).toContainText("About this source");
    await note.locator("a[data-footnote-backref]").first().click();
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(refId);
    await expect(page.locator(`[id="${refId}"]`)).toBeInViewport();
  },
);

sharedTest(
  "a source's first note gives its full citation, and later notes its short form, linking to its page",
  async ({ shared: page }) => {
    await page.goto("/actors/wagner/");
    const notes = await page.locator("section[data-footnotes] li").evaluateAll((items) =>
      items.map((li) => ({
        text: li.textContent?.trim() ?? "",
        source: li.querySelector("a.source-link")?.getAttribute("href"),
      })),
    );
    expect(notes.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (const { text, source } of notes) {
      expect(source, text).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
      if (!seen.has(source ?? "")) {
        // Author or "Unsigned", the title in quotation marks, the outlet, the date.
        expect(text).toMatch(/^(John Lechner|Unsigned|.+?), “.+”, .+, .*\d{4}/);
      } else {
        expect(text).toMatch(/^[A-Z][^“”]* \d{4}, (para\. \d+|paras [\d–, ]+)\./);
      }
      seen.add(source ?? "");
    }
    expect(seen.size, "the briefing cites several sources").toBeGreaterThan(2);
    expect(notes.length - seen.size, "and some of them more than once").toBeGreaterThan(5);
  },
);

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // An arrow alone on a last line read as a stray mark rather than the end of the note.
  test("a note's back links stay on the line of the words before them", async ({ page }) => {
    for (const path of ["/actors/wagner/", "/phases/wagner-arrives/", "/actors/jnim/"]) {
      await page.goto(path);
      await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const lines = await page.locator("section[data-footnotes] li").evaluateAll((items) =>
        items.map((li) => {
          // The last word before the first arrow: a link's ("About this source") or text's
          // (", para. 7." after a short citation).
          const first = li.querySelector("a[data-footnote-backref]")!;
          const range = document.createRange();
          range.selectNodeContents(first.previousSibling!);
          const before = range.getClientRects();
          // The arrow's text, not its box: the box is a 24 px target, taller than the line's text.
          const glyph = document.createRange();
          glyph.selectNodeContents(first.firstChild!);
          const arrow = glyph.getClientRects()[0]!;
          return Math.abs(before[before.length - 1]!.top - arrow.top) < 2;
        }),
      );
      expect(lines.length, path).toBeGreaterThan(5);
      expect(lines.filter((same) => !same).length, path).toBe(0);
    }
  });
});

sharedTest("a source's page lists the pages that cite it", async ({ shared: page }) => {
  await page.goto("/sources/lechner-mt-2024/");
  await expect(page.locator("h1")).toContainText("Why Wagner");
  const actors = page.locator('ul.cited-by[data-kind="actor"] a');
  expect(await actors.count()).toBeGreaterThan(3);
  await expect(page.locator('ul.cited-by[data-kind="actor"] a[href="/actors/wagner/"]')).toHaveCount(1);
  await expect(page.locator('ul.cited-by[data-kind="event"] a').first()).toHaveAttribute("href", /^\/events\//);
});

sharedTest("a source whose outlet is not known says so once, in words", async ({ shared: page }) => {
  // It read "Outlet: unknown (unknown)", its basis repeating its value.
  await page.goto("/sources/ap-rewrite-2025/");
  const outlet = page.locator("dl.pub dt", { hasText: "Outlet" }).locator("xpath=following-sibling::dd[1]");
  await expect(outlet).toHaveText("Not known: the copy does not name it");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Wagner Group Withdraws/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a briefing reads completely, notes and links included", async ({ page }) => {
    await page.goto("/phases/tinzaouatene/");
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("section[data-footnotes] li").first()).toBeVisible();
    await expect(page.locator("ul.claim-list li").first()).toBeVisible();
    await expect(page.locator("li.event .short-cites").first()).toBeVisible();
  });
});
