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

sharedTest("notes give the full citation: author or unsigned, title, outlet, date", async ({ shared: page }) => {
  await page.goto("/actors/wagner/");
  const notes = page.locator("section[data-footnotes] li");
  const texts = await notes.allTextContents();
  expect(texts.length).toBeGreaterThan(5);
  for (const text of texts) {
    expect(text).toMatch(/^(\s*)(John Lechner|Unsigned|.+?), “.+”, .+, .*\d{4}/);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // An arrow alone on a last line read as a stray mark rather than the end of the note.
  test("a note's back links stay on the line of the words before them", async ({ page }) => {
    for (const path of ["/actors/wagner/", "/phases/wagner-arrives/", "/actors/jnim/"]) {
      await page.goto(path);
      await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const lines = await page.locator("section[data-footnotes] li").evaluateAll((items) =>
        items.map((li) => {
          const before = li.querySelector("a.source-link")!.getClientRects();
          const arrow = li.querySelector("a[data-footnote-backref]")!.getBoundingClientRect();
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
