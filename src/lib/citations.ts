import type { Citation } from "../schemas/citation.ts";
import type { SourceData } from "../schemas/source.ts";
import { formatDate } from "./dates.ts";

/**
 * Citations in briefing text are GFM footnote references whose label is a source id,
 * optionally followed by a locator: `[^lechner-2024]`, `[^lechner-2024:7]` (paragraph 7),
 * `[^lechner-2024:7-9]`. Ordinary footnotes (`[^1]` with a `[^1]: ...` definition) mix freely.
 */
export interface CitationKey {
  source: string;
  locator?: string;
}

/** Footnote references and definitions found in a briefing's text, with their lines. */
export interface FootnoteScan {
  references: { label: string; line: number; column: number }[];
  definitions: Map<string, number>;
}

const referencePattern = /\[\^([^\]\s]+)\](?!:)/g;
const definitionPattern = /^ {0,3}\[\^([^\]\s]+)\]:/;

/** Splits a footnote label into a source id and locator when the id names a source. */
export function parseCitationKey(label: string, sourceIds: ReadonlySet<string>): CitationKey | null {
  const colon = label.indexOf(":");
  const source = colon === -1 ? label : label.slice(0, colon);
  if (!sourceIds.has(source)) return null;
  const locator = colon === -1 ? "" : label.slice(colon + 1);
  return locator ? { source, locator } : { source };
}

/** The id part of a label (before any locator), for suggestions when it names no source. */
export function labelId(label: string): string {
  const colon = label.indexOf(":");
  return colon === -1 ? label : label.slice(0, colon);
}

/** The lines of Markdown text outside fenced code, each with its line number. */
export function textLines(text: string, firstLine = 1): { raw: string; line: number }[] {
  let fenced = false;
  return text.split(/\r?\n/).flatMap((raw, i) => {
    if (/^ {0,3}(```|~~~)/.test(raw)) fenced = !fenced;
    return fenced ? [] : [{ raw, line: firstLine + i }];
  });
}

/** A line of Markdown without its footnote references and definition labels: what it says. */
export function withoutFootnotes(raw: string): string {
  return raw.replace(/\[\^[^\]\s]+\]:?/g, " ");
}

/** Finds footnote references and definitions in Markdown text, skipping fenced code. */
export function scanFootnotes(text: string, firstLine = 1): FootnoteScan {
  const references: FootnoteScan["references"] = [];
  const definitions = new Map<string, number>();
  textLines(text, firstLine).forEach(({ raw, line }) => {
    const def = definitionPattern.exec(raw);
    let rest = raw;
    if (def?.[1]) {
      definitions.set(def[1], line);
      rest = raw.slice(def[0].length);
    }
    for (const m of rest.matchAll(referencePattern)) {
      if (m[1]) {
        references.push({ label: m[1], line, column: (m.index ?? 0) + 1 + (raw.length - rest.length) });
      }
    }
  });
  return { references, definitions };
}

/** Ids of the sources cited in a briefing's text. */
export function citedSourceIds(text: string, sourceIds: ReadonlySet<string>): Set<string> {
  const cited = new Set<string>();
  for (const r of scanFootnotes(text).references) {
    const key = parseCitationKey(r.label, sourceIds);
    if (key) cited.add(key.source);
  }
  return cited;
}

/**
 * The first and last paragraph a locator names: "7" is [7, 7], "7-9" is [7, 9]. Anything else is
 * undefined, and the content check stops the build on it (src/lib/integrity.ts).
 */
export function parseLocator(locator: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(locator);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/** A citation as the book's data files write it: "fp-2024:18", "mena-2025:5-7", or the key alone. */
export function citationKey(c: Citation): string {
  return c.locator ? `${c.source}:${c.locator}` : c.source;
}

/** "para. 7", "paras 7–9", or the locator as written. */
export function formatLocator(locator: string | undefined): string {
  if (!locator) return "";
  const range = parseLocator(locator);
  if (!range) return locator;
  return formatParagraphs(range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`);
}

/**
 * The citations of one statement, one entry per source in the order they first appear, with the
 * source's paragraphs together: `fp-2024:18`, `fp-2024:19`, `rs-2023:25` read "Foreign Policy,
 * paras 18–19; Responsible Statecraft, para. 25", not the first source twice. A source cited
 * without a paragraph as well as with one keeps only its paragraphs.
 */
export function groupCitations(
  citations: readonly { source: string; locator?: string | undefined }[],
): { source: string; locator: string }[] {
  const bySource = new Map<string, Set<number>>();
  for (const c of citations) {
    const paragraphs = bySource.get(c.source) ?? new Set<number>();
    bySource.set(c.source, paragraphs);
    const range = c.locator ? parseLocator(c.locator) : undefined;
    if (range) for (let n = range[0]; n <= range[1]; n++) paragraphs.add(n);
  }
  return [...bySource].map(([source, paragraphs]) => ({ source, locator: paragraphRuns([...paragraphs]) }));
}

/** "18", "18–19", "7, 9–11": sorted, consecutive paragraphs as a range. */
function paragraphRuns(paragraphs: number[]): string {
  const sorted = paragraphs.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

/** "para. 7" or "paras 7–9, 12" for the paragraphs of groupCitations. */
export function formatParagraphs(runs: string): string {
  if (!runs) return "";
  return /^\d+$/.test(runs) ? `para. ${runs}` : `paras ${runs}`;
}

/** The parts of a full citation, in the order they are written. */
export interface CitationParts {
  author: string;
  title: string;
  /** The outlet's name, printed in italics as a publication's title; none where it is unknown. */
  outlet?: string;
  date: string;
  locator: string;
  url?: string;
  /** The book's page about the source. */
  href: string;
}

export function citationParts(id: string, source: SourceData, locator?: string): CitationParts {
  const parts: CitationParts = {
    author: source.author ?? "Unsigned",
    title: source.title,
    date: formatDate(source.date, source.dateQualifier),
    locator: formatLocator(locator),
    href: `/sources/${id}/`,
  };
  if (source.outlet !== "unknown") parts.outlet = source.outlet;
  if (source.url) parts.url = source.url;
  return parts;
}
