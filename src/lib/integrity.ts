import path from "node:path";
import type { z } from "zod";
import type { ActorData } from "../schemas/actor.ts";
import type { EventData } from "../schemas/event.ts";
import type { GlossaryData } from "../schemas/glossary.ts";
import { collections, collectionNames, type CollectionName } from "../schemas/index.ts";
import type { PhaseData } from "../schemas/phase.ts";
import type { PlaceData } from "../schemas/place.ts";
import type { SourceData } from "../schemas/source.ts";
import { refRegistry } from "../schemas/ref.ts";
import { labelId, parseCitationKey, parseLocator, scanFootnotes, textLines, withoutFootnotes } from "./citations.ts";
import { readContent, type RawEntry } from "./content-files.ts";
import { bounds, formatRange, withinSpan } from "./dates.ts";
import { didYouMean } from "./nearest.ts";
import { fieldPath, type Problem } from "./problems.ts";
import { normalizeName } from "./text.ts";

/** An entry whose data passed its schema. */
export interface CheckedEntry<T = unknown> extends RawEntry {
  data: T;
}

export type Book = Record<CollectionName, Map<string, CheckedEntry>>;
type KnownIds = Record<CollectionName, Set<string>>;

/** Checks every entry against its schema, then the book as a whole. Returns every problem found. */
export function checkEntries(entries: RawEntry[]): { book: Book; problems: Problem[] } {
  const problems: Problem[] = [];
  const book = Object.fromEntries(collectionNames.map((c) => [c, new Map()])) as Book;
  // Ids of every file read, valid or not: a broken file reports its own errors, not its referrers'.
  const ids = Object.fromEntries(collectionNames.map((c) => [c, new Set<string>()])) as KnownIds;
  for (const entry of entries) ids[entry.collection].add(entry.id);
  for (const entry of entries) {
    const seen = book[entry.collection].get(entry.id);
    if (seen) {
      problems.push({
        file: entry.file,
        message: `has the id "${entry.id}", already used by ${seen.file}`,
        hint: "ids must be unique within a collection: rename one of the files",
      });
      continue;
    }
    if (entry.broken) continue;
    const result = collections[entry.collection].schema.safeParse(entry.data);
    if (!result.success) {
      problems.push(...schemaProblems(entry, result.error));
      continue;
    }
    book[entry.collection].set(entry.id, { ...entry, data: result.data });
  }
  problems.push(...checkReferences(book, ids));
  problems.push(...checkCitationsInText(book, ids.sources));
  problems.push(...checkSourceKeysInProse(book));
  problems.push(...checkLocators(book));
  problems.push(...checkDates(book));
  problems.push(...checkAsOf(book));
  problems.push(...checkNames(book));
  problems.push(...checkVariants(book));
  problems.push(...checkAlsoAt(book));
  problems.push(...checkRelations(book));
  return { book, problems };
}

/** Reads and checks the whole book under `contentDir`. */
export function checkContent(contentDir: string, projectRoot = path.dirname(contentDir)) {
  const read = readContent(contentDir, projectRoot);
  const checked = checkEntries(read.entries);
  const problems = [...read.problems, ...checked.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return { book: checked.book, problems };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const s = JSON.stringify(value);
  return s && s.length > 60 ? `${s.slice(0, 57)}...` : String(s);
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function schemaProblems(entry: RawEntry, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const p = issue.path as PropertyKey[];
    const value = valueAt(entry.data, p);
    let message = issue.code === "custom" ? issue.message : `${issue.message} (found ${describe(value)})`;
    let hint: string | undefined;
    if (issue.code === "invalid_type" && value === undefined) {
      message = `is required but missing`;
      hint = `add "${String(p.at(-1))}:" to the front matter or data`;
    } else if (issue.code === "unrecognized_keys") {
      message = `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      hint = "check the spelling against the schema in src/schemas/";
    } else if (issue.code === "invalid_value" && "values" in issue) {
      hint = `use one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    }
    const line = entry.lineOf(issue.code === "unrecognized_keys" ? [...p, issue.keys[0] ?? ""] : p);
    const problem: Problem = { file: entry.file, message };
    if (line !== undefined) problem.line = line;
    if (p.length) problem.field = fieldPath(p);
    if (hint) problem.hint = hint;
    return problem;
  });
}

