import { expect, test } from "@playwright/test";
import { test as sharedTest } from "./shared-page.ts";
import { ids } from "./content-ids.ts";

for (const collection of ["actors", "phases"]) {
  test.describe(`every ${collection.slice(0, -1)} page renders`, () => {
    for (const id of ids(collection)) {
      sharedTest(id, async ({ shared: page }) => {
        const response = await page.goto(`/${collection}/${id}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator("h1")).not.toBeEmpty();
        await expect(page.locator(".as-of")).toContainText("As of");
        await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toBeVisible();
        const notes = page.locator("section[data-footnotes] li");
        expect(await notes.count(), "a briefing cites at least one source").toBeGreaterThan(0);
        await expect(page.locator("section[data-footnotes] a.source-link").first()).toHaveAttribute(
          "href",
          /^\/sources\//,
        );
      });
    }
  });
}

sharedTest("the home page lists the phases in order and the actors by kind", async ({ shared: page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveText("The Mali Briefing Book");
  await expect(page.locator("article").getByText("Sources current to")).toBeVisible();
  const phaseLinks = page.locator("#phases + ol > li > a");
  expect(await phaseLinks.count()).toBe(ids("phases").length);
  await expect(phaseLinks.first()).toHaveAttribute("href", "/phases/roots/");
  await expect(page.getByRole("heading", { name: "Private military companies" })).toBeVisible();
  // Its opening leads to what it counts: the actors, the phases, the events, the places, the disputes.
  const lede = page.locator(".lede");
  await expect(lede.getByRole("link", { name: `${ids("events").length} dated events` })).toHaveAttribute(
    "href",
    "/timeline/",
  );
  await expect(
    lede.getByRole("link", { name: `${ids("claims").length} disputed or single-source claims` }),
  ).toHaveAttribute("href", "/claims/");
  await expect(lede.getByRole("link", { name: `${ids("places").length} places` })).toHaveAttribute("href", "/places/");
  expect(await lede.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
    "/actors/",
    "/phases/",
    "/timeline/",
    "/places/",
    "/claims/",
  ]);
});

for (const path of ["/phases/barkhane-years/", "/actors/wagner/"]) {
  sharedTest(
    `the notes close the briefing, after its figures, events and disputes, as its contents list them (${path})`,
    async ({ shared: page }) => {
      await page.goto(path);
      // The page's sections in reading order, and the contents' links in theirs.
      const sections = await page
        .locator("main :is(h2, h3)[id]")
        .evaluateAll((hs) => hs.map((h) => h.id).filter((id) => id !== "toc-title"));
      const listed = await page
        .locator("nav.toc a")
        .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute("href")?.slice(1) ?? "")));
      expect(listed.filter((id) => sections.includes(id))).toEqual(listed);
      expect(sections.filter((id) => listed.includes(id))).toEqual(listed);
      expect(sections.slice(-4)).toEqual(["events", "claims", "footnote-label", "cite"]);
      // Every figure and the events come before the notes.
      const before = await page.evaluate(() => {
        const notes = document.querySelector("section[data-footnotes]");
        return [...document.querySelectorAll("main figure, main li.event")].every(
          (el) => !!notes && !!(el.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING),
        );
      });
      expect(before).toBe(true);
    },
  );
}

sharedTest("phase pages link to the previous and next phase", async ({ shared: page }) => {
  await page.goto("/phases/kidal-offensive/");
  await expect(page.locator('a[rel="prev"]').first()).toHaveAttribute("href", "/phases/wagner-arrives/");
  await expect(page.locator('a[rel="next"]').first()).toHaveAttribute("href", "/phases/tinzaouatene/");
});

sharedTest("the timeline lists every event, each with a source", async ({ shared: page }) => {
  await page.goto("/timeline/");
  const events = page.locator("li.event");
  expect(await events.count()).toBe(ids("events").length);
  for (const id of ids("events").slice(0, 5)) {
    await expect(page.locator(`li.event[id="${id}"] .short-cites a`).first()).toHaveAttribute("href", /^\/sources\//);
  }
});

sharedTest(
  "the disputes page shows every claim with its positions and the book's assessment",
  async ({ shared: page }) => {
    await page.goto("/claims/");
    const claims = page.locator("section.claim");
    expect(await claims.count()).toBe(ids("claims").length);
    await expect(claims.first().locator(".assessment")).toContainText("The book’s assessment");
    // Every assessment cites its sources, each source named once with its paragraphs.
    const cites = page.locator("section.claim .assessment .short-cites");
    expect(await cites.count()).toBe(ids("claims").length);
    for (const cite of await cites.all()) {
      await expect(cite.locator("a").first()).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+\/$/);
      const names = await cite.locator("a").allTextContents();
      expect(new Set(names).size, names.join("; ")).toBe(names.length);
    }
  },
);

test("an actor's briefing indexes its events and disputes, one line each, leading to the full entries", async ({
  page,
}) => {
  await page.goto("/actors/wagner/");
  const events = page.locator("#events ~ ol li.event");
  const marks = page.locator("#actor-timeline svg a[href^='/events/']");
  expect(await events.count()).toBeGreaterThan(10);
  expect(await events.count()).toBe(await marks.count());
  await expect(page.locator("#actor-timeline figcaption a[href='#events']")).toBeVisible();
  const disputes = page.locator("ul.claim-list li");
  expect(await disputes.count()).toBeGreaterThan(5);
  const first = disputes.first().locator("a[href^='/claims/#']");
  const question = (await first.textContent()) ?? "";
  await expect(disputes.first()).toContainText(/\d positions?; .+, \d{4}/);
  await events.first().locator("a[href^='/events/']").click();
  await expect(page.locator(".lede .short-cites a").first()).toHaveAttribute("href", /^\/sources\//);
  await page.goBack();
  await first.click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const card = page.locator(`section.claim[id="${id}"]`);
  await expect(card).toBeInViewport();
  await expect(card.locator(".claim-q")).toContainText(question);
  await expect(card.locator(".assessment")).toContainText("The book’s assessment");
});

sharedTest("index pages exist for sources, glossary, places and people", async ({ shared: page }) => {
  for (const path of ["/sources/", "/glossary/", "/places/", "/who/", "/actors/", "/phases/"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});

test("the disputes page follows the story: each dispute under the first phase it concerns, the phases listed beside", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/claims/");
  const phases = await page.locator("main h2").allTextContents();
  const numbers = phases.map((h) => Number(/^(\d+)\. /.exec(h)?.[1]));
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  expect(await page.locator("main section.claim").count()).toBe(ids("claims").length);
  // Beside them, the phases, each with its disputes' questions, in the page's order: its index.
  expect(await page.locator("nav.toc li.depth-2 a").allTextContents()).toEqual(phases);
  const questions = await page
    .locator("nav.toc li.depth-3 a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(questions).toEqual(
    await page.locator("main section.claim").evaluateAll((cards) => cards.map((c) => `#${c.id}`)),
  );
  // How many died at Tinzaouatene comes under its phase, the Africa Corps's size under the last.
  const phaseOf = (id: string) =>
    page.locator(`section.claim[id="${id}"]`).evaluate((card) => {
      let el = card.previousElementSibling;
      while (el && el.tagName !== "H2") el = el.previousElementSibling;
      return el?.textContent ?? "";
    });
  expect(await phaseOf("tinzaouatene-casualties")).toMatch(/^8\. Tinzaouatene/);
  expect(await phaseOf("africa-corps-size")).toMatch(/^9\. /);
  // A briefing's disputes and an event's come in the same order.
  const order = await page.locator("main section.claim").evaluateAll((cards) => cards.map((c) => c.id));
  const inOrder = (found: string[]) =>
    expect(found).toEqual([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  await page.goto("/actors/wagner/");
  const listed = await page
    .locator("ul.claim-list a[href^='/claims/#']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")?.slice(9) ?? ""));
  expect(listed.length).toBeGreaterThan(5);
  inOrder(listed);
  await page.goto("/events/2024-07-tinzaouatene-ambush/");
  const cards = await page
    .locator("main section.claim .claim-q")
    .evaluateAll((hs) => hs.map((h) => h.id.replace(/-question$/, "")));
  expect(cards.length).toBeGreaterThan(1);
  inOrder(cards);
});

test("the glossary and the places list their entries beside them, each leading to its entry", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [path, entry, name] of [
    ["/glossary/", "khartoum-agreement", "Khartoum Agreement"],
    ["/places/", "nataka", "Nataka"],
  ] as const) {
    await page.goto(path);
    const entries = page.locator("main h2[id]");
    const links = page.locator("nav.toc li a");
    expect(await links.count(), path).toBe(await entries.count());
    await links.filter({ hasText: new RegExp(`^${name}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`${path}#${entry}$`));
    await expect(page.locator(`main h2#${entry}`)).toBeInViewport();
  }
});

test("/events/ lists every event one line each, under its phase; the timeline's titles lead to the pages too", async ({
  page,
}) => {
  // The address above an event's page was a 404, and the timeline's list linked to no event page.
  await page.goto("/events/");
  const links = page.locator('main li.event a[href^="/events/"]');
  expect(await links.count()).toBe(ids("events").length);
  await expect(page.locator("main h2").first()).toHaveText("1. Independence and the roots of revolt");
  // Each says what its claims make of it: six events whose only claims rest on one source or one
  // party were all "disputed", and the timeline's legend said the sources disagreed about them.
  const tag = (id: string) => page.locator(`main li.event:has(a[href="/events/${id}/"]) .meta a[href^="/claims/"]`);
  await expect(tag("2023-11-kidal-captured")).toHaveText("disputed");
  await expect(tag("2025-04-drone-downed")).toHaveText("single source");
  await expect(tag("2024-08-ukraine-claim")).toHaveText("one party’s claim");
  await page.goto("/timeline/");
  await expect(page.locator("main .legend, main figure").first()).toContainText(
    "dashed: disputed, or resting on one source",
  );
  await expect(page.locator("main li.event[id='2025-04-drone-downed']")).toContainText("Single source: ");
  const titles = await page
    .locator("main li.event[id]")
    .evaluateAll((lis) => lis.map((li) => [li.id, li.querySelector(".event-head > a")?.getAttribute("href")]));
  expect(titles.length).toBe(ids("events").length);
  for (const [id, href] of titles) expect(href).toBe(`/events/${id}/`);
  // An event's page names its place in the book: Home › Events › the event.
  await page.goto(titles[0]?.[1] ?? "");
  await expect(page.locator(".breadcrumbs a").last()).toHaveAttribute("href", "/events/");
});

test("an event's page leads to the events before and after it, in the timeline's order", async ({ page }) => {
  await page.goto("/timeline/");
  const order = await page.locator("main li.event[id]").evaluateAll((lis) => lis.map((li) => `/events/${li.id}/`));
  expect(order.length).toBe(ids("events").length);
  for (const i of [0, 30, order.length - 1]) {
    await page.goto(order[i] ?? "");
    const nav = page.getByRole("navigation", { name: "Events on the timeline" });
    const [prev, next] = [nav.locator('a[rel="prev"]'), nav.locator('a[rel="next"]')];
    if (i > 0) await expect(prev).toHaveAttribute("href", order[i - 1] ?? "");
    else await expect(prev).toHaveCount(0);
    if (i < order.length - 1) await expect(next).toHaveAttribute("href", order[i + 1] ?? "");
    else await expect(next).toHaveCount(0);
  }
  // Each names the event it leads to.
  await page.goto(order[30] ?? "");
  await page.getByRole("navigation", { name: "Events on the timeline" }).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${order[31]}$`));
});

test("a phase's number, as fact boxes give it, can be read off the phases' lists and off the number itself", async ({
  page,
}) => {
  // "(phases 6, 7, 8, 9)" in a fact box, and nowhere a list that said which phase was 6.
  await page.goto("/");
  await expect(page.locator("main #phases + ol > li > a").first()).toHaveText(
    "1. Independence and the roots of revolt",
  );
  await page.goto("/actors/wagner/");
  const six = page.locator('.fact-box .relations a[href="/phases/wagner-arrives/"]').first();
  await expect(six).toHaveText("6");
  await expect(six).toHaveAttribute("title", "Wagner arrives; France and MINUSMA leave");
  await expect(page.locator(".fact-box dd a", { hasText: /^6\. Wagner arrives/ })).toHaveCount(1);
});

test("the who's who sets the analysts apart from the people of the conflict", async ({ page }) => {
  // A source's author (Lechner) stood among the leaders and officials, as a "Person".
  await page.goto("/who/");
  const analysts = page.locator("main h2#analyst + p + ul > li > a");
  expect(await analysts.allTextContents()).toEqual(["Akram Kharief", "John Lechner", "Beverly Ochieng"]);
  await expect(page.locator("main h2#person + ul > li > a", { hasText: "John Lechner" })).toHaveCount(0);
  await page.goto("/actors/lechner/");
  await expect(page.locator(".fact-box")).toContainText("Analyst");
});

test("each place has a page: where it is, its spellings, its events and the disputes over them", async ({ page }) => {
  // A place was a section of the long list at /places/: search ranked Kidal's entry 14th for
  // "kidal", and an event's place led to that list.
  await page.goto("/events/2023-11-kidal-captured/");
  await page.locator(".fact-box").getByRole("link", { name: "Kidal", exact: true }).click();
  await expect(page).toHaveURL(/\/places\/kidal\/$/);
  await expect(page.locator("h1")).toHaveText("Kidal");
  await expect(page.locator("nav.breadcrumbs")).toContainText("Places");
  const facts = page.locator("main .fact-box");
  await expect(facts).toContainText("Kind: Town · Mali");
  await expect(facts).toContainText("Position: 18.44° N, 1.41° E");
  await expect(facts.getByRole("link", { name: "Wagner", exact: true })).toHaveAttribute("href", "/actors/wagner/");
  await expect(page.locator("main .lede")).toContainText("stronghold of the Tuareg separatists");
  await expect(page.locator("#place-map svg a[href='/places/kidal/']")).toHaveCount(1);
  // Its events in the order of the story, each leading to its page, without naming the place again.
  const events = page.locator("main section[aria-labelledby='events'] li");
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText("2013");
  await expect(events.first()).not.toContainText("· Kidal");
  const dispute = page.getByRole("link", { name: "When did the Malian army and Wagner take Kidal?" });
  await expect(dispute).toHaveAttribute("href", "/claims/#kidal-capture-date");
  await dispute.click();
  await expect(page.locator("#kidal-capture-date")).toBeInViewport();
  // A place where nothing is disputed has no such section; the list leads to each page.
  await page.goto("/places/");
  await page.locator("main h2#algiers a").click();
  await expect(page).toHaveURL(/\/places\/algiers\/$/);
  await expect(page.locator("main h2#claims")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Places, by name" })).toContainText("Azawad");
  // An event set elsewhere that also happened here is listed too, with where it is set: Gao's
  // page listed nothing, and the jihadists drove the MNLA out of Timbuktu and Gao.
  await page.goto("/places/gao/");
  const gao = page.locator("main section[aria-labelledby='events'] li");
  await expect(gao).toHaveCount(1);
  await expect(gao).toContainText("out of Timbuktu and Gao");
  await expect(gao.getByRole("link", { name: "Northern Mali" })).toHaveAttribute("href", "/places/northern-mali/");
  await gao.getByRole("link", { name: /out of Timbuktu and Gao/ }).click();
  const also = page.locator("main .fact-box p", { hasText: "Place:" });
  await expect(also).toHaveText("Place: Northern Mali (also at Timbuktu and Gao)");
  await expect(also.getByRole("link", { name: "Gao" })).toHaveAttribute("href", "/places/gao/");
  // A place beyond Mali is drawn on the world map alone; its dashed box is explained.
  await page.goto("/places/moscow/");
  await expect(page.locator("#place-map")).toContainText("Mali and its neighbours, for reference");
  // An event whose title names Moscow for the Russian government is not listed there: Attaf
  // spoke in Algiers. Every briefing whose text names Moscow is, as a book's index would list it.
  const moscow = page.locator("main section[aria-labelledby='events'] li");
  await expect(moscow).toHaveCount(1);
  await expect(moscow).toContainText("memorial in Moscow");
  const namedIn = page.locator("main section[aria-labelledby='named-in']");
  await expect(namedIn.getByRole("link", { name: "Attaf", exact: true })).toHaveAttribute("href", "/actors/attaf/");
  // A place with no event still leads to the briefings that name it: Libya's page led nowhere.
  await page.goto("/places/libya/");
  await expect(page.locator("main section[aria-labelledby='events']")).toHaveCount(0);
  await expect(
    page.locator("main section[aria-labelledby='named-in']").getByRole("link", { name: "Africa Corps", exact: true }),
  ).toHaveAttribute("href", "/actors/africa-corps/");
  // A glossary term that names a place leads to it.
  await page.goto("/glossary/");
  await page
    .locator(".glossary-entry", { has: page.locator("h2#nataka") })
    .getByRole("link", { name: "Nataka" })
    .click();
  await expect(page).toHaveURL(/\/places\/nataka\/$/);
});

test("on a phone the contents fold under the title, open on a tap and lead to the section; a wide screen shows them beside", async ({
  page,
}) => {
  // The sidebar is not shown on a narrow screen: a phone's reader had no contents at all on pages
  // 13,000 to 30,000 px long.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/actors/wagner/");
  const folded = page.locator("main details.toc-compact");
  await expect(folded).toBeVisible();
  await expect(page.locator("nav.toc")).toBeHidden();
  // Under the title, before the text: the first thing the keyboard reaches in the article.
  expect(await folded.evaluate((d) => d.previousElementSibling?.className)).toContain("as-of");
  const links = folded.locator("a");
  await expect(links.first()).toBeHidden();
  await folded.locator("summary").click();
  const sidebarLinks = await page.locator("nav.toc a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(sidebarLinks);
  await links.filter({ hasText: /^What to watch$/ }).click();
  await expect(page).toHaveURL(/#what-to-watch$/);
  await expect(page.locator("main h2#what-to-watch")).toBeInViewport();
  // Each link is a finger's target: at least 24 px high (WCAG 2.5.8).
  for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(24);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(folded).toBeHidden();
  await expect(page.locator("nav.toc")).toBeVisible();
});

test("each place's heading, each event's place and each name on a map start with a capital, as 'central Mali' does not", async ({
  page,
}) => {
  await page.goto("/places/");
  const headings = await page.locator("main .card-list > li > h2").allTextContents();
  expect(headings).toContain("Central Mali");
  for (const heading of headings) expect(heading.trim()).toMatch(/^\p{Lu}/u);
  await page.goto("/timeline/");
  const places = await page.locator("main .event-head .meta a[href^='/places/']").allTextContents();
  expect(places).toContain("Central Mali");
  for (const place of places) expect(place).toMatch(/^\p{Lu}/u);
  await page.goto("/map/");
  const labels = await page.locator("main svg.fig text.name").allTextContents();
  expect(labels).toContain("Central Mali");
  for (const label of labels) expect(label.trim()).toMatch(/^\p{Lu}/u);
});

sharedTest("an unknown address shows the 404 page", async ({ shared: page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
});

test.describe("every event page renders", () => {
  for (const id of ids("events")) {
    sharedTest(id, async ({ shared: page }) => {
      const response = await page.goto(`/events/${id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).not.toBeEmpty();
      await expect(page.locator(".lede .short-cites a").first()).toHaveAttribute("href", /^\/sources\//);
      await expect(page.locator(`a[href="/timeline/#${id}"]`)).toBeVisible();
    });
  }
});

sharedTest(
  "a footnote mark does not push its line away from the line above: the lines of a paragraph are evenly spaced",
  async ({ shared: page }) => {
    await page.goto("/phases/wagner-exit/");
    const pitches = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll("main p")].filter((p) => p.querySelector("sup")).slice(0, 5);
      return paragraphs.map((p) => {
        // The top of each line of the paragraph's own text (footnote marks left out).
        const tops: number[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest("sup") || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (!tops.some((top) => Math.abs(top - rect.top) < 3)) tops.push(rect.top);
          }
        }
        tops.sort((a, b) => a - b);
        return {
          lineHeight: parseFloat(getComputedStyle(p).lineHeight),
          gaps: tops.slice(1).map((top, i) => top - tops[i]!),
        };
      });
    });
    expect(pitches.length, "paragraphs with footnote marks").toBeGreaterThan(2);
    expect(pitches.flatMap((p) => p.gaps).length, "paragraphs of several lines").toBeGreaterThan(5);
    for (const { lineHeight, gaps } of pitches) {
      for (const gap of gaps) expect(gap).toBeCloseTo(lineHeight, 0);
    }
  },
);

