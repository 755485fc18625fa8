import { z } from "zod";
import { isoDate, dateQualifier } from "./date.ts";
import { prose } from "./prose.ts";

/** How a piece of publication metadata is known. */
export const basis = z.enum(["text", "found", "inferred", "unknown"]);

/** One source document; its file name is the citation key. */
export const sourceSchema = z.strictObject({
  /** Publication, or "unknown". */
  outlet: z.string().min(1),
  /** How the outlet is known: stated in the text, found on a stored copy, or inferred. */
  outletBasis: basis,
  /** Title as published (or as best known). */
  title: prose,
  titleBasis: basis,
  /** Author; omit when the piece is unsigned. Never invented. */
  author: z.string().min(1).optional(),
  /** Publication date, as precise as is known. */
  date: isoDate,
  dateQualifier: dateQualifier.optional(),
  /** How the date is known, in a sentence. */
  dateBasis: prose,
  /** The original address, only when stated in the text or found; never invented. */
  url: z.url().optional(),
  urlBasis: basis.optional(),
  /** Where the address is unknown or not given, what the reader can go on instead. */
  urlNote: prose.optional(),
  /** BCP 47 language tag of the document. */
  language: z.string().min(2),
  kind: z.enum(["news", "analysis", "opinion"]),
  /** Name of the copy in shared/seeds the book was written from. */
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  /**
   * How many paragraphs of the copy can be cited: its non-empty lines, counted from 1, up to the
   * article's last (headings and captions included; page furniture after the article is not).
   * A locator beyond it stops the build.
   */
  paragraphs: z.int().positive(),
  /** A short label for inline use, e.g. "Lechner, Moscow Times". */
  shortLabel: z.string().min(1),
  /** What the source is well placed to know, and its evident errors. */
  reliability: prose,
  /** How independent it is of the other sources: shared wording, same author. */
  independence: prose,
  notes: prose.optional(),
});
export type SourceData = z.infer<typeof sourceSchema>;
