/**
 * The figures (issue 6): timeline, map and relations graph. Every link in them resolves, they
 * are drawn without JavaScript, and they look as their stored screenshots do. That they pass axe
 * in light, dark and print is checked with the rest of each page, in a11y.spec.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { bookFigures } from "../../src/components/print/book-parts.ts";
import { byOrder } from "../../src/lib/book-data.ts";
import { bookPhaseRelations } from "../../src/lib/figures/relations-graph.ts";
import { relationsOfPhase } from "../../src/lib/figures/relations.ts";
import { actors, events, phases } from "../unit/figures-book.ts";
import { views } from "../gates/views.ts";
import { test as sharedTest } from "./shared-page.ts";

const pages = ["/timeline/", "/map/", "/relations/"];
/** Pages of others that carry a small figure: an actor's and a phase's timeline, maps of places. */
const briefingPages = [
  "/actors/wagner/",
  "/phases/wagner-exit/",
  "/phases/french-intervention/",
  "/events/2024-07-tinzaouatene-ambush/",
  "/places/",
];

/** Every href in the figures of a page (SVG links, legends, captions, data tables). */
async function figureLinks(page: Page): Promise<string[]> {
  return page.locator("figure.figure a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

test.describe("every link in the figures resolves", () => {
  for (const path of [...pages, ...briefingPages]) {
    sharedTest(path, async ({ shared: page, request }) => {
      await page.goto(path);
      const hrefs = [...new Set(await figureLinks(page))];
      expect(hrefs.length).toBeGreaterThan(2);
      const anchors = new Map<string, Set<string>>();
      for (const href of hrefs) {
        const [path = "", hash] = href.split("#");
        // "#events": a section of the same page.
        const target = path || new URL(page.url()).pathname;
        expect(target, href).toMatch(/^\/[a-z0-9/-]*\/$/);
        const response = await request.get(target);
        expect(response.status(), href).toBe(200);
        if (!hash) continue;
        let ids = anchors.get(target);
        if (!ids) {
          const html = await response.text();
          ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
          anchors.set(target, ids);
        }
        expect(ids.has(hash), `${href}: no element with that id`).toBe(true);
      }
    });
  }
});

/**
 * An actor's timeline draws its events as marks without titles: on paper, where a mark can be
 * neither hovered nor followed, each is told by its number, which its event's entry in the list
 * of events below carries too (Wagner's 27 marks had none). Checked on each actor's page and on
 * the edition its PDF is printed from.
 */
test("every mark of an actor's timeline carries the number of its event in the list below", async ({ page }) => {
  const numbered = actors.filter((a) => events.some((e) => e.data.actors.includes(a.id)));
  expect(numbered.length).toBeGreaterThan(20);
  for (const actor of numbered) {
    for (const path of [`/actors/${actor.id}/`, `/print/actors/${actor.id}/`]) {
      await page.goto(path);
      const marks = await page
        .locator("#actor-timeline svg a.mark")
        .evaluateAll((links) =>
          links.map((a): [string, string] => [
            a.getAttribute("href") ?? "",
            a.querySelector("text.number")?.textContent ?? "",
          ]),
        );
      const listed = await page
        .locator("#events ~ ol li.event")
        .evaluateAll((items) =>
          items.map((li): [string, string] => [
            li.querySelector(".event-head > a")?.getAttribute("href") ?? "",
            li.querySelector(".event-no")?.textContent?.trim() ?? "",
          ]),
        );
      expect(marks.length, path).toBeGreaterThan(0);
      expect(
        marks.every(([, n]) => /^\d+$/.test(n)),
        `${path}: a mark without a number`,
      ).toBe(true);
      expect(new Map(marks), path).toEqual(new Map(listed));
      // Numbered 1 to n, in the list's order.
      expect(
        listed.map(([, n]) => Number(n)),
        path,
      ).toEqual(listed.map((_, i) => i + 1));
    }
  }
});

test("the SVG marks link to every event, place and related actor", async ({ page }) => {
  await page.goto("/timeline/");
  const eventLinks = await page.locator("#timeline-figure svg a[href^='/events/']").count();
  expect(eventLinks).toBe(await page.locator("li.event").count());
  await page.goto("/map/");
  expect(await page.locator("#map-figure svg a[href^='/places/']").count()).toBe(
    await page.locator("#map-figure tbody tr").count(),
  );
  await page.goto("/relations/");
  expect(await page.locator("#relations-figure svg a[href^='/actors/']").count()).toBeGreaterThan(15);
});

/** The relations the content records in each phase, as the phase pages and the book draw them. */
const ordered = byOrder(phases);
const { phaseIds, byPhase } = bookPhaseRelations(actors, phases, events);
const relationsIn = (phaseId: string) => relationsOfPhase(byPhase, phaseIds, phaseId);

test.describe("each phase page shows the relations the content records in that phase", () => {
  const name = (id: string) => actors.find((a) => a.id === id)?.data.shortName ?? id;
  for (const phase of ordered) {
    sharedTest(phase.id, async ({ shared: page }) => {
      const { held, added, ended } = relationsIn(phase.id);
      await page.goto(`/phases/${phase.id}/`);
      const section = page.locator("section.phase-relations");
      if (held.length === 0 && ended.length === 0) {
        await expect(section).toHaveCount(0);
        return;
      }
      await expect(section.getByRole("heading", { name: "Relations in this phase" })).toBeVisible();
      await expect(page.locator(".toc a[href='#phase-relations-heading']")).toHaveCount(1);
      // The text equivalent: one row per relation, each actor linking to its briefing.
      const rows = await page
        .locator("#phase-relations tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")),
        );
      expect(rows.map((r) => r.slice(0, 3))).toEqual(held.map((e) => [name(e.a), e.type, name(e.b)]));
      const hrefs = await page
        .locator("#phase-relations tbody tr td:is(:nth-child(1), :nth-child(3)) a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(held.flatMap((e) => [`/actors/${e.a}/`, `/actors/${e.b}/`]));
      // The drawing: a labelled, linked mark for every actor with a relation in the phase.
      const drawn = await page
        .locator("#phase-relations svg.fig a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")).sort());
      expect(drawn).toEqual([...new Set(held.flatMap((e) => [`/actors/${e.a}/`, `/actors/${e.b}/`]))].sort());
      // What changed since the phase before, in words.
      const changes = section.locator("ul.changes");
      if (added.length > 0)
        await expect(changes).toContainText(`${name(added[0]?.a ?? "")} and ${name(added[0]?.b ?? "")}`);
      if (ended.length > 0) await expect(changes).toContainText("No longer recorded:");
    });
  }
});

