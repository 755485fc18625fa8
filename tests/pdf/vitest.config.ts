import path from "node:path";
import { defineConfig } from "vitest/config";

/** The PDF checks read the PDFs of a finished build: they run after it (scripts/test.ts). */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  test: {
    include: ["tests/pdf/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
