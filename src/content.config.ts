import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { idFromPath } from "./lib/content-files.ts";
import { contentDir } from "./lib/load-book.ts";
import { collections as specs, collectionNames } from "./schemas/index.ts";

/** One collection per folder of content/, read with the schemas in src/schemas/. */
export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const spec = specs[name];
    return [
      name,
      defineCollection({
        loader: glob({
          pattern: `*.${spec.ext}`,
          base: `${contentDir(process.cwd())}/${spec.dir}`,
          generateId: ({ entry }) => idFromPath(entry),
        }),
        schema: spec.schema,
      }),
    ];
  }),
);
