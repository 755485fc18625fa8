import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface PdfLinkCheck {
  /** Pages that link a PDF, and the PDF each links. */
  links: { page: string; href: string }[];
  /** Those whose PDF is not in the build. */
  dead: { page: string; href: string }[];
}

/** Every link to a .pdf in the built pages of `dir`, and those that lead nowhere. */
export function checkPdfLinks(dir: string): PdfLinkCheck {
  const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const links = pages.flatMap((page) =>
    [...readFileSync(path.join(dir, page), "utf8").matchAll(/href="(\/[^"#?]*\.pdf)"/g)].map((m) => ({
      page,
      href: m[1] ?? "",
    })),
  );
  const dead = links.filter((l) => !existsSync(path.join(dir, decodeURIComponent(l.href))));
  return { links, dead };
}

/** Checks them: the line for the build's log, or an error that names the first links that lead nowhere. */
export function pdfLinksReport(dir: string): string {
  const { links, dead } = checkPdfLinks(dir);
  if (dead.length) {
    const list = dead.slice(0, 10).map((d) => `  ${d.page} → ${d.href}`);
    throw new Error(`${dead.length} link(s) to a PDF that was not made:\n${list.join("\n")}`);
  }
  return links.length ? `pdf: all ${links.length} links to PDFs lead to one` : "pdf: no page links a PDF";
}
