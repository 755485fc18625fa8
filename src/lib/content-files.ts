import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, isScalar, parseDocument, visit, type Document } from "yaml";
import { collectionNames, collections, type CollectionName } from "../schemas/index.ts";
import type { Problem } from "./problems.ts";

/** A content file read from disk, before its data is checked against its schema. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** MDX body (briefings only). */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** True when the YAML could not be read: its data is not checked further. */
  broken: boolean;
  /** Line of the value at a field path, or of the nearest enclosing field. */
  lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^\d{4}-\d{1,2}(?:-\d{1,2})?$/;

/** The entry id for a content file: its name without the extension. Shared with the Astro loaders. */
export function idFromPath(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses one file's YAML (the whole file, or an MDX file's front matter), keeping line numbers. */
export function parseContentFile(
  collection: CollectionName,
  file: string,
  text: string,
): { entry: RawEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  let yamlText = text;
  let yamlLineOffset = 0;
  let body = "";
  let bodyLine = 1;
  if (collections[collection].ext === "mdx") {
    const m = frontmatter.exec(text);
    if (!m) {
      problems.push({
        file,
        line: 1,
        message: "has no front matter",
        hint: "start the file with a block of YAML between two lines of three dashes (---)",
      });
      yamlText = "";
      body = text;
    } else {
      yamlText = m[1] ?? "";
      yamlLineOffset = 1;
      body = text.slice(m[0].length);
      bodyLine = m[0].split("\n").length;
      if (!m[0].endsWith("\n")) bodyLine -= 1;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlLineOffset;
  for (const err of doc.errors) {
    problems.push({
      file,
      line: lineAt(err.pos[0]),
      message: `is not valid YAML: ${err.message.split("\n")[0]}`,
      hint: "check the indentation and quoting on that line",
    });
  }
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === "PLAIN" && typeof node.value === "string" && datePattern.test(node.value)) {
        problems.push({
          file,
          line: node.range ? lineAt(node.range[0]) : undefined,
          message: `has the unquoted date ${node.value}`,
          hint: `write it in quotes ("${node.value}"): unquoted dates are read as timestamps and can silently roll over`,
        } as Problem);
      }
    },
  });
  const lineOf = (fieldPath: readonly PropertyKey[]) => lineOfPath(doc, fieldPath, lineAt);
  const id = idFromPath(file);
  if (!idPattern.test(id)) {
    problems.push({
      file,
      message: `has a file name that is not a valid id ("${id}")`,
      hint: "name content files in lowercase letters, digits and hyphens, e.g. africa-corps.mdx",
    });
  }
  const data = doc.errors.length ? {} : (doc.toJS() ?? {});
  const broken = doc.errors.length > 0;
  return { entry: { collection, id, file, data, body, bodyLine, broken, lineOf }, problems };
}

function lineOfPath(
  doc: Document,
  fieldPath: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | undefined {
  for (let n = fieldPath.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, n) as unknown[], true);
    if (node && typeof node === "object" && "range" in node) {
      const range = (node as { range?: [number, number, number] }).range;
      if (range) return lineAt(range[0]);
    }
    if (isScalar(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}

/** Reads every content file under `contentDir`, collection by collection. */
export function readContent(contentDir: string, projectRoot: string): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const spec = collections[collection];
    const dir = path.join(contentDir, spec.dir);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const rel = path.relative(projectRoot, full);
      if (name.startsWith(".") || name.toLowerCase() === "readme.md") continue;
      if (!name.endsWith(`.${spec.ext}`)) {
        problems.push({
          file: rel,
          message: `is not a .${spec.ext} file, so it would be ignored`,
          hint: `${collection} entries are .${spec.ext} files; rename it or move it out of content/${spec.dir}`,
        });
        continue;
      }
      const parsed = parseContentFile(collection, rel, readFileSync(full, "utf8"));
      entries.push(parsed.entry);
      problems.push(...parsed.problems);
    }
  }
  return { entries, problems };
}
