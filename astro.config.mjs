// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { loadCheckedBook, loadSources } from "./src/lib/load-book.ts";
import { footnoteBackLabel, rehypePlugins, remarkPlugins } from "./src/plugins/index.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
// Every content file is checked before Astro reads any: a bad reference, date or citation stops
// the build here with file, line, field and a hint (Astro's own reference() would only log).
// scripts/build.ts checks it in a step of its own first, and then only the sources are read here.
const book = process.env.BOOK_CONTENT_CHECKED === "1" ? loadSources(root) : loadCheckedBook(root);

export default defineConfig({
  site: process.env.BOOK_SITE ?? "http://127.0.0.1:4321",
  outDir: process.env.BOOK_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory" },
  // Scoped styles as a class added to the class attribute: lighter pages than a data attribute
  // on every element, with the same specificity.
  scopedStyleStrategy: "class",
  devToolbar: { enabled: false },
  markdown: {
    // A briefing book has no code to colour: Shiki is neither loaded nor run over every page.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [...remarkPlugins(book.sources)],
      rehypePlugins: rehypePlugins(),
      remarkRehype: { footnoteLabel: "Notes and sources", footnoteBackLabel },
      // SmartyPants is on, as one of our remark plugins (the same rules, faster): Astro's own would
      // run it a second time.
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    // sitemap-index.xml, named in robots.txt (src/pages/robots.txt.ts): every page a search engine
    // should find, at the published address (BOOK_SITE). Not the search page, which has no content.
    // Nor the briefings' editions their PDFs are printed from (/print/actors/<id>/...), copies of
    // the briefings' pages.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== "/search/" && !/^\/print\/.+/.test(path);
      },
    }),
  ],
});