sharedTest(
  "a group of note marks reads as a list of notes, in order and on one line, at every width of a phone",
  async ({ shared: page }) => {
    await page.goto("/actors/wagner/");
    // Each group of marks: marks with nothing between them, as "1,3" and the lines each starts on.
    const groups = () =>
      page.evaluate(() => {
        const isMark = (n: Node | null) => n instanceof Element && n.matches("sup:has(> a[data-footnote-ref])");
        const found: { text: string; tops: number[] }[] = [];
        for (const mark of document.querySelectorAll("main sup:has(> a[data-footnote-ref])")) {
          const top = mark.getBoundingClientRect().top;
          const last = found.at(-1);
          if (isMark(mark.previousSibling) && last) {
            last.text += mark.textContent;
            last.tops.push(top);
          } else found.push({ text: mark.textContent ?? "", tops: [top] });
        }
        return found.filter((g) => g.tops.length > 1);
      });
    const found = await groups();
    expect(found.length, "the Wagner briefing has groups of note marks").toBeGreaterThan(5);
    for (const { text } of found) {
      const numbers = text.split(",").map(Number);
      expect(numbers, text).toEqual([...numbers].sort((a, b) => a - b));
    }
    for (let width = 320; width <= 480; width += 8) {
      await page.setViewportSize({ width, height: 800 });
      const split = (await groups()).filter((g) => g.tops.some((top) => Math.abs(top - (g.tops[0] ?? 0)) > 2));
      expect(
        split.map((g) => g.text),
        `at ${width} px`,
      ).toEqual([]);
    }
  },
);

