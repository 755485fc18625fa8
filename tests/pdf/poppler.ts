/** Poppler's command-line tools (Debian: apt-get install poppler-utils), read as the tests need. */
import { spawnSync } from "node:child_process";

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`${tool} did not run (${result.error.message}); the PDF tests need poppler-utils`);
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * The text of a PDF, or of pages first..last, with `layout` keeping lines as printed, or `raw` in
 * the order it is drawn (labels of a figure stay whole, not interleaved with their neighbours).
 */
export function pdfText(
  file: string,
  pages: { first?: number; last?: number; layout?: boolean; raw?: boolean } = {},
): string {
  const args = [];
  if (pages.first) args.push("-f", String(pages.first));
  if (pages.last) args.push("-l", String(pages.last));
  if (pages.layout) args.push("-layout");
  if (pages.raw) args.push("-raw");
  return run("pdftotext", [...args, "-enc", "UTF-8", file, "-"]);
}

/** The text of each page, in order (pdftotext ends every page with a form feed). */
export function pdfPages(file: string, layout = false): string[] {
  return pdfText(file, { layout }).split("\f").slice(0, -1);
}

/** The text of each page in the order it is drawn (see pdfText). */
export function pdfRawPages(file: string): string[] {
  return pdfText(file, { raw: true }).split("\f").slice(0, -1);
}

export interface PdfWord {
  text: string;
  /** Its box, in points from the page's top left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page (1-based) with their boxes, and the page's size in points. */
export function pdfPageWords(file: string, page: number): { width: number; height: number; words: PdfWord[] } {
  const xml = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), "-enc", "UTF-8", file, "-"]);
  const size = /<page width="([\d.]+)" height="([\d.]+)">/.exec(xml);
  const words = [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? "" }));
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words };
}

/** The words of every page (index 0 is page 1) with their boxes: one run of pdftotext for them all. */
export function pdfAllWords(file: string): PdfWord[][] {
  const xml = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
  return xml
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: unescapeXml(m[5] ?? ""),
        }),
      ),
    );
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );

/** pdfinfo's fields: "Pages", "Tagged", "Page size", "Title", ... */
export function pdfInfo(file: string): Map<string, string> {
  return new Map(
    run("pdfinfo", [file])
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

/** pdffonts' table: each font's name, type and whether it is embedded. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object-id generation: "emb" is 5th from the end.
      return { name: cols[0] ?? "", type: cols.slice(1, -6).join(" "), embedded: cols[cols.length - 5] === "yes" };
    });
}

/** Runs of white space as one space, for text that wraps across lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}
