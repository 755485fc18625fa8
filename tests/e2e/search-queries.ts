/**
 * What a reader types, and the page that must come first. Names, spelling variants, acronyms,
 * lowercase and unaccented forms, partial words and phrases, each with its canonical page:
 * an actor's briefing for any of its names, the phase named after a place for that place's
 * spellings, the glossary for a term no briefing covers, and for a phrase from a dispute the
 * event it is about, where the dispute is set out.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const contentDir = path.resolve(import.meta.dirname, "../../content");
export interface SearchCase {
  query: string;
  /** Address of the page that must be the first result (or of either, when a name is two things). */
  first: string | string[];
  /** What the query tests. */
  why: string;
}

export const searchCases: SearchCase[] = [
  // A place's name leads to its page; another spelling to it or to the phase named after it.
  { query: "Tinzaouatene", first: "/places/tinzaouatene/", why: "place name" },
  { query: "Tinzaoutene", first: ["/places/tinzaouatene/", "/phases/tinzaouatene/"], why: "place spelling variant" },
  { query: "Tinzaouaten", first: ["/places/tinzaouatene/", "/phases/tinzaouatene/"], why: "place spelling variant" },
  { query: "tinza", first: ["/places/tinzaouatene/", "/phases/tinzaouatene/"], why: "partial word" },
  { query: "Kidal", first: "/places/kidal/", why: "place in a phase title" },
  // Actors: full names, short names, aliases, acronyms.
  { query: "African Corps", first: "/actors/africa-corps/", why: "alias (misspelling in the sources)" },
  { query: "Africa Corps", first: "/actors/africa-corps/", why: "name" },
  { query: "goita", first: "/actors/goita/", why: "unaccented, lowercase" },
  { query: "Goïta", first: "/actors/goita/", why: "accented" },
  { query: "FAMA", first: "/actors/fama/", why: "acronym alias of FAMa" },
  { query: "fama", first: "/actors/fama/", why: "lowercase acronym" },
  { query: "Malian army", first: "/actors/fama/", why: "alias" },
  {
    query: "Mali",
    first: "/actors/mali/",
    why: "name that a place's hyphenated name starts with (Mali-Algeria border)",
  },
  { query: "Nusrat", first: "/actors/jnim/", why: "word of the full name" },
  { query: "Nasr", first: "/actors/jnim/", why: "spelling variant of the full name" },
  { query: "JNIM", first: "/actors/jnim/", why: "acronym" },
  { query: "Group for the Support of Islam and Muslims", first: "/actors/jnim/", why: "translated name (glossary)" },
  { query: "CSP", first: "/actors/csp/", why: "acronym" },
  { query: "Cadre Strategique Permanent", first: "/actors/csp/", why: "unaccented full name" },
  { query: "Azawad forces", first: "/actors/csp/", why: "alias" },
  { query: "AQIM", first: "/actors/aqim/", why: "acronym as short name" },
  { query: "al-Qaida in the Islamic Maghreb", first: "/actors/aqim/", why: "spelling variant" },
  { query: "MINUSMA", first: "/actors/minusma/", why: "acronym as name" },
  { query: "UN peacekeeping mission", first: "/actors/minusma/", why: "descriptive alias" },
  { query: "Barkhane", first: "/actors/barkhane/", why: "short name" },
  { query: "Opération Barkhane", first: "/actors/barkhane/", why: "accented alias" },
  { query: "Prigozhin", first: "/actors/prigozhin/", why: "surname" },
  { query: "Evgeny Prigozhin", first: "/actors/prigozhin/", why: "transliteration variant" },
  { query: "prigoz", first: "/actors/prigozhin/", why: "partial word" },
  { query: "Kharief", first: "/actors/kharief/", why: "surname of an analyst" },
  { query: "MenaDefense", first: "/actors/kharief/", why: "glossary term covered by a briefing" },
  { query: "GreyZone", first: "/actors/fedyanin/", why: "glossary term covered by a briefing" },
  { query: "Wagner", first: "/actors/wagner/", why: "name found on almost every page" },
  { query: "PMC Wagner", first: "/actors/wagner/", why: "alias" },
  { query: "CNSP", first: "/actors/goita-junta/", why: "acronym alias" },
  { query: "Russian Defense Ministry", first: "/actors/russian-mod/", why: "US spelling alias" },
  { query: "MoD", first: "/actors/russian-mod/", why: "acronym alias" },
  { query: "ISGS", first: "/actors/isgs/", why: "acronym alias" },
  { query: "Keita", first: "/actors/keita/", why: "unaccented surname" },
  { query: "touadera", first: "/actors/touadera/", why: "unaccented, lowercase" },
  { query: "Sergei Lavrov", first: "/actors/lavrov/", why: "transliteration variant" },
  { query: "Yunusbek", first: "/actors/yevkurov/", why: "spelling variant" },
  { query: "Kremlin", first: "/actors/russia/", why: "alias" },
  // Events, sources, glossary terms, disputes.
  { query: "Nataka", first: ["/places/nataka/", "/glossary/"], why: "both a place and a glossary term" },
  { query: "Merci Wagner", first: "/events/2022-02-merci-wagner-rally/", why: "phrase of an event title" },
  { query: "Khartoum Agreement", first: "/glossary/", why: "glossary term no briefing covers" },
  { query: "Bamako", first: "/places/bamako/", why: "place no phase is named after" },
  { query: "kidal", first: "/places/kidal/", why: "place name in lower case" },
  { query: "Gao", first: "/places/gao/", why: "place the events name but are not placed at" },
  { query: "Fulani", first: "/glossary/", why: "glossary term no briefing covers" },
  { query: "appear fairly accurate", first: "/events/2024-07-tinzaouatene-ambush/", why: "phrase from a dispute" },
  { query: "shot down a Malian drone", first: "/events/2025-04-drone-downed/", why: "phrase from a dispute" },
  // Phrases naming what happened: the page about it, not the briefings that head a section with
  // a phase's title (search.spec.ts also checks the order below the first).
  {
    query: "fall of Kidal",
    first: ["/phases/kidal-offensive/", "/events/2023-11-kidal-captured/"],
    why: "phase title phrase; the event of the fall is as good an answer",
  },
  {
    query: "Prigozhin death",
    first: ["/events/2023-08-prigozhin-death/", "/actors/prigozhin/"],
    why: 'the briefing on him, or the event of his death: its title says "death" (it said "dies", which search does not match, and the Bakhmut event came before it)',
  },
];

