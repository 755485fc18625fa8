/**
 * A synthetic book in the proportions of the real one (per 55 briefings: 46 actors, 9 phases,
 * 52 events, 21 disputes, 18 places, 51 glossary terms), every statement cited to one of the
 * five real sources, valid against the schemas and the integrity checks. Pure: returns the files.
 */
import { stringify } from "yaml";
import { monthNames } from "../../src/lib/dates.ts";
import { citationKey, latestSources, paragraph, pick, seeded, type Random } from "./bench-text.ts";

export interface BookShape {
  actors: number;
  phases: number;
  events: number;
  claims: number;
  places: number;
  glossary: number;
}

/** How many entries of each kind a book of `briefings` briefings (actors and phases) has. */
export function shapeFor(briefings: number): BookShape {
  const phases = Math.max(2, Math.round((briefings * 9) / 55));
  const scale = (n: number) => Math.max(1, Math.round((briefings * n) / 55));
  return {
    actors: Math.max(2, briefings - phases),
    phases,
    events: scale(52),
    claims: scale(21),
    places: scale(18),
    glossary: scale(51),
  };
}

const kinds = ["armed-group", "state", "jihadist-group", "private-military-company", "person"] as const;

/** Phase k covers one month, the last ending in June 2025. */
function phaseMonth(k: number, phases: number): { year: number; month: number } {
  const index = 2025 * 12 + 5 - (phases - 1 - k);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number) => String(n).padStart(2, "0");
