/**
 * Deterministic filler for synthetic books: a seeded random generator and sentences in the
 * book's register, each ending with a citation to one of the five real sources.
 */

/** Mulberry32: small, fast, seeded; the same seed gives the same book. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/**
 * The five real sources and how many paragraphs each has (their `paragraphs` in content/sources),
 * so that every locator is one the check accepts.
 */
export const realSources: readonly { id: string; paragraphs: number }[] = [
  { id: "ap-rewrite-2025", paragraphs: 8 },
  { id: "fp-2024", paragraphs: 45 },
  { id: "lechner-mt-2024", paragraphs: 27 },
  { id: "mena-2025", paragraphs: 39 },
  { id: "rs-2023", paragraphs: 37 },
];

/** The sources of June 2025, published after every event of a synthetic book. */
export const latestSources = realSources.filter((s) => s.id.endsWith("-2025"));

/** A citation key as writers type it: a source id with a paragraph, sometimes a range. */
export function citationKey(random: Random, among = realSources): { source: string; locator: string } {
  const source = pick(random, among);
  const from = 1 + Math.floor(random() * source.paragraphs);
  const locator = random() < 0.2 && from < source.paragraphs ? `${from}-${from + 1}` : String(from);
  return { source: source.id, locator };
}

export function footnote(random: Random): string {
  const key = citationKey(random);
  return `[^${key.source}:${key.locator}]`;
}

const verbs = ["clashed with", "negotiated with", "accused", "withdrew from positions held by", "supplied", "courted"];
const places = ["near Kidal", "around Gao", "north of Timbuktu", "in the Ménaka region", "on the Algerian border"];
const clauses = [
  "according to the Foreign Policy essay",
  "in the account of the Responsible Statecraft analysis",
  "as the MENA Research Center reports it",
  "by Lechner's reckoning",
  "in a June 2025 news report",
];
const glosses = [
  "The sources do not agree on the numbers involved.",
  "Nothing in the sources says who gave the order.",
  "Later reporting treats this as the turning point of the phase.",
  "The episode is told differently by each side.",
];

/** One sentence of briefing prose about `subject` and `other`, with a citation. */
export function sentence(random: Random, subject: string, other: string, when: string): string {
  const main = `In ${when}, ${subject} ${pick(random, verbs)} ${other} ${pick(random, places)}, ${pick(random, clauses)}.`;
  // Two notes, or one when both drew the same (the build refuses a note cited twice in a row);
  // the draws are as before, so the book is otherwise the same.
  let cites: string;
  if (random() < 0.25) {
    const [first, second] = [footnote(random), footnote(random)];
    cites = first === second ? first : `${first}${second}`;
  } else cites = footnote(random);
  return random() < 0.3 ? `${main}${cites} ${pick(random, glosses)}${footnote(random)}` : `${main}${cites}`;
}

/** A paragraph of three to five sentences. */
export function paragraph(random: Random, subject: string, others: readonly string[], when: string): string {
  const n = 3 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => sentence(random, subject, pick(random, others), when)).join(" ");
}
