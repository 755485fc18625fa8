import { expect, test, type Page } from "@playwright/test";
import { test as sharedTest } from "./shared-page.ts";
import { ids } from "./content-ids.ts";

/** The page's published address, as its canonical link gives it. */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute("href");

/** "5 December 2026" → "2026-12-05". */
function isoDay(text: string): string {
  const date = new Date(`${text} UTC`);
  return date.toISOString().slice(0, 10);
}

test.describe("citing the book", () => {
  for (const [path, title, key] of [
    ["/actors/wagner/", "Wagner Group", "mbb-actor-wagner"],
    ["/phases/tinzaouatene/", null, "mbb-phase-tinzaouatene"],
  ] as const) {
    test(`${path} ends with how to cite it, listed in its contents, as a reference and as BibLaTeX`, async ({
      page,
    }) => {
      await page.goto(path);
      const h1 = (await page.locator("h1").textContent())?.trim() ?? "";
      if (title) expect(h1).toBe(title);
      await expect(page.locator(".toc a[href='#cite']")).toHaveText("Cite this briefing");

      const section = page.getByRole("region", { name: "Cite this briefing" });
      const reference = section.locator(".cite-text");
      const url = await canonical(page);
      expect(url).toMatch(new RegExp(`${path}$`));
      await expect(reference).toContainText(`The Mali Briefing Book maintainers, “${h1}”, in The Mali Briefing Book:`);
      await expect(reference).toContainText(`${url}.`);
      const asOf = (await page.locator(".as-of").textContent())?.replace("As of", "").trim() ?? "";
      await expect(reference).toContainText(`current to ${asOf}`);
      const edition = /edition of (\d{1,2} \w+ \d{4})/.exec((await reference.textContent()) ?? "")?.[1] ?? "";
      expect(edition, "the reference gives its edition").not.toBe("");

      // The BibLaTeX entry is folded away until asked for, and says the same.
      const bib = section.locator("details pre");
      await expect(bib).toBeHidden();
      await section.getByText("As BibLaTeX").click();
      await expect(bib).toBeVisible();
      const entry = (await bib.textContent()) ?? "";
      expect(entry).toMatch(new RegExp(`^@inbook\\{${key},`));
      expect(entry).toContain(`url = {${url}}`);
      expect(entry).toContain(`date = {${isoDay(edition)}}`);
      expect(entry).toContain("author = {{The Mali Briefing Book maintainers}}");
    });
  }

  sharedTest("on a phone, a BibLaTeX field that wraps goes on indented under its field", async ({ shared: page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/actors/wagner/");
    const section = page.getByRole("region", { name: "Cite this briefing" });
    await section.getByText("As BibLaTeX").click();
    const lines = await section.locator("details pre").evaluate((pre) => {
      // Each line on screen: where its first character sits, and whether a line break of the
      // entry starts it (a field) or the box's width does (a wrapped field).
      const text = pre.textContent ?? "";
      const node = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const found: { left: number; top: number; wrapped: boolean }[] = [];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === "\n" || text[i] === " ") continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (found.some((line) => Math.abs(line.top - rect.top) < 2)) continue;
        const lineStart = text.lastIndexOf("\n", i - 1) + 1;
        const startsAField = /^\s*$/.test(text.slice(lineStart, i));
        found.push({ left: rect.left, top: rect.top, wrapped: !startsAField });
      }
      return found;
    });
    const fields = lines.filter((l) => !l.wrapped);
    const wrapped = lines.filter((l) => l.wrapped);
    expect(wrapped.length, "some fields wrap at 360 px").toBeGreaterThan(0);
    const fieldLeft = Math.max(...fields.map((l) => l.left));
    for (const line of wrapped) expect(line.left).toBeGreaterThan(fieldLeft);
  });

  sharedTest("the home page says how to cite the whole book", async ({ shared: page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Cite this book" });
    await expect(section.locator(".cite-text")).toContainText(
      "The Mali Briefing Book maintainers, The Mali Briefing Book: Wagner, the Africa Corps and the wars in Mali, 2012–2025, edition of",
    );
    await section.getByText("As BibLaTeX").click();
    await expect(section.locator("pre")).toContainText("@book{mali-briefing-book,");
  });

  sharedTest("in print, the reference stays and the BibLaTeX entry goes", async ({ shared: page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/actors/wagner/");
    const section = page.locator(".cite-this");
    await expect(section.locator(".cite-text")).toBeVisible();
    await expect(section.locator("details")).toBeHidden();
  });
});

test.describe("the sources for a reference manager", () => {
  const sourceIds = ids("sources");

  sharedTest(
    "the sources page offers them as BibLaTeX and CSL JSON, keyed by the book's citation keys",
    async ({ shared: page, request }) => {
      await page.goto("/sources/");
      const bibLink = page.getByRole("link", { name: "BibLaTeX" });
      const cslLink = page.getByRole("link", { name: "CSL JSON" });
      const [download] = await Promise.all([page.waitForEvent("download"), bibLink.click()]);
      expect(download.suggestedFilename()).toBe("bibliography.bib");

      const bib = await request.get((await bibLink.getAttribute("href")) ?? "");
      expect(bib.status()).toBe(200);
      expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
      const keys = [...(await bib.text()).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]).sort();
      expect(keys).toEqual(sourceIds);

      const csl = await request.get((await cslLink.getAttribute("href")) ?? "");
      expect(csl.status()).toBe(200);
      const items = (await csl.json()) as { id: string; URL?: string; author?: unknown; title: string }[];
      expect(items.map((i) => i.id).sort()).toEqual(sourceIds);
      for (const item of items) expect(item.title, item.id).toBeTruthy();
    },
  );

  sharedTest("each source's page gives its BibLaTeX entry under its citation key", async ({ shared: page }) => {
    for (const id of sourceIds) {
      await page.goto(`/sources/${id}/`);
      const entry = page.locator(".bib-entry pre");
      await expect(entry).toBeHidden();
      await page.getByText("As BibLaTeX").click();
      await expect(entry).toContainText(new RegExp(`^@article\\{${id},`));
    }
  });

  test("each reference carries only what is known: an address only where the source page gives one", async ({
    page,
    request,
  }) => {
    const items = (await (await request.get("/sources/bibliography.json")).json()) as {
      id: string;
      URL?: string;
      author?: unknown;
    }[];
    for (const item of items) {
      await page.goto(`/sources/${item.id}/`);
      const original = page.locator("dt:text-is('Original address') + dd a");
      if (item.URL) await expect(original, item.id).toHaveAttribute("href", item.URL);
      else await expect(original, item.id).toHaveCount(0);
      const author = (await page.locator("dt:text-is('Author') + dd").textContent())?.trim();
      if (author?.startsWith("Not stated")) expect(item.author, item.id).toBeUndefined();
      else expect(item.author, item.id).toBeDefined();
    }
  });
});
