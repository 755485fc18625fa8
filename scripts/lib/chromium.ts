import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Flags that keep Chromium quiet and offline on a locked-down machine; harmless elsewhere. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const systemCandidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/**
 * Finds a Chromium: an explicit CHROMIUM_PATH, then Playwright's own browser when it is
 * installed, then a system Chromium or Chrome. Returns undefined when there is none.
 */
export function findChromium(): string | undefined {
  const explicit = process.env["CHROMIUM_PATH"] ?? process.env["PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return systemCandidates.find((p) => existsSync(p));
}

export const noChromiumHelp = `No Chromium found. Install one of:
  - Debian/Ubuntu: apt-get install chromium
  - Playwright's own: npx playwright install chromium
or point CHROMIUM_PATH at a Chromium or Chrome executable.`;
