/** The little of citation-js the book uses (the package ships no types). */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: "biblatex" | "bibtex", options?: { format?: "text" }): string;
    format(format: "data", options?: { format?: "object" }): Record<string, unknown>[];
  }
  export const plugins: {
    config: { get(name: "@bibtex"): { format: Record<string, boolean> } };
  };
}
declare module "@citation-js/plugin-bibtex";
