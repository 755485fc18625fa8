import type { ActorData } from "../../schemas/actor.ts";
import type { PhaseData } from "../../schemas/phase.ts";
import { byOrder, groupByKind, type Entry } from "../../lib/book-data.ts";
import { bookAnchor } from "./book-html.ts";
import { t } from "../../i18n/t.ts";

/** A briefing as the book lists it: anchor, title and the date it is current to. */
export interface BookBriefing {
  anchor: string;
  title: string;
  asOf: string;
}

/** A part of the book; its briefings come in groups (the actors by kind), a group label optional. */
export interface BookPart {
  id: string;
  anchor: string;
  title: string;
  groups: { label?: string; anchor?: string; briefings: BookBriefing[] }[];
}

export type PartId =
  "contents" | "figures" | "phases" | "actors" | "timeline" | "claims" | "places" | "glossary" | "bibliography";

/** The figures of the book's part "Maps and charts", in order: each starts a page. */
export const bookFigures = [
  { id: "map", title: t("print.figureMap") },
  { id: "timeline", title: t("print.figureTimeline") },
  { id: "relations", title: t("print.figureRelations") },
  { id: "relations-by-phase", title: t("print.figureRelationsByPhase") },
] as const;
export type FigureId = (typeof bookFigures)[number]["id"];

/**
 * The book's parts in order, with the briefings of each: the contents page, the PDF outline and
 * the running footers are all made from this one list. `currentTo` is the date of the newest
 * source: the figures, drawn from the whole book, are current to it.
 */
export function bookParts(phases: Entry<PhaseData>[], actors: Entry<ActorData>[], currentTo: string): BookPart[] {
  const part = (id: PartId, title: string, groups: BookPart["groups"] = []): BookPart => ({
    id,
    anchor: bookAnchor.part(id),
    title,
    groups,
  });
  return [
    part("contents", t("print.contents")),
    part("figures", t("print.partFigures"), [
      { briefings: bookFigures.map((f) => ({ anchor: bookAnchor.figure(f.id), title: f.title, asOf: currentTo })) },
    ]),
    part("phases", t("print.partPhases"), [
      {
        briefings: byOrder(phases).map((p) => ({
          anchor: bookAnchor.phase(p.id),
          title: `${p.data.order}. ${p.data.title}`,
          asOf: p.data.asOf,
        })),
      },
    ]),
    part(
      "actors",
      t("print.partActors"),
      groupByKind(actors).map((g) => ({
        label: g.label,
        anchor: bookAnchor.kind(g.kind),
        briefings: g.actors.map((a) => ({ anchor: bookAnchor.actor(a.id), title: a.data.name, asOf: a.data.asOf })),
      })),
    ),
    part("timeline", t("print.partTimeline")),
    part("claims", t("print.partClaims")),
    part("places", t("print.partPlaces")),
    part("glossary", t("print.partGlossary")),
    part("bibliography", t("print.partBibliography")),
  ];
}
