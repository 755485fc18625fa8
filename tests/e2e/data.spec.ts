import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { ids } from "./content-ids.ts";
import { htmlPages, pageUrl } from "../gates/dist-pages.ts";

test("the timeline offers its events as CSV and JSON: every event once, in date order, each leading to its page", async ({
  page,
  request,
}) => {
  await page.goto("/timeline/");
  const csvLink = page.getByRole("link", { name: "CSV", exact: true });
  const jsonLink = page.getByRole("link", { name: "JSON", exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toBe("events.csv");

  const csv = await request.get((await csvLink.getAttribute("href")) ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];

  const json = await request.get((await jsonLink.getAttribute("href")) ?? "");
  expect(json.status()).toBe(200);
  const records = (await json.json()) as { id: string; date: string; url: string; sources: string[] }[];

  expect(rows.map((r) => r["id"]).sort()).toEqual(ids("events"));
  expect(records.map((r) => r.id)).toEqual(rows.map((r) => r["id"]));
  expect(records.map((r) => r.date)).toEqual(rows.map((r) => r["date"]));
  // In date order, as the timeline lists them (a date stands first for its first possible day).
  const dates = records.map((r) => r.date.padEnd(10, "-01"));
  expect(dates).toEqual([...dates].sort());
  // Every record cites a source of the book and leads to its own page.
  const sources = new Set(ids("sources"));
  for (const record of records) {
    for (const s of record.sources) expect(sources, record.id).toContain(s.split(":")[0]);
    expect(new URL(record.url).pathname).toBe(`/events/${record.id}/`);
  }
  for (const record of records.slice(0, 5)) {
    expect((await request.get(new URL(record.url).pathname)).status(), record.id).toBe(200);
  }
});

test("the disputes page offers its disputes as JSON: every dispute once, in the page's order, each leading to its page", async ({
  page,
  request,
}) => {
  await page.goto("/claims/");
  const link = page.getByRole("link", { name: "JSON", exact: true });
  const response = await request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const records = (await response.json()) as {
    id: string;
    question: string;
    positions: { statement: string; heldBy: string; sources: string[] }[];
    assessmentSources: string[];
    events: string[];
    url: string;
  }[];
  const cards = await page.locator("main section.claim").evaluateAll((els) => els.map((e) => e.id));
  expect(records.map((r) => r.id)).toEqual(cards);
  expect([...cards].sort()).toEqual(ids("claims"));
  const [sources, actors, events] = [new Set(ids("sources")), new Set(ids("actors")), new Set(ids("events"))];
  for (const record of records) {
    expect(record.positions.length, record.id).toBeGreaterThan(0);
    for (const p of record.positions) {
      expect(p.sources.length, record.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(sources, record.id).toContain(s.split(":")[0]);
      if (p.heldBy) expect(actors, record.id).toContain(p.heldBy);
    }
    for (const s of record.assessmentSources) expect(sources, record.id).toContain(s.split(":")[0]);
    for (const e of record.events) expect(events, record.id).toContain(e);
    const url = new URL(record.url);
    expect(url.pathname + url.hash).toBe(`/claims/#${record.id}`);
    await expect(page.locator(`section.claim[id="${record.id}"] .claim-q`)).toContainText(record.question);
  }
});

test("the map offers its places as GeoJSON: every place once, a point within the world, each leading to its page", async ({
  page,
  request,
}) => {
  await page.goto("/map/");
  const link = page.getByRole("link", { name: "GeoJSON", exact: true });
  const response = await request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/geo\+json/);
  const geo = (await response.json()) as {
    type: string;
    features: {
      geometry: { type: string; coordinates: [number, number] };
      properties: { id: string; url: string; events: string[] };
    }[];
  };
  expect(geo.type).toBe("FeatureCollection");
  expect(geo.features.map((f) => f.properties.id).sort()).toEqual(ids("places"));
  const events = new Set(ids("events"));
  for (const { geometry, properties } of geo.features) {
    expect(geometry.type).toBe("Point");
    const [lon, lat] = geometry.coordinates;
    expect(Math.abs(lon), properties.id).toBeLessThanOrEqual(180);
    expect(Math.abs(lat), properties.id).toBeLessThanOrEqual(90);
    for (const e of properties.events) expect(events, properties.id).toContain(e);
    expect(new URL(properties.url).pathname).toBe(`/places/${properties.id}/`);
  }
  // Kidal, the book's most disputed town, lies in the north of Mali and has its events.
  const kidal = geo.features.find((f) => f.properties.id === "kidal");
  expect(kidal?.geometry.coordinates[1]).toBeGreaterThan(17);
  expect(kidal?.properties.events.length).toBeGreaterThan(0);
  await page.goto(new URL(kidal?.properties.url ?? "").pathname);
  await expect(page.locator("h1")).toHaveText("Kidal");
});

test("search engines find every page: robots.txt names the sitemap, which lists every page but search, the 404 and the briefings' editions for print", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "";
  expect(new URL(index).pathname).toBe("/sitemap-index.xml");
  const site = new URL("/", index).href;
  const locs = async (address: string) => {
    const xml = await (await request.get(new URL(address).pathname)).text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  };
  const listed = (await Promise.all((await locs(index)).map(locs))).flat();
  for (const loc of listed) expect(loc.startsWith(site), loc).toBe(true);
  const expected = htmlPages()
    .map(pageUrl)
    .filter((u) => u !== "/search/" && u !== "/404.html" && !/^\/print\/.+/.test(u));
  expect(listed.map((loc) => new URL(loc).pathname).sort()).toEqual(expected.sort());
});

test("a briefing's edition for its PDF sets out its disputes in full, and points search engines and citations to the briefing", async ({
  page,
}) => {
  // A briefing's PDF listed its disputes' questions and sent the reader to the site for the rest.
  await page.goto("/print/actors/attaf/");
  await expect(page.locator("h1")).toHaveText("Ahmed Attaf");
  const claims = page.locator("main section.claim");
  const inFull = await claims.count();
  expect(inFull).toBeGreaterThan(0);
  await expect(claims.first()).toContainText("The book’s assessment");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/actors\/attaf\/$/);
  // Its citation gives the briefing's page as the address, once the book has a published one
  // (BOOK_SITE); before, it gives none, as a 127.0.0.1 address would lead nowhere from a PDF.
  const url = page.locator("section.cite-this .url");
  if (process.env["BOOK_SITE"]) await expect(url.first()).toHaveText(/\/actors\/attaf\/$/);
  else {
    await expect(url).toHaveCount(0);
    await expect(page.locator("section.cite-this .cite-text")).toHaveText(/current to June 2025\.$/);
    await expect(page.locator("section.cite-this .cite-note")).toContainText("before the book had a public address");
  }
  await expect(page.locator("[data-pagefind-body]")).toHaveCount(0);
  // The page on the site lists them one line each, and is the one search indexes.
  await page.goto("/actors/attaf/");
  await expect(page.locator("main section.claim")).toHaveCount(0);
  await expect(page.locator("main .claim-list li")).toHaveCount(inFull);
  await expect(page.locator("[data-pagefind-body]")).toHaveCount(1);
});
