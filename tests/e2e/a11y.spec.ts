/**
 * Accessibility: axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules on every built page, in
 * the light theme, the dark theme and the print view, with zero violations; and the header, the
 * table of contents and the footnotes used with the keyboard alone.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { test as sharedTest } from "./shared-page.ts";
import { axeViolations } from "../gates/axe.ts";
import { distDir, htmlPages, pageUrl } from "../gates/dist-pages.ts";
import { expectOnScreen, focused, hashOf, tabUntil, type Focused } from "../gates/keyboard.ts";
import { views } from "../gates/views.ts";

test.describe("every page meets WCAG 2.2 A and AA (axe) in light, dark and print", () => {
  for (const file of htmlPages()) {
    const url = pageUrl(file);
    sharedTest(url, async ({ shared: page }) => {
      // Three axe runs: a minute, and a second more per 10 kB of page (the print page is 1.4 MB).
      sharedTest.setTimeout(60_000 + Math.ceil(statSync(path.join(distDir(), file)).size / 10_000) * 1_000);
      await page.goto(url);
      for (const view of views) {
        expect.soft(await axeViolations(page, view), `${view.name} view of ${url}`).toEqual([]);
      }
    });
  }
});

test("the check itself finds violations: an image without text and grey on white", async ({ page }) => {
  await page.goto("/events/2024-07-fedyanin-killed/");
  await page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    main.insertAdjacentHTML(
      "afterbegin",
      '<img src="/favicon.svg" width="10" height="10"><p style="color:#ccc;background:#fff">Faint text</p>',
    );
  });
  for (const view of views) {
    const found = (await axeViolations(page, view)).join("\n");
    expect(found, view.name).toMatch(/^image-alt /m);
    expect(found, view.name).toMatch(/^color-contrast /m);
  }
});

/** True when the focused element comes after the element with id `before` in the document. */
async function focusFollows(page: Page, before: string): Promise<boolean> {
  return page.evaluate((id) => {
    const first = document.getElementById(id);
    const now = document.activeElement;
    return !!first && !!now && !!(first.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, before);
}

test.describe("keyboard only", () => {
  test("the skip link comes first, shows itself and moves the focus to the content", async ({ page }) => {
    await page.goto("/actors/wagner/");
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ href: "#main", visible: true });
    await expect(page.locator("a.skip-link")).toBeInViewport();
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main");
    await page.keyboard.press("Tab");
    expect((await focused(page)).within).toBe("main");
  });

  test("the header's links are reached in order, each with a visible focus, and Enter follows them", async ({
    page,
  }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const inHeader: Focused[] = [];
    const actors = await tabUntil(
      page,
      (f) => {
        if (f.within.startsWith("header")) inHeader.push(f);
        return f.href === "/actors/";
      },
      10,
    );
    expect(inHeader[0]?.href, "the book's title comes first").toBe("/");
    expect(actors.within).toMatch(/^header/);
    for (const f of inHeader) expect(f.visible, `focus shows on ${f.text}`).toBe(true);
    await tabUntil(page, (f) => f.href === "/sources/", 10);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sources\/$/);
  });

  test("the table of contents takes the reader to a section, and reading goes on from there", async ({ page }) => {
    await page.goto("/actors/wagner/");
    // The contents follow the article in the page, so the reader reaches them from the end:
    // Shift+Tab from the top of the page goes round to the last link.
    const last = await tabUntil(page, (f) => f.within === "nav.toc", 10, "Shift+Tab");
    expect(last.visible).toBe(true);
    const link = await tabUntil(page, (f) => f.within === "nav.toc", 1, "Shift+Tab");
    const target = (link.href ?? "").slice(1);
    await page.keyboard.press("Enter");
    await expect.poll(() => hashOf(page)).toBe(target);
    await expectOnScreen(page, target);
    await page.keyboard.press("Tab");
    const next = await focused(page);
    // The last link but one leads to the notes, which are in the main text too.
    expect(["main", "section.footnotes"], "Tab goes on in the section the contents led to").toContain(next.within);
    expect(await focusFollows(page, target)).toBe(true);
  });

  test("a footnote is reached by Tab, Enter opens its note, and the note's back-link returns", async ({ page }) => {
    await page.goto("/actors/wagner/");
    const ref = await tabUntil(page, (f) => (f.href ?? "").startsWith("#user-content-fn-"), 100);
    expect(ref.visible).toBe(true);
    const noteId = decodeURIComponent((ref.href ?? "").slice(1));
    await page.keyboard.press("Enter");
    await expect.poll(() => hashOf(page)).toBe(noteId);
    await expectOnScreen(page, noteId);
    const back = await tabUntil(page, (f) => f.href === `#${ref.id}`, 6);
    expect(back).toMatchObject({ within: "section.footnotes", visible: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => hashOf(page)).toBe(ref.id);
    await expectOnScreen(page, ref.id);
    await page.keyboard.press("Tab");
    expect(await focusFollows(page, ref.id), "reading goes on after the footnote mark").toBe(true);
  });
});

