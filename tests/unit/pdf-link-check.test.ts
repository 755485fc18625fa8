import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfLinksReport } from "../../scripts/lib/pdf-link-check.ts";

describe("the build's check of links to PDFs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-links-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  };

  it("says so when no page links a PDF", () => {
    page("index.html", '<a href="/actors/wagner/">Wagner</a>');
    expect(pdfLinksReport(dir)).toBe("pdf: no page links a PDF");
  });

  it("counts the links that lead to a PDF, and stops on one that leads nowhere, naming page and link", () => {
    page("pdf/actors/wagner.pdf", "%PDF-1.7");
    page("actors/wagner/index.html", '<a href="/pdf/actors/wagner.pdf">Download PDF</a>');
    expect(pdfLinksReport(dir)).toBe("pdf: all 1 links to PDFs lead to one");
    page("actors/jnim/index.html", '<a href="/pdf/actors/jnim.pdf">Download PDF</a>');
    expect(() => pdfLinksReport(dir)).toThrow(
      `1 link(s) to a PDF that was not made:\n  ${path.join("actors", "jnim", "index.html")} → /pdf/actors/jnim.pdf`,
    );
  });
});
