import path from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { loadCheckedBook } from "../../src/lib/load-book.ts";
import remarkCitations from "../../src/plugins/remark-citations.ts";

const { sources } = loadCheckedBook(path.resolve(import.meta.dirname, "../fixtures/mini"));

async function render(markdown: string): Promise<string> {
  const file = new VFile({ path: "content/actors/test.mdx", value: markdown });
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sources })
    .use(remarkRehype, { footnoteLabel: "Notes and sources" })
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

describe("remark-citations", () => {
  it("turns source ids into numbered notes with full citations", async () => {
    const html = await render(
      "Wagner lost.[^lechner-mt-2024:5] Unsigned piece.[^fp-2024] Again.[^lechner-mt-2024:5] A note.[^n]\n\n[^n]: Our own words.\n",
    );
    await expect(html).toMatchFileSnapshot("__snapshots__/citations.html");
  });

  it("numbers notes in order of first use and reuses a note cited twice", async () => {
    const html = await render("A.[^rs-2023] B.[^mena-2025:3-4] C.[^rs-2023]\n");
    const numbers = [...html.matchAll(/data-footnote-ref[^>]*>(\d+)</g)].map((m) => m[1]);
    expect(numbers).toEqual(["1", "2", "1"]);
    expect(html).toContain("paras 3–4");
    expect(html).toContain("Responsible Statecraft");
  });

  it("cites a source in full in its first note, and in short in the notes after it", async () => {
    const html = await render("A.[^fp-2024:3] B.[^ap-rewrite-2025:2] C.[^fp-2024:7] D.[^ap-rewrite-2025:3-4]\n");
    const notes = [...html.matchAll(/<li id="user-content-fn-[^"]+">\s*<p>(.*?)<a href="#user-content-fnref/gs)].map(
      (m) => m[1] ?? "",
    );
    expect(notes).toHaveLength(4);
    expect(notes[0]).toContain("“How Foreign Intervention Failed Mali");
    expect(notes[1]).toContain("Unsigned, “Wagner Group Withdraws from Mali");
    // Later notes: the source's short label (capitalised), linking to its page, and the paragraphs.
    expect(notes[2]).toBe('<a href="/sources/fp-2024/" class="source-link">Foreign Policy, 2024</a>, para. 7. ');
    expect(notes[3]).toBe(
      '<a href="/sources/ap-rewrite-2025/" class="source-link">News report, June 2025</a>, paras 3–4. ',
    );
  });

  it("writes unsigned pieces as unsigned and links the original only when its address is known", async () => {
    const html = await render("X.[^ap-rewrite-2025:2]\n");
    expect(html).toContain("Unsigned, “Wagner Group Withdraws from Mali");
    expect(html).toContain("”, outlet unknown, June 2025");
    expect(html).not.toContain("<em>outlet unknown</em>");
    expect(html).not.toContain('href="http');
    expect(html).toContain('href="/sources/ap-rewrite-2025/"');
  });

  it("opens external links safely", async () => {
    const html = await render("X.[^mena-2025:1]\n");
    expect(html).toMatch(/<a href="https:\/\/www\.mena-researchcenter\.org\/[^"]+" rel="noopener noreferrer">/);
  });

  it("stops on an unknown source id with file, line and the nearest ids", async () => {
    await expect(render("First line.\n\nSecond.[^lechner-2024:5]\n")).rejects.toThrow(
      'content/actors/test.mdx:3: cites [^lechner-2024:5], but "lechner-2024" is not a source id and the footnote has no definition; did you mean "lechner-mt-2024"',
    );
  });

  it("stops on the same note cited twice in a row, and allows it cited again later", async () => {
    await expect(render("One.\n\nControl.[^fp-2024:37] [^fp-2024:37] Next.\n")).rejects.toThrow(
      "content/actors/test.mdx:3: cites [^fp-2024:37] twice in a row; keep one",
    );
    await expect(render("A.[^fp-2024:37][^fp-2024:37]\n")).rejects.toThrow("twice in a row");
    expect(await render("A.[^fp-2024:37] B.[^fp-2024:37] C.[^fp-2024:36] [^fp-2024:37]\n")).toContain("B.");
  });

  it("leaves text without citations alone", async () => {
    expect(await render("Plain [text] and a^caret.\n")).toBe("<p>Plain [text] and a^caret.</p>");
  });
});
