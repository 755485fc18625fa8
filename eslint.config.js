// @ts-check
import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".astro/",
      ".build-tmp/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      // A copy of an upstream package, kept as upstream wrote it (see its index.js).
      "src/vendor/unist-util-visit-parents-lean/",
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
