/** A CSS string literal holding `text`: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/\s+/g, " ")}"`;
}

/*
 * These rules override print.css's @page rule, which Astro's stylesheet brings in after them.
 * Chromium settles @page rules by order rather than by the named page's specificity, so their
 * declarations are marked important.
 */

/**
 * The @page rule that writes `text` (a page's title and "as of" date) at the foot of each printed
 * page, left; print.css puts the book's name and the page number on the right. With `name`, the
 * rule is for that named page only: each section of the whole book is one.
 */
export function runningFooterRule(text: string, name?: string): string {
  return `@page${name ? ` ${name}` : ""} { @bottom-left { content: ${cssString(text)} !important; } }`;
}

/** A page with nothing in its margins: the cover. */
export function blankMarginsRule(name: string): string {
  return `@page ${name} { @bottom-left { content: none !important; } @bottom-right { content: none !important; } }`;
}

/** Puts the book's section `name` (a BookPage) on pages of its own name. */
export function namedPageRule(name: string): string {
  return `.book-page[data-page="${name}"] { page: ${name}; }`;
}