test("back from a note deep in a briefing, its mark is marked, the lines before it in view", async ({ page }) => {
  // The back-link put the mark at the screen's top edge, its sentence cut off, nothing marked.
  await page.goto("/actors/wagner/");
  const ref = page.locator("sup a[data-footnote-ref]").nth(60);
  const [id, note] = await ref.evaluate((a) => [a.id, decodeURIComponent(a.getAttribute("href")?.slice(1) ?? "")]);
  await ref.click();
  await expectOnScreen(page, note ?? "");
  await page.locator(`section[data-footnotes] a[href="#${id}"]`).click();
  await expect.poll(() => hashOf(page)).toBe(id);
  const mark = page.locator(`[id="${id}"]`);
  await expect(mark).toBeInViewport();
  const top = await mark.evaluate((a) => a.getBoundingClientRect().top / window.innerHeight);
  expect(top).toBeGreaterThan(0.2);
  expect(await mark.evaluate((a) => getComputedStyle(a).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
});

/**
 * WCAG 2.2's target size (2.5.8): axe passes a small target that has room around it, and the
 * pages give it room; but a target that is itself 24 px tall needs no room, on any screen and in
 * any tool's view of the page (Lighthouse measures before a long page has laid out its end).
 */
test.describe("every disclosure's summary is a target at least 24 px tall", () => {
  for (const [pagePath, what] of [
    ["/actors/wagner/", "the BibLaTeX entry of 'Cite this briefing'"],
    ["/sources/fp-2024/", "a source's BibLaTeX entry"],
    ["/timeline/", "a figure's data table"],
  ] as const) {
    test(`${what} (${pagePath})`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(pagePath);
      const summaries = page.locator("main summary");
      const count = await summaries.count();
      expect(count, `${pagePath} has a summary`).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const summary = summaries.nth(i);
        await summary.scrollIntoViewIfNeeded();
        const box = await summary.boundingBox();
        expect(box, `summary ${i + 1} is on screen`).not.toBeNull();
        expect(box!.height, `"${await summary.innerText()}" is tall enough`).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

test("on a phone, each note's links back to the text are targets 24 px wide and tall", async ({ page }) => {
  // "↩ ↩² ↩³" side by side were 12 to 18 px wide and 16 px tall, their centres 19 px apart.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/actors/wagner/");
  const backs = page.locator("section[data-footnotes] a[data-footnote-backref]");
  expect(await backs.count()).toBeGreaterThan(50);
  const sizes = await backs.evaluateAll((all) =>
    all.map((a) => {
      const r = a.getBoundingClientRect();
      return { width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    }),
  );
  for (const size of sizes) {
    expect(size.width).toBeGreaterThanOrEqual(24);
    expect(size.height).toBeGreaterThanOrEqual(24);
  }
});

test("each note's links back to the text say which note and which citation they lead back to", async ({ page }) => {
  // remark's default read "Back to reference 3-2".
  await page.goto("/actors/wagner/");
  const labels = await page
    .locator("section[data-footnotes] li[id^='user-content-fn-']")
    .evaluateAll((notes) =>
      notes.map((li) => [...li.querySelectorAll("a[data-footnote-backref]")].map((a) => a.getAttribute("aria-label"))),
    );
  expect(labels.length).toBeGreaterThan(30);
  labels.forEach((backs, i) =>
    expect(backs).toEqual(
      backs.map((_, k) => `Back to note ${i + 1} in the text${k > 0 ? `, citation ${k + 1}` : ""}`),
    ),
  );
  expect(
    labels.some((backs) => backs.length > 1),
    "some note is cited in more than one place",
  ).toBe(true);
});
