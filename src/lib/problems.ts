/** One thing wrong with the content, located as precisely as it can be. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Field path such as `relations[0].actor`, when the problem is in front matter or data. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** `content/actors/x.mdx:12: field "relations[0].actor" ... (hint)` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? `field "${p.field}" ` : "";
  const hint = p.hint ? `\n    hint: ${p.hint}` : "";
  return `${where}: ${field}${p.message}${hint}`;
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return `${n} content error${n === 1 ? "" : "s"}:\n\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`;
}

/** Thrown when the content is not fit to build; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** `relations[0].actor` from ["relations", 0, "actor"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("");
}
