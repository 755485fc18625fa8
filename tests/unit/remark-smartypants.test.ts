import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import remarkSmartypants, { smartText } from "../../src/plugins/remark-smartypants.ts";

async function render(markdown: string): Promise<string> {
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkStringify)
    .process(markdown);
  return String(out).trim();
}

describe("remark-smartypants", () => {
  it("curls quotes across emphasis and links, and keeps apostrophes", async () => {
    expect(await render(`He said "it's *'fine'*" and [Lechner's "view"](/x).`)).toBe(
      "He said “it’s *‘fine’*” and [Lechner’s “view”](/x).",
    );
  });

  it("turns dashes, ellipses and closing double apostrophes in any text node", async () => {
    expect(await render("Wait -- then... and . . . a quote''.")).toBe("Wait — then… and … a quote”.");
    expect(await render("*a -- b* and c...")).toBe("*a — b* and c…");
  });

  it("leaves text with nothing to change as it was", async () => {
    expect(await render("In 2011, Synthetic Actor 1 clashed. Then - a dash. One. Two.")).toBe(
      "In 2011, Synthetic Actor 1 clashed. Then - a dash. One. Two.",
    );
  });

  it("gives a plain string the same typography (smartText), and leaves one with nothing to change as it was", () => {
    expect(smartText(`He said "it's 'fine'" -- then...`)).toBe("He said “it’s ‘fine’” — then…");
    expect(smartText("In 2011, Synthetic Actor 1 clashed.")).toBe("In 2011, Synthetic Actor 1 clashed.");
  });
});
