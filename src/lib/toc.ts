export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The id GFM gives the heading of a briefing's notes. */
export const notesSlug = "footnote-label";

/** A section a page adds to a briefing, listed when it has content. */
export interface AddedSection {
  slug: string;
  text: string;
  present: boolean;
}

/**
 * A briefing's own headings, then the sections the page adds to it, in the page's order: where
 * `sections` says "notes", the briefing's notes (which GFM puts at the end of its text, and the
 * pages move after the added sections: see BriefingText.astro).
 */
export function briefingToc(headings: TocHeading[], sections: (AddedSection | "notes")[]): TocHeading[] {
  const notes = headings.filter((h) => h.slug === notesSlug);
  const own = headings.filter((h) => h.slug !== notesSlug);
  return [
    ...own,
    ...sections.flatMap((s) => (s === "notes" ? notes : s.present ? [{ depth: 2, slug: s.slug, text: s.text }] : [])),
  ];
}
