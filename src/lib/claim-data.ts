/**
 * The book's disputes as data, for analysts who would compare or count them themselves: one
 * record per dispute, in the order of /claims/ (the story's), with its kind, each position with
 * the party that holds it and its sources, the book's assessment and its sources, the actors,
 * phases and events it concerns, and the address of its entry. Written as JSON.
 */
import type { ClaimData } from "../schemas/claim.ts";
import type { EventData } from "../schemas/event.ts";
import type { PhaseData } from "../schemas/phase.ts";
import { byDate, claimsByFirstPhase, type Entry } from "./book-data.ts";
import { citationKey } from "./citations.ts";

/** One side of a dispute as data. */
export interface PositionRecord {
  statement: string;
  /** Id of the party that makes the claim, or "" when the position is a source's own. */
  heldBy: string;
  heldByName: string;
  /** Citation keys with their paragraphs: "fp-2024:18", "mena-2025:5-7", or a key alone. */
  sources: string[];
}

/** One dispute as data. */
export interface ClaimRecord {
  id: string;
  question: string;
  /** "sources-disagree", "source-contradicts-itself", "single-party-claim" or "single-source". */
  kind: string;
  /** The kind as the book shows it: "Sources disagree", "Single source"… */
  kindLabel: string;
  positions: PositionRecord[];
  /** The book's assessment, and the paragraphs it rests on. */
  assessment: string;
  assessmentSources: string[];
  actors: string[];
  actorNames: string[];
  phases: string[];
  phaseTitles: string[];
  /** Ids of the events whose page sets the dispute out. */
  events: string[];
  url: string;
}

export interface ClaimBook {
  claims: Entry<ClaimData>[];
  phases: Entry<PhaseData>[];
  events: Entry<EventData>[];
  actorNames: ReadonlyMap<string, string>;
  kindLabels: Readonly<Record<ClaimData["kind"], string>>;
  /** The site's address, e.g. "https://example.org/". */
  site: string;
}

/** Every dispute as a record, in the order of /claims/ (see claimsByFirstPhase). */
export function claimRecords(book: ClaimBook): ClaimRecord[] {
  const actorName = (id: string) => book.actorNames.get(id) ?? id;
  const phaseTitle = new Map(book.phases.map((p) => [p.id, p.data.title]));
  return claimsByFirstPhase(book.claims, book.phases)
    .flatMap((g) => g.claims)
    .map(({ id, data: c }) => ({
      id,
      question: c.question,
      kind: c.kind,
      kindLabel: book.kindLabels[c.kind],
      positions: c.positions.map((p) => ({
        statement: p.statement,
        heldBy: p.heldBy ?? "",
        heldByName: p.heldBy ? actorName(p.heldBy) : "",
        sources: p.citations.map(citationKey),
      })),
      assessment: c.assessment,
      assessmentSources: c.assessmentCitations.map(citationKey),
      actors: c.actors,
      actorNames: c.actors.map(actorName),
      phases: c.phases,
      phaseTitles: c.phases.map((p) => phaseTitle.get(p) ?? p),
      events: byDate(book.events.filter((e) => e.data.claims.includes(id))).map((e) => e.id),
      url: new URL(`/claims/#${id}`, book.site).href,
    }));
}

/** The records as JSON. */
export function claimsJson(records: ClaimRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
