import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import type { z } from "zod";
import { idFromPath } from "./lib/content-files.ts";
import { contentDir } from "./lib/load-book.ts";
import { collections as specs } from "./schemas/index.ts";

/** A collection read from its folder of content/ with its schema from src/schemas/. */
function collection<S extends z.ZodType>(spec: { dir: string; ext: string; schema: S }) {
  return defineCollection({
    loader: glob({
      pattern: `*.${spec.ext}`,
      base: `${contentDir(process.cwd())}/${spec.dir}`,
      generateId: ({ entry }) => idFromPath(entry),
    }),
    schema: spec.schema,
  });
}

export const collections = {
  sources: collection(specs.sources),
  actors: collection(specs.actors),
  phases: collection(specs.phases),
  events: collection(specs.events),
  places: collection(specs.places),
  glossary: collection(specs.glossary),
  claims: collection(specs.claims),
};
