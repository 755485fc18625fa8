/** Formatting for the benchmark's printed figures: Markdown tables, ready for the README. */
import type { Bytes, PageWeight } from "./bench-bytes.ts";

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

export const seconds = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(1)} s`);
export const mib = (n: number | undefined) => (n === undefined ? "n/a" : `${Math.round(n)} MiB`);
export const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;

export function weightTable(weights: PageWeight[]): string {
  return table(
    ["page", "HTML", "of which inline CSS", "CSS files", "fonts", "JS", "other", "requests", "script before search"],
    weights.map((w) => [
      w.url,
      kb(w.html),
      kb(w.inlineCss),
      kb(w.css),
      kb(w.fonts),
      kb(w.js),
      kb(w.other),
      w.requests,
      `${w.scriptMs.toFixed(0)} ms`,
    ]),
  );
}