const yaml = (data: unknown) =>
  stringify(data, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
const cites = (random: Random, n: number) => Array.from({ length: n }, () => citationKey(random));

export function syntheticBook(briefings: number, seed = 7): Map<string, string> {
  const shape = shapeFor(briefings);
  const random = seeded(seed);
  const files = new Map<string, string>();
  const actorId = (i: number) => `actor-${(i + shape.actors) % shape.actors}`;
  const actorName = (i: number) => `Synthetic Actor ${(i + shape.actors) % shape.actors}`;
  const phaseId = (k: number) => `phase-${k}`;
  const when = (k: number) => {
    const m = phaseMonth(k, shape.phases);
    return `${monthNames[m.month - 1]} ${m.year}`;
  };
  const phaseOf = (i: number, n: number) => Math.floor((i * shape.phases) / n);
  const kindOf = (i: number) => kinds[i % kinds.length] ?? "state";

  for (let i = 0; i < shape.actors; i++) {
    const phases = [...new Set([phaseOf(i, shape.actors), phaseOf(i + 1, shape.actors) % shape.phases])];
    const leader = kindOf(i) !== "person" && kindOf(i + 4) === "person" ? [actorId(i + 4)] : [];
    const data = {
      name: actorName(i),
      shortName: `SA${i}`,
      aliases: [`Group ${i}`],
      kind: kindOf(i),
      leaders: leader,
      relations: [
        { actor: actorId(i - 1), type: "adversary" },
        { actor: actorId(i + 1), type: "adversary" },
      ].filter((r) => r.actor !== actorId(i)),
      phases: phases.map(phaseId),
      summary: `A synthetic actor for benchmarks, active in ${when(phases[0] ?? 0)}.`,
      asOf: "2025-06",
    };
    const others = [actorName(i - 1), actorName(i + 1), actorName(i + 7)];
    const sections = ["Who they are", "Strength", "Relations", "Role phase by phase", "What to watch"];
    const body = sections
      .map((title, s) => {
        const sub =
          s === 3
            ? `\n### In ${when(phases[0] ?? 0)}\n\n${paragraph(random, actorName(i), others, when(phases[0] ?? 0))}\n`
            : "";
        return `## ${title}\n\n${paragraph(random, actorName(i), others, when(phases[0] ?? 0))}\n${sub}`;
      })
      .join("\n");
    files.set(`actors/${actorId(i)}.mdx`, `---\n${yaml(data)}---\n\n${body}`);
  }

  for (let k = 0; k < shape.phases; k++) {
    const m = phaseMonth(k, shape.phases);
    const members = Array.from({ length: 3 }, (_, j) => actorId(Math.floor((k * shape.actors) / shape.phases) + j));
    const data = {
      title: `Phase ${k + 1}: ${when(k)}`,
      order: k + 1,
      start: `${m.year}-${pad(m.month)}`,
      end: `${m.year}-${pad(m.month)}`,
      summary: `What changed in ${when(k)}, in a synthetic book.`,
      actors: [...new Set(members)],
      asOf: "2025-06",
    };
    const names = members.map((id) => id.replace("actor-", "Synthetic Actor "));
    const body = ["What changed", "Who mattered", "How it ended"]
      .map((title) => `## ${title}\n\n${paragraph(random, names[0] ?? "", names, when(k))}\n`)
      .join("\n");
    files.set(`phases/${phaseId(k)}.mdx`, `---\n${yaml(data)}---\n\n${body}`);
  }

  for (let p = 0; p < shape.places; p++) {
    const data = {
      name: `Place ${p}`,
      variants: [`Plaace ${p}`],
      kind: "town",
      country: "Mali",
      lat: 12 + random() * 12,
      lon: -10 + random() * 14,
      description: `A synthetic town where the sources place fighting.`,
      sources: cites(random, 1),
    };
    files.set(`places/place-${p}.yaml`, yaml(data));
  }

  for (let c = 0; c < shape.claims; c++) {
    const a = Math.floor((c * shape.actors) / shape.claims);
    const first = cites(random, 1);
    const second = cites(random, 2);
    const data = {
      question: `Did ${actorName(a)} or ${actorName(a + 1)} start the fighting (case ${c})?`,
      kind: "sources-disagree",
      positions: [
        { statement: `${actorName(a)} says its rival attacked first.`, heldBy: actorId(a), citations: first },
        { statement: `${actorName(a + 1)} says the opposite.`, heldBy: actorId(a + 1), citations: second },
      ],
      assessment: "The sources cannot settle it; each repeats one side.",
      assessmentCitations: [...first, ...second],
      actors: [...new Set([actorId(a), actorId(a + 1)])],
      phases: [phaseId(phaseOf(a, shape.actors))],
    };
    files.set(`claims/claim-${c}.yaml`, yaml(data));
  }

  for (let e = 0; e < shape.events; e++) {
    const k = phaseOf(e, shape.events);
    const m = phaseMonth(k, shape.phases);
    const day = 1 + Math.floor(random() * 28);
    const a = Math.floor((e * shape.actors) / shape.events);
    const data = {
      title: `${actorName(a)} and ${actorName(a + 1)} clash (${e})`,
      date: `${m.year}-${pad(m.month)}-${pad(day)}`,
      place: `place-${e % shape.places}`,
      actors: [...new Set([actorId(a), actorId(a + 1)])],
      phase: phaseId(k),
      summary: `${actorName(a)} and ${actorName(a + 1)} fought; the sources disagree on the toll.`,
      // One source that reports it (published after it), perhaps another for background.
      sources: [citationKey(random, latestSources), ...cites(random, Math.floor(random() * 2))],
      claims: random() < 0.3 ? [`claim-${e % shape.claims}`] : [],
    };
    files.set(`events/${m.year}-${pad(m.month)}-event-${e}.yaml`, yaml(data));
  }

  for (let g = 0; g < shape.glossary; g++) {
    const data = {
      term: `TERM${g}`,
      expansion: `The Synthetic Term Number ${g}`,
      definition: `A term the sources use for ${pick(random, ["a coalition", "an operation", "a militia", "a region"])}.`,
      actor: actorId(g),
      sources: cites(random, 1),
    };
    files.set(`glossary/term-${g}.yaml`, yaml(data));
  }
  return files;
}
