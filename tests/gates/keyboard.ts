import { expect, type Page } from "@playwright/test";

/** What has the focus: enough to find it again and to tell whether it shows it has the focus. */
export interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  /** Closest landmark or marked container: header, nav.toc, section[data-footnotes], ... */
  within: string;
  /** True when the focus is drawn: an outline or a box shadow. */
  visible: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    const outline = !!style && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const within = el?.closest("header, nav.toc, section[data-footnotes], main, footer");
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim().replace(/\s+/g, " "),
      href: el?.getAttribute("href") ?? null,
      id: el?.id ?? "",
      // Its tag and first class of its own (not Astro's scoping class, wherever Astro puts it).
      within: within
        ? within.tagName.toLowerCase() +
          ([...within.classList].filter((c) => !c.startsWith("astro-")).map((c) => `.${c}`)[0] ?? "")
        : "",
      visible: outline || (!!style && style.boxShadow !== "none"),
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
export async function tabUntil(
  page: Page,
  wanted: (f: Focused) => boolean,
  limit: number,
  key = "Tab",
): Promise<Focused> {
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (wanted(f)) return f;
  }
  throw new Error(`no element matched after ${limit} presses of ${key}`);
}

/** The fragment of the page's address, decoded. It changes a moment after the key that follows a link: poll it. */
export function hashOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash.slice(1));
}

/** The element with this id is on screen. */
export async function expectOnScreen(page: Page, id: string): Promise<void> {
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
}
