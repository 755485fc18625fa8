/**
 * A `test` whose `shared` fixture is one page per worker, kept from test to test. Tests that only
 * open a page and read it (every page's accessibility, every briefing renders) use it: a new
 * browser context per test cost half a second, and in a page that stays, the browser keeps what
 * it compiled (axe, for one) from one address to the next. Each test gets it on the screen in the
 * light theme, at the default size of a page (1280 by 720), whatever the test before it set.
 */
import { test as base, type Page } from "@playwright/test";

export const test = base.extend<{ shared: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  shared: async ({ workerPage }, use) => {
    await workerPage.emulateMedia({ media: "screen", colorScheme: "light" });
    await workerPage.setViewportSize({ width: 1280, height: 720 });
    await use(workerPage);
  },
});

export { expect } from "@playwright/test";