interface FoundRef {
  path: PropertyKey[];
  collection: CollectionName;
  value: string;
}

/** Walks a schema and the data it parsed together, yielding every field marked with `ref()`. */
export function findRefs(schema: z.ZodType, data: unknown, at: PropertyKey[] = []): FoundRef[] {
  const meta = refRegistry.get(schema);
  if (meta) return typeof data === "string" ? [{ path: at, collection: meta.collection, value: data }] : [];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def["type"]) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return data === undefined ? [] : findRefs(def["innerType"] as z.ZodType, data, at);
    case "array":
      return Array.isArray(data)
        ? data.flatMap((item, i) => findRefs(def["element"] as z.ZodType, item, [...at, i]))
        : [];
    case "object": {
      if (!data || typeof data !== "object") return [];
      const shape = def["shape"] as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([k, s]) => findRefs(s, (data as Record<string, unknown>)[k], [...at, k]));
    }
    default:
      return [];
  }
}

function checkReferences(book: Book, ids: KnownIds): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    for (const entry of book[collection].values()) {
      for (const r of findRefs(collections[collection].schema, entry.data)) {
        const targets = ids[r.collection];
        if (targets.has(r.value)) continue;
        const problem: Problem = {
          file: entry.file,
          field: fieldPath(r.path),
          message: `references ${r.collection}/"${r.value}", which does not exist`,
          hint:
            didYouMean(r.value, targets) ||
            `add content/${collections[r.collection].dir}/${r.value}.${collections[r.collection].ext}`,
        };
        const line = entry.lineOf(r.path);
        if (line !== undefined) problem.line = line;
        problems.push(problem);
      }
    }
  }
  return problems;
}

