import { describe, expect, it } from "vitest";
import type { PagefindSubResult } from "../../src/scripts/pagefind-types.ts";
import { bestSectionsFirst } from "../../src/scripts/search-ui.ts";

const section = (title: string, url: string, scores: number[]): PagefindSubResult => ({
  title,
  url,
  excerpt: "",
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

describe("a result's sections", () => {
  it("are the three best by Pagefind's weighted score, best first, not the page's opening", () => {
    const page = "/places/?highlight=bamako";
    const shown = bestSectionsFirst({
      url: page,
      sub_results: [
        section("Places", page, [9, 9, 9]),
        section("Algiers", `${page}#algiers`, [1, 1, 1]),
        section("Bamako", `${page}#bamako`, [8, 2]),
        section("Gao", `${page}#gao`, [0.5]),
        section("Kidal", `${page}#kidal`, [2]),
      ],
    });
    expect(shown.map((s) => s.title)).toEqual(["Bamako", "Algiers", "Kidal"]);
  });

  it("keep a page's first section when the page has no opening of its own", () => {
    const shown = bestSectionsFirst({ url: "/a/", sub_results: [section("First", "/a/#first", [1])] }, 3);
    expect(shown.map((s) => s.title)).toEqual(["First"]);
  });
});