test("the whole book at /print/ holds the figures, each with its caption and sources", async ({ page }) => {
  await page.goto("/print/");
  for (const f of bookFigures) {
    const article = page.locator(`article#figure-${f.id}`);
    await expect(article.locator("h3")).toHaveText(f.title);
    await expect(article.locator("svg.fig").first()).toBeVisible();
    await expect(article.locator("figcaption")).toContainText("Sources:");
  }
  await page.emulateMedia({ media: "print" });
  for (const id of ["map", "relations"]) {
    await expect(page.locator(`#figure-${id} .figure-data table`), id).toBeVisible();
  }
  await expect(page.locator("article[id^='phase-'] .phase-relations svg.fig")).toHaveCount(
    ordered.filter((p) => relationsIn(p.id).held.length > 0).length,
  );
});

test.describe("a timeline's label set over its bar", () => {
  // The phases whose year-dated events leave no room beside their bars.
  for (const path of ["/phases/rebellion-2012/", "/phases/french-intervention/", "/phases/coups/"]) {
    for (const view of views) {
      sharedTest(
        `lies inside the bar, which hides the grid behind it (${path}, ${view.name})`,
        async ({ shared: page }) => {
          await page.emulateMedia(view.media);
          await page.goto(path);
          const labels = await page.locator("svg.timeline text.label.on-bar").evaluateAll((texts) =>
            texts.map((node) => {
              const text = node as SVGTextElement;
              const bar = text.parentElement?.querySelector<SVGRectElement>("rect.shape");
              if (!bar) return { text: text.textContent, inside: false, opaque: false, halo: true };
              // The letters' ink, measured in the label's own font (at ten times its size, as the
              // canvas gives whole pixels): not the font's line box, which leaves room for accents.
              const style = getComputedStyle(text);
              const context = document.createElement("canvas").getContext("2d");
              if (!context) throw new Error("no canvas");
              context.font = `${style.fontWeight} ${Number(text.getAttribute("font-size")) * 10}px ${style.fontFamily}`;
              const measured = context.measureText(text.textContent ?? "");
              const ink = {
                ascent: measured.actualBoundingBoxAscent / 10,
                descent: measured.actualBoundingBoxDescent / 10,
              };
              const baseline = text.y.baseVal[0]?.value ?? 0;
              const box = bar.getBBox();
              const label = text.getBBox();
              const barStyle = getComputedStyle(bar);
              const inner = parseFloat(barStyle.strokeWidth) / 2;
              return {
                text: text.textContent,
                inside:
                  baseline - ink.ascent >= box.y + inner &&
                  baseline + ink.descent <= box.y + box.height - inner &&
                  label.x >= box.x + inner &&
                  label.x + label.width <= box.x + box.width - inner,
                opaque: barStyle.fillOpacity === "1" && !/rgba|\/ /.test(barStyle.fill),
                halo: style.stroke !== "none",
              };
            }),
          );
          expect(labels.length, path).toBeGreaterThan(0);
          for (const label of labels)
            expect(label, path).toEqual({ ...label, inside: true, opaque: true, halo: false });
        },
      );
    }
  }
});

