/**
 * axe-core in a Playwright page: loads axe once per page, then runs it in each view (light, dark,
 * print) without reloading it. @axe-core/playwright loads the 650 kB script again on every run,
 * which made up a third of the accessibility tests' time on small pages. The script is served to
 * the page from its own origin (so the pages' Content Security Policy allows it) and may be
 * cached: in a page that stays from test to test the browser then compiles it once.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type axe from "axe-core";
import type { View } from "./views.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Where the page finds axe; answered by the test, never by the site. */
const axePath = "/__tests__/axe-core.min.js";
const routed = new WeakSet<Page>();

async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => "axe" in window)) return;
  if (!routed.has(page)) {
    await page.route(`**${axePath}`, (route) =>
      route.fulfill({ body: axeSource, contentType: "text/javascript", headers: { "cache-control": "max-age=3600" } }),
    );
    routed.add(page);
  }
  await page.addScriptTag({ url: axePath });
}

/**
 * Blocks below the first screen (content-visibility: auto) are laid out only as the reader
 * scrolls near them; until then the browser's hit-testing does not find what they hold, and axe
 * would misjudge its target sizes and contrast. The reader always sees them laid out, so the
 * check does too: a style of the test's own lays everything out first.
 */
async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.getElementById("axe-lay-out-everything")) return;
    const style = document.createElement("style");
    style.id = "axe-lay-out-everything";
    style.textContent = "* { content-visibility: visible !important; }";
    document.head.append(style);
  });
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The page's WCAG A and AA violations in one view, one line each, naming the rule and up to five
 * places. Loads axe into the page the first time.
 */
export async function axeViolations(page: Page, view: View): Promise<string[]> {
  await page.emulateMedia(view.media);
  await loadAxe(page);
  await layOutEverything(page);
  const found = await page.evaluate(
    async (tags) => {
      const w = window as unknown as { axe: typeof axe };
      const results = await w.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        // Only violations are needed: axe then keeps one node per passing rule, which is faster.
        resultTypes: ["violations"],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "?",
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    [...wcagTags],
  );
  return found.map((v) => {
    const where = v.targets.slice(0, 5).join(", ");
    const more = v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : "";
    return `${v.id} (${v.impact}): ${v.help} at ${where}${more}`;
  });
}
