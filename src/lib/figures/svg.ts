/** Small helpers shared by the figures: rounding, text measure, boxes. */

/** Rounds to `digits` decimals, so the SVG stays short and the output stable. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Advance of a glyph as a fraction of the font size, by class of character, for the wider of the
 * common sans-serif faces (DejaVu Sans): capitals, narrow letters, spaces and punctuation, the rest.
 */
function advance(ch: string): number {
  if (/[A-Z]/.test(ch)) return /[IJ]/.test(ch) ? 0.32 : 0.7;
  if (/[ijlft'’.,:;!|]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.86;
  if (ch === " ") return 0.32;
  return 0.58;
}

/** Estimated width of `text` at `size`: figures are laid out at build time, without a browser. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * 1.05;
}

/**
 * `text`, shortened with an ellipsis to fit `width` at `size`: after a whole word where one fits,
 * so that what shows is words of the mark's accessible name ("…under the…", not "…the Russi…",
 * which a screen reader's user could not say to a voice control, and axe flags).
 */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const fits = (cut: number) => textWidth(`${text.slice(0, cut).trimEnd()}…`, size) <= width;
  for (let space = text.lastIndexOf(" "); space > 0; space = text.lastIndexOf(" ", space - 1)) {
    if (fits(space)) return `${text.slice(0, space).trimEnd()}…`;
  }
  let cut = text.length;
  while (cut > 1 && !fits(cut)) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad
  );
}

export function inside(a: Box, frame: Box): boolean {
  return (
    a.x >= frame.x &&
    a.y >= frame.y &&
    a.x + a.width <= frame.x + frame.width &&
    a.y + a.height <= frame.y + frame.height
  );
}
