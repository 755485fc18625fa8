/**
 * How tall a block laid out later (`content-visibility: auto`) will be, told to the browser
 * before it lays it out. Until the reader scrolls near it, such a block takes the height its
 * `contain-intrinsic-block-size` gives; a fixed guess (it was 40rem for every block) made a
 * briefing's page half its real length on a phone (the Wagner briefing's notes are some 5,900 px
 * tall there, not 640): the scroll bar lied about where the reader was and how much was left, and
 * the page grew as it was read.
 *
 * The build measures each block's text instead: its characters and its blocks (paragraphs, list
 * items, headings), written on the element as two custom properties. `global.css` turns them into
 * lines for the width of the column. The model, fitted on this book's notes, event lists and
 * disputes as Chromium lays them out at 360, 412 and 1280 px wide (78 blocks a width), is
 *
 *   lines = 9.3 px × characters / column width + 0.1 × blocks + 1.5
 *
 * in the block's own line height, with 9.3 px and the width in the reader's font size where the
 * browser can divide lengths (see global.css). It came within 10 % of the real height for most
 * disputes, within 20 % for most event lists, and 25 % under for the shortest lists of disputes.
 * Notes have a model of their own, refitted on 2026-12-07 when a source's later notes became its
 * short form (one line each, where a model for running text counted a fraction of a line):
 *
 *   lines = 6 px × characters / column width + 0.55 × blocks + 2
 *
 * within 8 % of the real height of eight briefings' notes at 360, 412 and 1280 px.
 * tests/e2e/pages.spec.ts holds three long pages to it at 360, 412 and 1280 px.
 */
export interface BlockSize {
  /** Characters of text, runs of white space counted as one. */
  chars: number;
  /** Paragraphs, list items and headings. */
  blocks: number;
}

/** The custom properties global.css reads, as a `style` attribute's value. */
export function blockSizeStyle({ chars, blocks }: BlockSize): string {
  return `--cv-chars:${chars};--cv-blocks:${blocks}`;
}

/**
 * The style of a figure's drawing (an `svg.fig` as wide as its box): its viewBox's proportions,
 * which global.css gives it as its `aspect-ratio`. A drawing is laid out only when the reader
 * nears it, and until then the browser ignores what it holds, its viewBox among them; with its
 * proportions written on it the drawing is as tall before it is laid out as after, at any width.
 * Its caption, legend and data table around it are laid out as usual: they cost little next to
 * the drawing.
 */
export function drawingStyle(width: number, height: number): string {
  return `--cv-ratio:${width}/${height}`;
}

/**
 * The style of a drawing's frame (`.fig-frame`, global.css): the narrowest the drawing is set on
 * screen. A drawing fills the column's width; on a phone that is less than half its viewBox, and
 * a timeline's 11.5-unit labels came out 5 px tall. Below this width the drawing keeps its size
 * and its frame scrolls sideways: its smallest text that must stay legible (`smallestText`, in
 * the viewBox's units: a timeline's ticks, a graph's or a map's names) is then 9 px, unless that would make it wider than a full column (36.125rem), the size every
 * reader on a wider screen sees it at.
 */
export function frameStyle(width: number, smallestText: number): string {
  const rem = Math.min(36.125, (width * 9) / smallestText / 16);
  return `--fig-min-width:${Math.floor(rem * 100) / 100}rem`;
}

const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
const blockTags = new Set(["p", "li", "h2", "h3", "h4"]);
/** Elements whose text does not run on into the next's (the others, links or emphasis, do). */
const breaking = new Set([...blockTags, "br", "div", "dd", "dt", "ol", "section", "td", "th", "ul"]);

/** The text size of a block rendered as HTML (a component's slot). */
export function blockSizeOfHtml(html: string): BlockSize {
  const { text, blocks } = textOfHtml(html);
  return { chars: collapse(text).length, blocks };
}

/** The text of some HTML (an entity as one character) and how many blocks it opens. */
export function textOfHtml(html: string): { text: string; blocks: number } {
  let blocks = 0;
  const text = html
    .replace(tag, (_, close: string, name: string) => {
      if (!close && isBlock(name)) blocks += 1;
      return breaks(name) ? " " : "";
    })
    .replace(/&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]+);/g, "x");
  return { text, blocks };
}

/** Whether an element of this name ends a run of text (a space, for the count). */
export function breaks(tagName: string): boolean {
  return breaking.has(tagName.toLowerCase());
}

/** Whether an element of this name starts a block the model counts. */
export function isBlock(tagName: string): boolean {
  return blockTags.has(tagName.toLowerCase());
}

/** Text as the reader sees it: runs of white space as one space, none at either end. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
