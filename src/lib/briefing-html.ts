/**
 * A briefing's rendered text and its notes, apart. GFM writes the notes as one section at the end
 * of the text (`<section data-footnotes …>`); the pages put what they add to a briefing (figures,
 * events, disputes) between the two, so the notes close the briefing as a book's do.
 */
const notesStart = "<section data-footnotes";

export interface SplitBriefing {
  /** The briefing's own text, without its notes. */
  text: string;
  /** The notes section, or "" when the briefing has no notes. */
  notes: string;
}

/**
 * Splits the HTML of a rendered briefing at its notes. The input is Astro's own output, where
 * text is always escaped: `<section data-footnotes` can only be the notes' own tag. Throws if
 * there are several notes sections, or anything after the notes, which would be moved with them.
 */
export function splitNotes(html: string): SplitBriefing {
  const at = html.indexOf(notesStart);
  if (at < 0) return { text: html, notes: "" };
  if (html.indexOf(notesStart, at + notesStart.length) >= 0) {
    throw new Error("A briefing's HTML holds two notes sections: expected GFM's one, at the end.");
  }
  const notes = html.slice(at).trim();
  if (!notes.endsWith("</section>") || notes.indexOf("</section>") !== notes.length - "</section>".length) {
    throw new Error("A briefing's HTML goes on after its notes section: expected the notes at the end.");
  }
  return { text: html.slice(0, at), notes };
}