// Blocks below the first screen are laid out only as the reader nears them (content-visibility);
// until then each is as tall as the size of its text predicts (src/lib/render-estimate.ts). With
// one fixed guess for all, the Wagner briefing's notes were 640 px instead of some 5,900 on a
// phone, and the page a quarter shorter than it is: the scroll bar misled the reader. A reader
// who sets a larger default font gets lines as long, in characters, as the model's.
for (const [width, font] of [
  [360, 16],
  [412, 16],
  [1280, 16],
  [360, 24],
] as const) {
  const setting = font === 16 ? "" : ` with a ${font} px default font`;
  test(`at ${width} px${setting}, a long page is about its real length before its lower blocks are laid out`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Page.enable");
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: font } });
    for (const path of ["/actors/wagner/", "/phases/wagner-exit/", "/claims/"]) {
      await page.goto(path);
      const measure = () =>
        page.evaluate(() => ({
          page: document.documentElement.scrollHeight,
          blocks: [...document.querySelectorAll("section[data-footnotes], .render-later")].map(
            (block) => block.getBoundingClientRect().height,
          ),
        }));
      const before = await measure();
      const skipped = await page.evaluate(
        () =>
          [...document.querySelectorAll("section[data-footnotes], .render-later")].filter(
            (block) => block.getBoundingClientRect().top > window.innerHeight * 2,
          ).length,
      );
      expect(skipped, `${path}: blocks far below the first screen`).toBeGreaterThan(0);
      await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const after = await measure();
      expect(before.page / after.page, `${path}: page length predicted / real`).toBeGreaterThan(0.9);
      expect(before.page / after.page, `${path}: page length predicted / real`).toBeLessThan(1.2);
      before.blocks.forEach((height, i) => {
        const ratio = height / after.blocks[i]!;
        expect(
          ratio,
          `${path}: block ${i + 1}, ${Math.round(height)} px predicted, ${Math.round(after.blocks[i]!)} px real`,
        ).toBeGreaterThan(0.7);
        expect(
          ratio,
          `${path}: block ${i + 1}, ${Math.round(height)} px predicted, ${Math.round(after.blocks[i]!)} px real`,
        ).toBeLessThan(1.4);
      });
    }
  });
}

test("each source's 'About this source' link names its source to a screen reader", async ({ page }) => {
  // Five links with the same words were five links a screen reader's list could not tell apart.
  await page.goto("/sources/");
  const about = page.getByRole("link", { name: /^About this source/ });
  const names = await about.evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")));
  expect(names.length).toBe(5);
  expect(new Set(names).size).toBe(5);
  await expect(page.getByRole("link", { name: "About this source: Foreign Policy, 2024" })).toBeVisible();
  await expect(about.first()).toHaveText(/About this source/);
});
