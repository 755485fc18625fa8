/**
 * Finds the book's sections (each starts a sheet: a briefing, the timeline, the glossary…), or a
 * briefing printed on its own, whose last page is written only a few lines down, such as a
 * briefing's last two notes or its citation alone on a page, and chooses how much tighter to set
 * them. Chromium cannot say where a page breaks before it prints, so the book is printed, the ends
 * of its sections are read from the PDF, spilled sections are set tighter and the book printed
 * again (scripts/lib/pdf-print.ts). The steps are CSS: `[data-print-fit]` in src/styles/print.css.
 */

/** A section of the printed book (or a page printed alone): the ids of empty marks at its top and bottom. */
export interface Sheet {
  id: string;
  start: string;
  end: string;
}

/** Where a mark landed: its page (1-based) and how far down the page's text it is, in points. */
export interface Point {
  page: number;
  down: number;
}

/**
 * A last page written less than this far down (in points, about nine lines of text: a fifth of
 * an A4 page's text, or a briefing's citation alone) is a page spent for little.
 */
export const spillDepth = 140;

/** A section whose last page, `page`, is written only `down` points down. */
export interface Spill {
  id: string;
  page: number;
  down: number;
}

/**
 * The sections that run onto a page of their own and write less than `depth` points on their
 * last one. A section whose marks have no destination in the PDF is left out: it cannot be judged.
 */
export function spilledSheets(sheets: Sheet[], points: ReadonlyMap<string, Point>, depth = spillDepth): Spill[] {
  return sheets.flatMap(({ id, start, end }) => {
    const [from, to] = [points.get(start), points.get(end)];
    if (!from || !to || to.page <= from.page || to.down >= depth) return [];
    return [{ id, page: to.page, down: to.down }];
  });
}

/** Steps of tightness: the notes and the text a little; the text more; both more again. */
export const maxFit = 3;

/**
 * A briefing printed on its own may take a fourth step: the third, with its maps smaller and
 * less space around its headings. Its map of places beyond Mali can be taller than wide (Algiers
 * to Johannesburg, for Attaf), and then outweighs any tightening of the text. The book's maps keep
 * their size. And a fifth, where none of these brought its last lines back: its notes begin a
 * page, so that its citation closes a page of notes rather than standing alone (the CPC's notes
 * filled its second page to the foot, and no tightening made room for the citation's 30 mm).
 */
export const pageMaxFit = 5;

/**
 * How tight to set a section that spilled at `current` steps, `down` points onto its last page: a
 * step more, or with `jump`, at once as many as such a spill needs on this book's measure (up to
 * three lines: one step; up to six: two; more: three), which saves printings of the whole book.
 * Undefined when it is already at the most (`max` steps).
 */
export function nextFit(current: number, down: number, jump = true, max = maxFit): number | undefined {
  if (current >= max) return undefined;
  const needs = !jump || down <= 40 ? 1 : down <= 75 ? 2 : 3;
  return Math.min(max, Math.max(current + 1, needs));
}

/**
 * The tightness of each section across its printings. A section that spilled is set tighter
 * (`nextFit`); one that still spills at the most is set back to whichever setting it spilled at
 * took fewest pages and, of those, wrote most on its last one, and then left as it is: a page
 * fewer, or a fuller last page, is better than a lone line.
 */
export class Fitting {
  readonly #level = new Map<string, number>();
  /** Per section, where its last page ended at each setting it spilled at. */
  readonly #tried = new Map<string, Map<number, Spill>>();
  readonly #settled = new Set<string>();

  readonly #jump: boolean;
  readonly #max: number;

  /** `jump`: let a long spill take several steps at once (see nextFit); `max`: the most steps. */
  constructor(jump = true, max = maxFit) {
    this.#jump = jump;
    this.#max = max;
  }

  /** Takes the spills of a printing; true when some section's setting changed. */
  update(spills: Spill[]): boolean {
    let changed = false;
    for (const spill of spills) {
      const { id, down } = spill;
      if (this.#settled.has(id)) continue;
      const current = this.#level.get(id) ?? 0;
      const tried = this.#tried.get(id) ?? new Map<number, Spill>();
      this.#tried.set(id, tried.set(current, spill));
      let next = nextFit(current, down, this.#jump, this.#max);
      if (next === undefined) {
        this.#settled.add(id);
        const better = (a: Spill, b: Spill) => a.page < b.page || (a.page === b.page && a.down > b.down);
        next = [...tried].reduce((best, t) => (better(t[1], best[1]) ? t : best))[0];
      }
      if (next !== current) {
        this.#level.set(id, next);
        changed = true;
      }
    }
    return changed;
  }

  /** Sections set tighter: id → steps. */
  get levels(): Map<string, number> {
    return new Map([...this.#level].filter(([, level]) => level > 0));
  }

  /** Sections that spilled at every setting tried. */
  get unfitted(): string[] {
    return [...this.#settled];
  }
}
