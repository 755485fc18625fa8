import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { el, text } from "./hast.ts";
import rehypeHeadingWeight from "../../src/plugins/rehype-heading-weight.ts";

describe("rehypeHeadingWeight", () => {
  it("weighs a briefing's section headings as its text, and leaves the rest alone", () => {
    const h2 = el("h2", { id: "role-phase-by-phase" }, [text("Role phase by phase")]);
    const h3 = el("h3", { id: "kidal" }, [text("The northern offensive and the fall of Kidal")]);
    const p = el("p", {}, [text("Just after Kidal fell")]);
    const tree: Root = { type: "root", children: [h2, el("section", {}, [h3, p])] };
    rehypeHeadingWeight()(tree);
    expect(h2.properties).toEqual({ id: "role-phase-by-phase", dataPagefindWeight: "1" });
    expect(h3.properties).toEqual({ id: "kidal", dataPagefindWeight: "1" });
    expect(p.properties).toEqual({});
  });
});