/**
 * What a figure's drawing shows: its frame's box, how far the frame scrolls, and the height of its
 * smallest text as set on screen (the text's font size times the drawing's scale): of its words,
 * and of a map's country names, set in spaced capitals (taller letters at a smaller size).
 */
async function drawings(page: Page) {
  await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
  return page.locator("figure.figure svg.fig").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const frame = svg.parentElement as HTMLElement;
      const box = frame.getBoundingClientRect();
      const size = (t: SVGTextElement) => (t.getScreenCTM()?.a ?? 0) * parseFloat(getComputedStyle(t).fontSize);
      const texts = [...svg.querySelectorAll("text")];
      const sizes = texts.filter((t) => !t.matches(".country-name")).map(size);
      const caps = texts.filter((t) => t.matches(".country-name")).map(size);
      return {
        id: svg.id,
        frame: frame.className.split(" ")[0],
        right: box.right,
        scrolls: frame.scrollWidth > frame.clientWidth,
        shown: frame.scrollWidth >= svg.getBoundingClientRect().width - 1,
        smallestText: Math.round(Math.min(...sizes) * 10) / 10,
        smallestCaps: caps.length ? Math.round(Math.min(...caps) * 10) / 10 : null,
      };
    }),
  );
}

const figurePages = [...pages, ...briefingPages, "/phases/wagner-arrives/"];

/**
 * Every word of a drawing at least 9 px tall on screen (a timeline's ticks and smaller labels and
 * a map's scale were 7.6 to 8 px), and a map's country names, in capitals, at least 8 px.
 */
