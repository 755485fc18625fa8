import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium, noChromiumHelp } from "./scripts/lib/chromium.ts";

const executablePath = findChromium();
if (!executablePath) throw new Error(noChromiumHelp);
const port = Number(process.env["E2E_PORT"] ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env["CI"],
  // Every test opens its own page: tests of one file may run side by side (the accessibility
  // file is most of the suite and would otherwise run on one worker).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env["PLAYWRIGHT_JSON_OUTPUT_NAME"] ? [["list"], ["json"]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
