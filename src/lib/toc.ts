export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A briefing's own headings, then the generated sections that follow it when they have content. */
export function briefingToc(
  headings: TocHeading[],
  sections: { slug: string; text: string; present: boolean }[],
): TocHeading[] {
  return [...headings, ...sections.filter((s) => s.present).map((s) => ({ depth: 2, slug: s.slug, text: s.text }))];
}