function expectLegible(d: { smallestText: number; smallestCaps: number | null }, what: string): void {
  expect(d.smallestText, what).toBeGreaterThanOrEqual(8.95);
  if (d.smallestCaps !== null) expect(d.smallestCaps, what).toBeGreaterThanOrEqual(8);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // Drawn to the screen's width, a timeline's labels were 5 px tall and a graph's 6 px. Each
  // drawing now keeps the width at which its words are 9 px, or a full column's width if that is
  // less (where they are 9 px on any screen), and its frame scrolls.
  test("every figure's text is legible, its frame fits the screen and scrolls to the whole drawing", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    let scrolling = 0;
    for (const path of figurePages) {
      await page.goto(path);
      const found = await drawings(page);
      expect(found.length, path).toBeGreaterThan(0);
      for (const d of found) {
        expect(d, path).toEqual({ ...d, frame: "fig-frame", shown: true });
        expect(d.right, `${path} ${d.id}`).toBeLessThanOrEqual(360);
        expectLegible(d, `${path} ${d.id}`);
        if (d.scrolls) scrolling++;
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      // With its data table open too (the relations' was 3 px too wide).
      await page
        .locator("figure details")
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}, tables open`,
      ).toBeLessThanOrEqual(360);
    }
    expect(scrolling, "drawings wider than a phone").toBeGreaterThan(5);
    // A small map fits a phone: its one place once sat under the fade at the frame's edge.
    await page.goto("/events/2024-07-tinzaouatene-ambush/");
    expect((await drawings(page)).map((d) => d.scrolls)).not.toContain(true);
  });

  test("at 320 px, a figure's data table wider than the screen scrolls in its place, not the page", async ({
    page,
  }) => {
    // The relations' table, opened, was 17 px wider than a 320 px screen: the whole page slid sideways.
    await page.setViewportSize({ width: 320, height: 740 });
    for (const path of figurePages) {
      await page.goto(path);
      await page
        .locator("figure details")
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.goto("/relations/");
    const table = page.locator("#relations-figure details.figure-data");
    await table.locator("summary").click();
    const frame = table.locator(".figure-data-scroll");
    expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
    // Its last column is reached by scrolling the table.
    await frame.evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
    await expect(frame.locator("th").last()).toBeInViewport({ ratio: 1 });
  });

  test("tabbing through a drawing wider than the screen brings each link into view, if only in part", async ({
    page,
  }) => {
    await page.goto("/phases/wagner-arrives/");
    const frame = page.locator("#phase-timeline .fig-frame");
    await frame.locator("a").first().focus();
    let seen = 0;
    for (;;) {
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        const f = a?.closest(".fig-frame");
        if (!a || !f) return null;
        const [box, view] = [a.getBoundingClientRect(), f.getBoundingClientRect()];
        // Not hidden (WCAG 2.4.11): the browser scrolls the frame to a link out of view, though
        // not to the rest of one already partly in view (a mark's label running off an edge).
        const visible = Math.min(box.right, view.right) - Math.max(box.left, view.left);
        return { inView: visible >= Math.min(box.width, 8) };
      });
      if (!where) break;
      expect(where, `link ${seen + 1}`).toEqual({ inView: true });
      seen++;
      await page.keyboard.press("Tab");
    }
    expect(seen, "links in the timeline").toBeGreaterThanOrEqual(8);
    // Nothing fades while a link in the frame shows the keyboard's focus; the fade is back after.
    await page.keyboard.press("Shift+Tab");
    expect(await frame.evaluate((f) => getComputedStyle(f).maskImage)).toBe("none");
    await page.keyboard.press("Tab");
    expect(await frame.evaluate((f) => getComputedStyle(f).maskImage)).not.toBe("none");
    expect(await frame.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
  });

  test("a frame that scrolls fades the edge with more to see, and not an edge already reached", async ({ page }) => {
    await page.goto("/timeline/");
    const frame = page.locator("#timeline-figure .fig-frame");
    await frame.scrollIntoViewIfNeeded();
    const fades = () =>
      frame.evaluate((f) => {
        const s = getComputedStyle(f);
        return [s.getPropertyValue("--fig-fade-start"), s.getPropertyValue("--fig-fade-end")];
      });
    expect(await fades()).toEqual(["0px", "40px"]);
    await frame.evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
    await expect.poll(fades).toEqual(["40px", "0px"]);
  });

  test("a drawing wider than the screen says so under it until the reader reaches its end; a map opens on its places", async ({
    page,
  }) => {
    // A reader of the map on a phone saw Mali cut off at Timbuktu and nothing saying there was more.
    for (const [path, width] of [
      ["/map/", 360],
      ["/places/", 360],
      ["/places/", 390],
    ] as const) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      const frame = page.locator(".fig-frame").first();
      const hint = frame.locator(".fig-scroll-hint:not(.back, .both)");
      const back = frame.locator(".fig-scroll-hint.back");
      const both = frame.locator(".fig-scroll-hint.both");
      await frame.scrollIntoViewIfNeeded();
      // The map opens centred on the middle of its places' markers: it opened at its east end,
      // Nouakchott (the far west) out of sight. At 390 px every marker is in the frame (at 360 the
      // markers are 6 px wider than it). What is on either side is said, clear of the left fade.
      const where = await frame.evaluate((f) => {
        const dots = [...f.querySelectorAll("circle.mark")].map((c) => c.getBoundingClientRect());
        const left = Math.min(...dots.map((d) => d.left));
        const right = Math.max(...dots.map((d) => d.right));
        const box = f.getBoundingClientRect();
        return { left, right, from: box.left, to: box.left + f.clientWidth, scrolled: f.scrollLeft };
      });
      const what = `${path} at ${width} px`;
      expect(where.scrolled, what).toBeGreaterThan(0);
      expect(Math.abs((where.from + where.to) / 2 - (where.left + where.right) / 2), what).toBeLessThan(1);
      if (width === 390) expect([where.left >= where.from, where.right <= where.to], what).toEqual([true, true]);
      await expect(both).toBeVisible();
      await expect(both).toHaveText(/^← More on either side: scroll sideways →$/);
      await expect(hint).toBeHidden();
      await expect(back).toBeHidden();
      await frame.evaluate((f) => f.scrollTo({ left: 0 }));
      await expect(hint).toBeVisible();
      await expect(hint).toHaveText(/scroll sideways/);
      await expect(both).toBeHidden();
      await expect(back).toBeHidden();
      // It stays under the drawing's visible part as the drawing scrolls, and goes at the end,
      // where the rest is said to be to the left.
      await frame.evaluate((f) => f.scrollTo({ left: 20 }));
      await expect(both).toBeInViewport();
      await frame.evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
      await expect(hint).toBeHidden();
      await expect(both).toBeHidden();
      await expect(back).toBeVisible();
      await expect(back).toHaveText(/^← More to the left/);
    }
    // A small map that fits the phone says nothing, and opens where it starts.
    for (const path of ["/events/2024-07-tinzaouatene-ambush/", "/events/2023-11-kidal-captured/"]) {
      await page.goto(path);
      await expect(page.locator(".fig-scroll-hint"), path).toHaveCount(3);
      await expect(page.locator(".fig-scroll-hint:visible"), path).toHaveCount(0);
      expect(
        await page
          .locator(".fig-frame")
          .first()
          .evaluate((f) => f.scrollLeft),
        path,
      ).toBe(0);
    }
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test("no figure's frame scrolls, nothing fades and every word is legible", async ({ page }) => {
    for (const path of figurePages) {
      await page.goto(path);
      for (const d of await drawings(page)) {
        expect(d.scrolls, `${path} ${d.id}`).toBe(false);
        expectLegible(d, `${path} ${d.id}`);
      }
      const masks = await page
        .locator(".fig-frame")
        .evaluateAll((frames) => frames.map((f) => getComputedStyle(f).getPropertyValue("--fig-fade-end")));
      expect(new Set(masks), path).toEqual(new Set(["0px"]));
      await expect(page.locator(".fig-scroll-hint:visible"), path).toHaveCount(0);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the figures are there, each with a caption and a text equivalent", async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      const figures = page.locator("figure.figure");
      expect(await figures.count(), path).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        await expect(figure.locator("svg.fig").first()).toBeVisible();
        await expect(figure.locator("figcaption")).toContainText("Sources:");
        await expect(figure.locator("details table")).toHaveCount(1);
      }
    }
  });
});

// A figure's drawing is laid out only as the reader nears it (content-visibility); until then it
// must be as tall as it will be, or the page jumps and its scroll bar misleads. With a fixed
// guess for whole figures (640 px) the book's figures at /print/ were 0.08 to 2 times their
// real height; the drawings now carry their proportions (aspect-ratio) and the rest is laid out.
for (const width of [360, 412, 1280]) {
  test(`at ${width} px, every figure is its real height before its drawing is laid out`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/actors/wagner/", "/phases/wagner-exit/", "/print/"]) {
      await page.goto(path);
      const heights = () =>
        page.locator(".figure").evaluateAll((figures) => figures.map((f) => f.getBoundingClientRect().height));
      const skipped = await page
        .locator("svg.fig")
        .evaluateAll((drawings) => drawings.filter((d) => d.getBoundingClientRect().top > window.innerHeight * 2));
      expect(skipped.length, `${path}: drawings far below the first screen`).toBeGreaterThan(0);
      const before = await heights();
      await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const after = await heights();
      expect(before.length, `${path}: figures`).toBeGreaterThan(1);
      before.forEach((height, i) => {
        expect(height, `${path}: figure ${i + 1}`).toBeCloseTo(after[i]!, 0);
      });
    }
  });
}

/**
 * Moves a figure by the fraction of a pixel at which the page sets it, so that its screenshot has
 * the same size wherever it stands: what comes before it (a "Download PDF" link, say, which a
 * build without PDFs leaves out) moves it by fractions of a pixel, and a screenshot rounds its
 * edges outwards. Relative positioning moves it without moving anything else.
 */
async function alignToPixel(page: Page, selector: string): Promise<void> {
  // Blocks below the first screen are laid out when they come near it (content-visibility), which
  // moves what follows them by fractions of a pixel: bring the figure into view, then align it.
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.locator(selector).evaluate((el) => {
    // Undo an alignment made in another view of the same page first.
    (el as HTMLElement | SVGElement).style.removeProperty("left");
    (el as HTMLElement | SVGElement).style.removeProperty("top");
    const box = el.getBoundingClientRect();
    const x = box.left + window.scrollX;
    const y = box.top + window.scrollY;
    const style = (el as HTMLElement | SVGElement).style;
    style.position = "relative";
    style.left = `${Math.ceil(x) - x}px`;
    style.top = `${Math.ceil(y) - y}px`;
  });
}

test.describe("the figures look as they did (visual regression)", () => {
  test.use({ viewport: { width: 1000, height: 900 } });
  const shots = [
    { path: "/timeline/", selector: "#timeline-figure svg.fig", name: "timeline" },
    { path: "/map/", selector: "#map-figure .maps", name: "map" },
    { path: "/relations/", selector: "#relations-figure svg.fig", name: "relations" },
    { path: "/relations/", selector: "#relations-by-phase .phases", name: "relations-by-phase" },
    { path: "/phases/wagner-exit/", selector: "#phase-timeline svg.fig", name: "phase-timeline" },
    { path: "/phases/wagner-exit/", selector: "#phase-relations svg.fig", name: "phase-relations" },
    { path: "/actors/wagner/", selector: "#actor-timeline svg.fig", name: "actor-timeline" },
    { path: "/actors/wagner/", selector: "#actor-map .maps", name: "actor-map" },
    { path: "/events/2024-07-tinzaouatene-ambush/", selector: "#event-map .maps", name: "event-map" },
  ];
  // One page per figure, shown in each view in turn: a page per view cost a third of the time.
  for (const shot of shots) {
    test(`${shot.name}, in ${views.map((v) => v.name).join(", ")}`, async ({ page }) => {
      await page.goto(shot.path);
      for (const view of views) {
        await page.emulateMedia(view.media);
        await alignToPixel(page, shot.selector);
        await expect.soft(page.locator(shot.selector), view.name).toHaveScreenshot(`${shot.name}-${view.name}.png`, {
          maxDiffPixelRatio: 0.01,
          threshold: 0.3,
          animations: "disabled",
        });
      }
    });
  }
});
