import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { searchOptions } from "../../src/scripts/search-config.ts";
import { nameCases, searchCases } from "./search-queries.ts";
import { test as sharedTest } from "./shared-page.ts";

// The first search on a page loads Pagefind (its script, index and WebAssembly): on a busy
// machine that takes seconds, so these tests wait longer than the default. Tests that only type
// a search and read its results share one page per worker (shared-page.ts), and type into the
// search page's field as a reader does, search after search: Pagefind loads once per worker, and
// 49 queries take about half a second each instead of two. Tests that use the dialog, filters
// or the keyboard get a page of their own.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

/** Address of a result link without the ?highlight=… that search adds. */
const pathOf = (href: string | null) => new URL(href ?? "", "http://x").pathname;

const dialog = (page: Page) => page.locator("pagefind-modal dialog");
/** The first result's link. Results fill in as their data arrives, out of order: the first
 * link on screen may belong to a later result, so it is looked up in the first list item. */
const firstResult = (scope: Page | Locator) =>
  scope.locator("pagefind-results .pf-results > li").first().locator(".pf-result-link");
const searchPage = (page: Page) => page.locator("[data-search-page]");

/** The part of Pagefind's search API (/pagefind/pagefind.js) the tests call in the page. */
interface PagefindApi {
  options(options: object): Promise<void>;
  /** Each filter's values, with their counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A null query with filters gives every page the filters let through. */
  search(
    query: string | null,
    options?: object,
  ): Promise<{ results: { score: number; data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}

async function searchOnPage(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(firstResult(searchPage(page))).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Types a query into the search page's field, as a reader searching again does, and waits for
 * its results: the summary names the new query once the list holds its results (still loading,
 * so the first link is then awaited). Opens the search page first if the page is elsewhere.
 */
async function typeOnSearchPage(page: Page, query: string): Promise<void> {
  if (new URL(page.url()).pathname !== "/search/") await page.goto("/search/");
  const summary = searchPage(page).locator("pagefind-summary");
  // The same query twice would not search again: the field is cleared first.
  if ((await summary.textContent())?.endsWith(` for ${query}`))
    await searchPage(page).locator("pagefind-input input").fill("");
  await searchPage(page).locator("pagefind-input input").fill(query);
  await expect(summary).toHaveText(new RegExp(`^\\d+ results? for ${escapeRegExp(query)}$`));
  await expect(firstResult(searchPage(page))).toBeVisible();
}

test.describe("the first result for what readers type", () => {
  test.describe.configure({ mode: "parallel" });
  for (const c of searchCases) {
    sharedTest(`${c.query} (${c.why})`, async ({ shared: page }) => {
      await typeOnSearchPage(page, c.query);
      const first = pathOf(await firstResult(searchPage(page)).getAttribute("href"));
      expect([c.first].flat()).toContain(first);
    });
  }
});

test("every name, alias, spelling and acronym in the content leads first to its page", async ({ page }) => {
  const cases = nameCases();
  expect(cases.length).toBeGreaterThan(200);
  await page.goto("/");
  const misses = await page.evaluate(
    async ({ cases, ranking }) => {
      const bundle = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as PagefindApi;
      await pagefind.options({ ranking });
      const out: string[] = [];
      for (const c of cases) {
        const search = await pagefind.search(c.query);
        const url: string = search.results[0] ? (await search.results[0].data()).url : "(none)";
        if (!c.first.includes(url)) out.push(`${c.query} → ${url}, expected ${c.first.join(" or ")}`);
      }
      return out;
    },
    { cases, ranking: searchOptions.ranking },
  );
  expect(misses).toEqual([]);
});

test("a briefing's section headed with a phase's title does not put it above the event the title names", async ({
  page,
}) => {
  // Weighed as headings (an h3 five times), the phase titles that head each actor's "Role phase by
  // phase" put the United States and the Russian MoD above the event of Kidal's fall for
  // "fall of Kidal".
  await page.goto("/");
  const urls = await page.evaluate(
    async ({ ranking }) => {
      const bundle = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as PagefindApi;
      await pagefind.options({ ranking });
      const search = await pagefind.search("fall of Kidal");
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    },
    { ranking: searchOptions.ranking },
  );
  const event = urls.indexOf("/events/2023-11-kidal-captured/");
  const firstActor = urls.findIndex((u) => u.startsWith("/actors/"));
  expect(event).toBeGreaterThanOrEqual(0);
  expect(event).toBeLessThan(firstActor < 0 ? urls.length : firstActor);
});

test("a title's curly apostrophe does not count its word twice", async ({ page }) => {
  // Pagefind 1.5 indexes "Prigozhin’s" as "prigozhin" and as "prigozhin’", which also starts with
  // "prigozhin". In the text both stand at one place and count once; in a field of metadata each
  // counts, and the field's weight is multiplied by the square of the share of the query matched.
  // Weighed as Pagefind read it from the heading, the title of the 2018 event "Prigozhin’s team
  // turns to diplomacy…" made it second for "Prigozhin" with a score of 55.8, against 11.5 for
  // "Prigozhin declares victory in Bakhmut". The fields search weighs read plain quotes.
  await page.goto("/");
  const { curly, events, pages } = await page.evaluate(
    async ({ ranking }) => {
      const bundle = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as PagefindApi;
      await pagefind.options({ ranking });
      const weights: Record<string, number> = ranking?.metaWeights ?? {};
      // Every page in the index (each has a type), and its fields that search weighs (Pagefind
      // weighs a field the ranking does not name as 1).
      const types = Object.keys((await pagefind.filters())["Type"] ?? {});
      const all = await pagefind.search(null, { filters: { Type: { any: types } } });
      const curly: string[] = [];
      for (const result of all.results) {
        const { url, meta } = await result.data();
        for (const [field, value] of Object.entries(meta))
          if ((weights[field] ?? 1) > 0 && /[‘’“”]/.test(value)) curly.push(`${url} ${field}: ${value}`);
      }
      const events: { url: string; title: string; score: number }[] = [];
      for (const result of (await pagefind.search("Prigozhin")).results) {
        const { url, meta } = await result.data();
        if (meta["type"] === "Event") events.push({ url, title: meta["title"] ?? "", score: result.score });
      }
      return { curly, events, pages: all.results.length };
    },
    { ranking: searchOptions.ranking },
  );
  expect(pages).toBeGreaterThan(100);
  expect(curly).toEqual([]);
  // An event whose title names him in the possessive scores as those whose titles name him plainly.
  const plain = events.filter((e) => /Prigozhin(?!’)/.test(e.title));
  const possessive = events.filter((e) => e.title.includes("Prigozhin’"));
  expect(plain.length).toBeGreaterThan(0);
  expect(possessive.length).toBeGreaterThan(0);
  const highest = Math.max(...plain.map((e) => e.score));
  for (const e of possessive) expect(e.score, e.url).toBeLessThan(1.25 * highest);
});

test("a place's page answers to its own names, not to every place's", async ({ page }) => {
  // Each place page carried the names of all 18 places, hidden: "Gao" found Moscow and
  // Johannesburg, and the one event that names Gao came eighth.
  await page.goto("/");
  const strays = await page.evaluate(async () => {
    const bundle = "/pagefind/pagefind.js";
    const pagefind = (await import(bundle)) as {
      search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    const out: string[] = [];
    for (const query of ["Gao", "Johannesburg", "Khasham", "Timbuktu", "Moscow"]) {
      const search = await pagefind.search(query);
      for (const result of search.results) {
        const { url, content } = await result.data();
        // Another place's page may come up only if what it says names the place.
        if (url.startsWith("/places/") && !content.toLowerCase().includes(query.toLowerCase()))
          out.push(`${query} → ${url}`);
      }
    }
    return out;
  });
  expect(strays).toEqual([]);
});

sharedTest("accents and case never matter", async ({ shared: page }) => {
  const firsts: string[] = [];
  for (const query of ["goita", "Goïta", "GOÏTA", "gOiTa"]) {
    await typeOnSearchPage(page, query);
    firsts.push(pathOf(await firstResult(searchPage(page)).getAttribute("href")));
    await expect(searchPage(page).locator("pagefind-summary")).toContainText(/\d+ results?/);
  }
  expect(new Set(firsts)).toEqual(new Set(["/actors/goita/"]));
});

test("a result says what the page is, its dates, and shows the terms in an excerpt", async ({ page }) => {
  await searchOnPage(page, "Kidal");
  await expect(searchPage(page).locator(".pf-result").first().locator(".hit-type")).toHaveText("Place · Town");
  const first = searchPage(page)
    .locator(".pf-result")
    .filter({ has: page.locator('.pf-result-link[href^="/phases/kidal-offensive/"]') });
  await expect(first.locator(".hit-type")).toHaveText("Phase 7");
  await expect(first.locator(".hit-dates")).toHaveText(/2023.*2024/);
  await expect(first.locator(".hit-excerpt mark").first()).toHaveText(/kidal/i);
  // The notes' numbers are not words of the text: no excerpt reads "…moves. 1 3 Writing…".
  const months = "January|February|March|April|May|June|July|August|September|October|November|December";
  const noteNumbers = new RegExp(`[.;]\\s+\\d{1,3}(\\s+\\d{1,3})*\\s+(?!(${months})\\b)\\p{Lu}`, "u");
  const excerpts = await searchPage(page).locator(".hit-excerpt").allTextContents();
  expect(excerpts.length).toBeGreaterThan(3);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(noteNumbers);
  // Sections of a long briefing come as sub-results linking to their heading.
  await expect(first.locator(".pf-heading-link").first()).toHaveAttribute("href", /#[\w-]+$/);
  await searchOnPage(page, "Prigozhin");
  await expect(searchPage(page).locator(".pf-result").first().locator(".hit-type")).toHaveText("Actor · Person");
});

test("a term or a dispute is a result of its own on its page, shown first, leading to its entry", async ({ page }) => {
  // The glossary holds many entries, an event page its disputes. Before, a search for one led to
  // the top of the page (or of the page's disputes).
  for (const [query, page_, entry, title] of [
    ["Khartoum Agreement", "/glossary/", "khartoum-agreement", /^Khartoum Agreement$/],
    ["Fulani", "/glossary/", "fulani", /^Fulani$/],
    [
      "shot down a Malian drone",
      "/events/2025-04-drone-downed/",
      "drone-incident-question",
      /^Single source: What happened when Algeria shot down/,
    ],
  ] as const) {
    await searchOnPage(page, query);
    const result = searchPage(page)
      .locator(".pf-result")
      .filter({ has: page.locator(`.pf-result-link[href^="${page_}?"]`) });
    const section = result.locator(".pf-heading-link").first();
    await expect(section).toHaveText(title);
    await expect(section).toHaveAttribute("href", new RegExp(`^${escapeRegExp(page_)}\\?.*#${entry}$`));
  }
  await searchPage(page).locator(".pf-heading-link").first().click();
  await expect(page.locator("#drone-incident-question")).toBeInViewport();
  await searchOnPage(page, "Fulani");
  await searchPage(page).locator(".pf-heading-link").first().click();
  await expect(page).toHaveURL(/\/glossary\/\?.*#fulani$/);
  await expect(page.locator("h2#fulani")).toBeInViewport();
});

test("an excerpt keeps a space between a label and the words after it", async ({ page }) => {
  // A dispute's kind and its question are two blocks on the page; the index read them as one
  // word ("Sources disagreeWhat happened at Tinzaouatene").
  await searchOnPage(page, "Tinzaouatene");
  await expect(searchPage(page).locator(".pf-result").first()).toBeVisible();
  const texts = (await searchPage(page).locator(".pf-result").allTextContents()).join(" ");
  expect(texts).toMatch(/Sources disagree/);
  expect(texts).not.toMatch(/(disagree|source)[A-Z]/);
});

test.describe("filters", () => {
  test("type, actor kind and phase narrow the results, with counts next to each value", async ({ page }) => {
    await searchOnPage(page, "Kidal");
    const summary = searchPage(page).locator("pagefind-summary");
    const total = Number((await summary.textContent())?.match(/\d+/)?.[0]);
    const pane = searchPage(page).locator("pagefind-filter-pane");
    await expect(pane.locator("legend")).toHaveText(["Type", "Actor kind", "Phase"]);

    const event = pane.locator("label", { hasText: /^Event/ });
    const eventCount = Number(await event.locator(".pf-filter-checkbox-count").textContent());
    expect(eventCount).toBeGreaterThan(0);
    expect(eventCount).toBeLessThan(total);
    await event.locator("input").check();
    await expect(summary).toHaveText(new RegExp(`^${eventCount} results?`));
    await expect(page).toHaveURL(/[?&]Type=Event/);
    await expect(searchPage(page).locator(".hit-type").first()).toHaveText("Event");
    for (const type of await searchPage(page).locator(".hit-type").allTextContents()) expect(type).toBe("Event");

    await event.locator("input").uncheck();
    const phase = pane.locator("label", { hasText: /^7\. / });
    const phaseCount = Number(await phase.locator(".pf-filter-checkbox-count").textContent());
    await phase.locator("input").check();
    await expect(summary).toHaveText(new RegExp(`^${phaseCount} results?`));
    expect(phaseCount).toBeLessThan(total);
  });

  test("actor kind keeps only actors of that kind, and a filtered search can be shared", async ({ page }) => {
    await page.goto(`/search/?q=wagner&${new URLSearchParams({ "actor kind": "Person" })}`);
    const hits = searchPage(page).locator(".hit-type");
    await expect(hits.first()).toHaveText("Actor · Person");
    for (const type of await hits.allTextContents()) expect(type).toBe("Actor · Person");
    await expect(
      searchPage(page)
        .locator("pagefind-filter-pane label", { hasText: /^Person/ })
        .locator("input"),
    ).toBeChecked();
  });
});

test.describe("the search page", () => {
  // Search fills in its parts as they load: the field, the count, the filters, then each result
  // in place of a placeholder. Nothing the reader is looking at may jump: the page's layout shift
  // (Chromium's measure, as Lighthouse and Web Vitals count it) stays under 0.1, "good". It was
  // 0.14 on the empty page at 1280 px and 0.39 with a query, before the page kept room for them.
  for (const width of [412, 1280]) {
    for (const address of ["/search/", "/search/?q=kidal"]) {
      test(`${address} at ${width} px does not jump as search loads`, async ({ page }) => {
        await page.setViewportSize({ width, height: 823 });
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number };
          w.shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[])
              if (!entry.hadRecentInput) w.shifts += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(address);
        await expect(searchPage(page).locator("pagefind-input input")).toBeVisible();
        if (address.includes("?q=")) await expect(firstResult(searchPage(page))).toBeVisible();
        // Results below the first arrive one by one after it.
        await page.waitForTimeout(1_500);
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.1);
      });
    }
  }

  test("on a wide screen, the results beside the filters have a full line's width", async ({ page }) => {
    // The page has no contents column: search takes its place. Before, the results had what the
    // filters left of the text's column, some 330 px at 1280, and a third of the screen was empty.
    await page.setViewportSize({ width: 1280, height: 900 });
    await searchOnPage(page, "kidal");
    const results = await searchPage(page).locator("pagefind-results").boundingBox();
    expect(results?.width).toBeGreaterThan(550);
    // …and the page still ends where the header's search field does, not at the screen's edge.
    const field = await page.locator("form[data-search-field]").boundingBox();
    expect((results?.x ?? 0) + (results?.width ?? 0)).toBeLessThanOrEqual((field?.x ?? 0) + (field?.width ?? 0));
  });

  test("keeps the query in its address and runs the search it is opened with", async ({ page }) => {
    await searchOnPage(page, "kidal");
    const input = searchPage(page).locator("pagefind-input input");
    await expect(input).toHaveValue("kidal");
    await input.fill("barkhane");
    await expect(page).toHaveURL(/\/search\/\?q=barkhane$/);
    await expect(firstResult(searchPage(page))).toHaveAttribute("href", /^\/actors\/barkhane\//);
    await page.reload();
    await expect(input).toHaveValue("barkhane");
    await expect(firstResult(searchPage(page))).toHaveAttribute("href", /^\/actors\/barkhane\//);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("says search needs it and links to the indexes; the header form leads there", async ({ page }) => {
      await page.goto("/actors/wagner/");
      await page.getByRole("searchbox", { name: "Search the book" }).fill("kidal");
      await page.getByRole("searchbox", { name: "Search the book" }).press("Enter");
      await expect(page).toHaveURL(/\/search\/\?q=kidal$/);
      // Playwright's text locators skip <noscript>; the notice is found by its element.
      await expect(page.locator("noscript .notice")).toBeVisible();
      await expect(page.locator("noscript .notice")).toContainText("needs JavaScript");
      const links = page.getByRole("navigation", { name: "Browse the indexes" }).getByRole("link");
      await expect(links).toHaveCount(6);
      for (const href of ["/actors/", "/phases/", "/timeline/", "/glossary/", "/places/", "/sources/"]) {
        await expect(page.locator(`.indexes a[href="${href}"]`)).toHaveCount(1);
      }
    });
  });
});

test.describe("search from any page", () => {
  test("keyboard only: / opens it, type, arrow to a result, Enter lands on the page with the terms marked", async ({
    page,
  }) => {
    await page.goto("/actors/wagner/");
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).locator("pagefind-input input")).toBeFocused();
    await page.keyboard.type("kidal");
    await expect(firstResult(dialog(page))).toHaveAttribute("href", /^\/places\/kidal\/\?highlight=kidal/);
    await page.keyboard.press("ArrowDown");
    await expect(firstResult(dialog(page))).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/places\/kidal\/\?highlight=kidal$/);
    await expect(page.locator("article mark.search-term").first()).toHaveText(/kidal/i);
    expect(await page.locator("article mark.search-term").count()).toBeGreaterThan(3);
  });

  test("Ctrl+K opens it too, Escape closes it, and the dialog links to the full results", async ({ page }) => {
    await page.goto("/glossary/");
    await page.keyboard.press("Control+k");
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type("Nusrat");
    await expect(firstResult(dialog(page))).toHaveAttribute("href", /^\/actors\/jnim\//);
    await expect(dialog(page).locator("a[data-search-all]")).toHaveAttribute("href", "/search/?q=Nusrat");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
  });

  test("the dialog leaves the page where it was, and Escape gives the focus back to where the reader was", async ({
    page,
  }) => {
    // `/` deep in a briefing scrolled the page to its top (the header's field took the focus), and
    // Escape left the focus there: Tab went on from the header, and a second `/` searched for "/".
    await page.goto("/actors/wagner/");
    await page.evaluate(() => window.scrollTo(0, 4000));
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
    const before = await scrollY();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).locator("pagefind-input input")).toBeFocused();
    expect(await scrollY()).toBe(before);
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    expect(await scrollY()).toBe(before);
    await expect(page.locator("#site-search")).not.toBeFocused();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).locator("pagefind-input input")).toHaveValue("");
    // Closed and opened again at once, before the dialog's close event has run, it opens.
    await page.keyboard.press("Escape");
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    // From a link reached with Tab, the focus returns to that link, and Tab goes on after it.
    const link = page.locator("article a[href='/actors/faca/']").first();
    await link.focus();
    await page.keyboard.press("Control+k");
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();
  });

  test("the `/` hint shows in the header's field with a mouse, not on a touch screen, which has no such key", async ({
    browser,
  }) => {
    for (const [touch, shown] of [
      [false, true],
      [true, false],
    ] as const) {
      const context = await browser.newContext({
        hasTouch: touch,
        isMobile: touch,
        viewport: { width: 412, height: 800 },
      });
      const page = await context.newPage();
      await page.goto("/actors/wagner/");
      const hint = page.locator(".search-field kbd");
      if (shown) await expect(hint).toBeVisible();
      else await expect(hint).toBeHidden();
      await context.close();
    }
  });

  test("typing in the header's field carries on in the dialog", async ({ page }) => {
    await page.goto("/events/2020-08-coup/");
    const field = page.getByRole("searchbox", { name: "Search the book" });
    await field.click();
    await page.keyboard.type("prigoz");
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).locator("pagefind-input input")).toHaveValue("prigoz");
    await expect(firstResult(dialog(page))).toHaveAttribute("href", /^\/actors\/prigozhin\//);
  });

  test("a page loads no search code until search is used, nor the highlighter unless asked", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto("/actors/fama/");
    await page.waitForLoadState("networkidle");
    expect(fetched.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    await page.goto("/actors/fama/?highlight=army");
    await expect(page.locator("article mark.search-term").first()).toBeVisible();
    expect(fetched).toContain("/pagefind/pagefind-highlight.js");
    expect(fetched).not.toContain("/pagefind/pagefind-component-ui.js");
  });
});

test.describe("the index holds the briefings, not the chrome", () => {
  for (const query of [
    "Skip to content",
    "Every statement is footnoted",
    "Previous phase",
    "Later on the timeline",
    "Page not found",
    "Cite this briefing",
    "Briefing Book maintainers",
  ]) {
    sharedTest(`nothing is found for "${query}"`, async ({ shared: page }) => {
      await page.goto("/");
      const count = await page.evaluate(async (q) => {
        const bundle = "/pagefind/pagefind.js";
        const pagefind = (await import(bundle)) as PagefindApi;
        return (await pagefind.search(`"${q}"`)).results.length;
      }, query);
      expect(count).toBe(0);
    });
  }
});
