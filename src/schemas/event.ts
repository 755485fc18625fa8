import { z } from "zod";
import { citations } from "./citation.ts";
import { isoDate, dateQualifier } from "./date.ts";
import { ref } from "./ref.ts";
import { prose } from "./prose.ts";

/** A dated event (content/events/<id>.yaml). */
export const eventSchema = z.strictObject({
  title: prose,
  date: isoDate,
  dateQualifier: dateQualifier.optional(),
  /**
   * Among events with the same date (the sources give only "2012", say), this one's place in the
   * order the sources tell them: 1, 2, … (the 2012 rebellion before the jihadists' turn on the
   * MNLA). Without it, such events are listed by id.
   */
  sequence: z.number().int().positive().optional(),
  /** Last day of an event that lasted, or the other end of a disputed date. */
  endDate: isoDate.optional(),
  /** Where it happened: the place its map marks, named after its title in lists. */
  place: ref("places").optional(),
  /**
   * Other places where it also happened, when it happened at more than one (the jihadists drove
   * the MNLA out of both Timbuktu and Gao): it is listed on their pages too, and counted there.
   * Not the places it merely names: a title's "Bamako" or "Moscow" often means a government.
   */
  alsoAt: z.array(ref("places")).default([]),
  /**
   * The actors the event concerns: those who took part and those it happened to (Prigozhin in his
   * death, Fedyanin killed at Tinzaouatene), so that each actor's briefing lists it.
   */
  actors: z.array(ref("actors")).min(1),
  phase: ref("phases"),
  /** One or two sentences in the book's words. */
  summary: prose,
  sources: citations,
  /** Disputed claims about this event. */
  claims: z.array(ref("claims")).default([]),
});
export type EventData = z.infer<typeof eventSchema>;