/** Every footnote in a briefing is either a source citation or has its own definition. */
function checkCitationsInText(book: Book, sourceIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ["actors", "phases"] as const) {
    for (const entry of book[collection].values()) {
      const scan = scanFootnotes(entry.body, entry.bodyLine);
      for (const ref of scan.references) {
        if (parseCitationKey(ref.label, sourceIds) || scan.definitions.has(ref.label)) continue;
        const id = labelId(ref.label);
        problems.push({
          file: entry.file,
          line: ref.line,
          message: `cites [^${ref.label}], but "${id}" is not a source id and the footnote has no definition`,
          hint:
            didYouMean(id, sourceIds) ||
            `add content/sources/${id}.yaml, or define the note with a line "[^${ref.label}]: ..."`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every locator names paragraphs its source has: "7" or "7-9", from 1 to the source's
 * `paragraphs`, a range in order. A note that points past the end of an article, or at "7,8",
 * would send the reader to nothing.
 */
function checkLocators(book: Book): Problem[] {
  const sources = book.sources as Map<string, CheckedEntry<SourceData>>;
  const sourceIds = new Set(sources.keys());
  const problems: Problem[] = [];
  const check = (entry: CheckedEntry, source: string, locator: string, where: { line?: number; field?: string }) => {
    const paragraphs = sources.get(source)?.data.paragraphs;
    if (paragraphs === undefined) return; // an unknown source is reported by the reference checks
    const range = parseLocator(locator);
    let message: string | undefined;
    if (!range) message = `cites ${source} at "${locator}", which is not a paragraph`;
    else if (range[0] < 1 || range[1] > paragraphs)
      message = `cites ${source} at paragraph ${range[0] < 1 ? range[0] : range[1]}, but it has ${paragraphs} paragraphs`;
    else if (range[0] > range[1]) message = `cites ${source} at "${locator}", a range out of order`;
    if (!message) return;
    const problem: Problem = {
      file: entry.file,
      message,
      hint: `write a paragraph "7" or a range "7-9" between 1 and ${paragraphs}, counting the non-empty lines of its copy, ${sources.get(source)?.data.file}`,
    };
    if (where.line !== undefined) problem.line = where.line;
    if (where.field !== undefined) problem.field = where.field;
    problems.push(problem);
  };
  for (const collection of collectionNames) {
    for (const entry of book[collection].values()) {
      if (collection === "actors" || collection === "phases") {
        for (const ref of scanFootnotes(entry.body, entry.bodyLine).references) {
          const cited = parseCitationKey(ref.label, sourceIds);
          if (cited?.locator !== undefined) check(entry, cited.source, cited.locator, { line: ref.line });
        }
      }
      for (const r of findRefs(collections[collection].schema, entry.data)) {
        if (r.collection !== "sources" || r.path.at(-1) !== "source") continue;
        const at = [...r.path.slice(0, -1), "locator"];
        const locator = valueAt(entry.data, at);
        if (typeof locator !== "string") continue;
        const line = entry.lineOf(at);
        check(entry, r.value, locator, { field: fieldPath(at), ...(line === undefined ? {} : { line }) });
      }
    }
  }
  return problems;
}

/**
 * A source's id is a citation key, not a name: "fp-2024 says" means nothing to a reader. The text
 * of every briefing (outside its footnote references) and every string of the data (outside
 * references to other entries) must name a source as readers know it.
 */
function checkSourceKeysInProse(book: Book): Problem[] {
  const sources = book.sources as Map<string, CheckedEntry<SourceData>>;
  if (!sources.size) return [];
  const keys = [...sources.keys()]
    .sort((a, b) => b.length - a.length)
    .map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const keyPattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${keys.join("|")})(?![\\p{L}\\p{N}_-])`, "gu");
  const problems: Problem[] = [];
  const report = (entry: CheckedEntry, text: string, line: number | undefined, field?: string) => {
    for (const m of text.matchAll(keyPattern)) {
      const id = m[0];
      const excerpt = text
        .slice(Math.max(0, m.index - 30), m.index + id.length + 30)
        .replace(/\s+/g, " ")
        .trim();
      const problem: Problem = {
        file: entry.file,
        message: `names the source "${id}" by its citation key in the text ("…${excerpt}…")`,
        hint: `readers do not know the keys: name it as the book does (its outlet or author, e.g. "${sources.get(id)?.data.shortLabel ?? id}"), and cite it with [^${id}:<paragraph>]`,
      };
      if (line !== undefined) problem.line = line;
      if (field) problem.field = field;
      problems.push(problem);
    }
  };
  for (const collection of collectionNames) {
    for (const entry of book[collection].values()) {
      if (collection === "actors" || collection === "phases") {
        for (const { raw, line } of textLines(entry.body, entry.bodyLine)) report(entry, withoutFootnotes(raw), line);
      }
      const refs = new Set(findRefs(collections[collection].schema, entry.data).map((r) => fieldPath(r.path)));
      for (const [at, text] of stringsOf(entry.data)) {
        const field = fieldPath(at);
        if (refs.has(field) || (collection === "sources" && (field === "file" || field === "url"))) continue;
        report(entry, text, entry.lineOf(at), field);
      }
    }
  }
  return problems;
}

/** Every string in parsed data, with its path. */
function stringsOf(data: unknown, at: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof data === "string") return [[at, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsOf(v, [...at, i]));
  if (data && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => stringsOf(v, [...at, k]));
  return [];
}

function checkDates(book: Book): Problem[] {
  const problems: Problem[] = [];
  const phases = book.phases as Map<string, CheckedEntry<PhaseData>>;
  const orders = new Map<number, string>();
  for (const phase of phases.values()) {
    const d = phase.data;
    if (bounds(d.end).last < bounds(d.start).first) {
      problems.push({
        file: phase.file,
        line: phase.lineOf(["end"]) ?? 0,
        field: "end",
        message: `"${d.end}" is before the start "${d.start}"`,
        hint: "a phase ends on or after the day it starts",
      });
    }
    const other = orders.get(d.order);
    if (other) {
      problems.push({
        file: phase.file,
        line: phase.lineOf(["order"]) ?? 0,
        field: "order",
        message: `${d.order} is also the order of phases/"${other}"`,
        hint: "give each phase its own order number",
      });
    } else orders.set(d.order, phase.id);
  }
  const sources = book.sources as Map<string, CheckedEntry<SourceData>>;
  for (const event of (book.events as Map<string, CheckedEntry<EventData>>).values()) {
    const d = event.data;
    // An event is reported after it happens: a source published before it can give background,
    // but at least one must be from its date or later, or the date is wrong.
    const published = d.sources.flatMap((c) => {
      const date = sources.get(c.source)?.data.date;
      return date ? [{ id: c.source, date }] : [];
    });
    if (published.length && published.every((p) => bounds(p.date).last < bounds(d.date).first)) {
      const newest = published.reduce((a, b) => (bounds(b.date).first > bounds(a.date).first ? b : a));
      problems.push({
        file: event.file,
        line: event.lineOf(["date"]) ?? 0,
        field: "date",
        message: `"${d.date}" is after every source it cites was published (the newest, ${newest.id}, is from ${newest.date})`,
        hint: "correct the date, or cite a source that reports the event",
      });
    }
    if (d.endDate && bounds(d.endDate).last < bounds(d.date).first) {
      problems.push({
        file: event.file,
        line: event.lineOf(["endDate"]) ?? 0,
        field: "endDate",
        message: `"${d.endDate}" is before the date "${d.date}"`,
        hint: "endDate is the last day of the event, on or after its date",
      });
    }
    const phase = phases.get(d.phase)?.data;
    if (phase && !withinSpan(d.date, phase.start, phase.end)) {
      problems.push({
        file: event.file,
        line: event.lineOf(["date"]) ?? 0,
        field: "date",
        message: `"${d.date}" falls outside its phase "${d.phase}" (${formatRange(phase.start, phase.end).replace("\u00a0", " ")})`,
        hint: "correct the date, or move the event to the phase that covers it",
      });
    }
  }
  return problems;
}

/**
 * A briefing is current to its `asOf` date: no earlier than the newest source it cites, or the
 * "As of" line under its title would tell the reader it predates what it reports.
 */
function checkAsOf(book: Book): Problem[] {
  const sources = book.sources as Map<string, CheckedEntry<SourceData>>;
  const sourceIds = new Set(sources.keys());
  const problems: Problem[] = [];
  for (const collection of ["actors", "phases"] as const) {
    for (const entry of book[collection].values()) {
      const asOf = (entry.data as { asOf: string }).asOf;
      let newest: { id: string; date: string; line: number } | undefined;
      for (const ref of scanFootnotes(entry.body, entry.bodyLine).references) {
        const cited = parseCitationKey(ref.label, sourceIds);
        const date = cited && sources.get(cited.source)?.data.date;
        if (!cited || !date) continue;
        if (!newest || bounds(date).first > bounds(newest.date).first)
          newest = { id: cited.source, date, line: ref.line };
      }
      if (newest && bounds(asOf).last < bounds(newest.date).first) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(["asOf"]) ?? 0,
          field: "asOf",
          message: `"${asOf}" is before ${newest.id} (${newest.date}), which the briefing cites on line ${newest.line}`,
          hint: `a briefing is current to the newest source it cites: set asOf to "${newest.date}" or later`,
        });
      }
    }
  }
  return problems;
}

/** No two actors may share a name, short name or alias (ignoring case and accents). */
function checkNames(book: Book): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const actor of (book.actors as Map<string, CheckedEntry<ActorData>>).values()) {
    const names: [PropertyKey[], string][] = [
      [["name"], actor.data.name],
      [["shortName"], actor.data.shortName],
      ...actor.data.aliases.map((a, i): [PropertyKey[], string] => [["aliases", i], a]),
    ];
    const own = new Set<string>();
    for (const [p, name] of names) {
      const key = normalizeName(name);
      const holder = owner.get(key);
      if (holder && holder !== actor.id) {
        problems.push({
          file: actor.file,
          line: actor.lineOf(p) ?? 0,
          field: fieldPath(p),
          message: `"${name}" is already a name or alias of actors/"${holder}"`,
          hint: "an alias must lead to one actor: remove it from one of them",
        });
      } else if (!own.has(key)) owner.set(key, actor.id);
      own.add(key);
    }
  }
  return problems;
}

/**
 * A glossary term's or a place's variants are the other ways the sources write it: each is shown
 * ("Also written: …") and searched for. Search ignores capitals, so a variant that differs from
 * the term, its expansion, the place's name or an earlier variant only in capitals (a sentence's
 * "Al-Qaeda" for "al-Qaeda") adds nothing but a repeated spelling on the page.
 */
function checkVariants(book: Book): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: CheckedEntry<{ variants: string[] }>, names: [string, string | undefined][]) => {
    const seen = new Map<string, string>();
    for (const [field, name] of names) if (name) seen.set(name.toLowerCase(), `the ${field} "${name}"`);
    entry.data.variants.forEach((variant, i) => {
      const same = seen.get(variant.toLowerCase());
      if (!same) {
        seen.set(variant.toLowerCase(), `the variant "${variant}"`);
        return;
      }
      const at = ["variants", i];
      problems.push({
        file: entry.file,
        line: entry.lineOf(at) ?? 0,
        field: fieldPath(at),
        message: `"${variant}" is ${same}${same.endsWith(`"${variant}"`) ? " again" : " but for capitals"}`,
        hint: "search ignores capitals and the page shows each spelling once: remove this variant",
      });
    });
  };
  for (const g of (book.glossary as Map<string, CheckedEntry<GlossaryData>>).values()) {
    check(g, [
      ["term", g.data.term],
      ["expansion", g.data.expansion],
    ]);
  }
  for (const p of (book.places as Map<string, CheckedEntry<PlaceData>>).values()) check(p, [["name", p.data.name]]);
  return problems;
}

/**
 * An event's `alsoAt` lists the other places where it happened: beside a place it is set at, and
 * each once, never that place again.
 */
function checkAlsoAt(book: Book): Problem[] {
  const problems: Problem[] = [];
  for (const event of (book.events as Map<string, CheckedEntry<EventData>>).values()) {
    const { place, alsoAt } = event.data;
    const seen = new Set(place ? [place] : []);
    alsoAt.forEach((id, i) => {
      const at = ["alsoAt", i];
      const problem = (message: string, hint: string) =>
        problems.push({ file: event.file, line: event.lineOf(at) ?? 0, field: fieldPath(at), message, hint });
      if (!place) {
        problem(`"${id}" is another place of an event that is set at none`, `set "place:" to where it mainly happened`);
      } else if (seen.has(id)) {
        problem(
          id === place ? `"${id}" is the event's place already` : `"${id}" is listed twice`,
          "alsoAt names each other place once, not the place the event is set at",
        );
      }
      seen.add(id);
    });
  }
  return problems;
}

/** A relation is stated on both actors' pages, with the same type, and never to oneself. */
function checkRelations(book: Book): Problem[] {
  const problems: Problem[] = [];
  const actors = book.actors as Map<string, CheckedEntry<ActorData>>;
  for (const actor of actors.values()) {
    actor.data.relations.forEach((rel, i) => {
      const at = ["relations", i, "actor"];
      const line = actor.lineOf(at) ?? 0;
      if (rel.actor === actor.id) {
        problems.push({ file: actor.file, line, field: fieldPath(at), message: "is the actor itself" });
        return;
      }
      const other = actors.get(rel.actor);
      if (!other) return;
      const back = other.data.relations.filter((r) => r.actor === actor.id);
      if (!back.some((r) => r.type === rel.type)) {
        problems.push({
          file: actor.file,
          line,
          field: fieldPath(at),
          message: `says ${rel.actor} is ${article(rel.type)}, but ${other.file} ${back.length ? `lists ${actor.id} only as ${back.map((r) => r.type).join(", ")}` : `does not list ${actor.id}`}`,
          hint: `add { actor: ${actor.id}, type: ${rel.type} } to the relations of ${rel.actor}, or correct this one`,
        });
      }
    });
  }
  return problems;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