/** Lowercase, without accents, split into words: how a name is compared with a query. */
function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replaceAll("’", "'")
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

function readEntries(collection: string): { id: string; data: Record<string, unknown> }[] {
  const dir = path.join(contentDir, collection);
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), "utf8");
      const data = parse(f.endsWith(".mdx") ? (text.split(/^---$/m)[1] ?? "") : text) as Record<string, unknown>;
      return { id: f.replace(/\.(mdx|yaml)$/, ""), data };
    });
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === "string") : []);
const text = (value: unknown): string[] => (typeof value === "string" ? [value] : []);

interface Named {
  names: string[];
  /** Address of the page that is about it. */
  page: string;
  /** Other pages as much about it, any of which may come first too. */
  also?: string[];
}

/**
 * Everything in the content model that has names, with its canonical page: an actor's briefing
 * (for glossary terms an actor's briefing covers too), a place's page (or the phase named after
 * it), the glossary for the other terms.
 */
function namedThings(): Named[] {
  const phases = readEntries("phases");
  return [
    ...readEntries("actors").map((a) => ({
      names: [...text(a.data["name"]), ...text(a.data["shortName"]), ...list(a.data["aliases"])],
      page: `/actors/${a.id}/`,
    })),
    ...readEntries("glossary").map((g) => ({
      names: [...text(g.data["term"]), ...text(g.data["expansion"]), ...list(g.data["variants"])],
      page: typeof g.data["actor"] === "string" ? `/actors/${g.data["actor"]}/` : "/glossary/",
    })),
    // A place's name leads to its page; another spelling to its page or to the phase named after
    // it ("Tinzaouaten": "Tinzaouatene and its aftermath"), as good an answer.
    ...readEntries("places").flatMap((p) => {
      const name = text(p.data["name"]);
      const phase = phases.find((ph) => name.some((n) => text(ph.data["title"]).some((t) => t.includes(n))));
      const page = `/places/${p.id}/`;
      return [
        { names: name, page },
        { names: list(p.data["variants"]), page, ...(phase && { also: [`/phases/${phase.id}/`] }) },
      ];
    }),
  ];
}

export interface NameCase {
  query: string;
  /** Pages any of which may come first: the canonical page, and those of other things one of
   * whose names holds every word of the query ("al-Qaeda" is also in AQIM's name). */
  first: string[];
}

/** Every name, alias, spelling variant and acronym in the content, each with its canonical page. */
export function nameCases(): NameCase[] {
  const things = namedThings();
  const holds = (name: string, query: string[]) => query.every((w) => words(name).includes(w));
  const cases = new Map<string, NameCase>();
  for (const thing of things) {
    for (const query of thing.names) {
      const q = words(query);
      if (!q.length || cases.has(query)) continue;
      const first = things.filter((t) => t.names.some((n) => holds(n, q))).map((t) => t.page);
      cases.set(query, { query, first: [...new Set([thing.page, ...(thing.also ?? []), ...first])] });
    }
  }
  return [...cases.values()];
}
