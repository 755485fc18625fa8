/**
 * The published site's address (BOOK_SITE), or undefined when the book is built for this machine
 * alone. The site's own pages then use the local address, where they are served; the PDFs, which
 * travel, give none: a 127.0.0.1 address on a cover, in a citation or behind a link leads nowhere
 * for the colleague a PDF is sent to.
 */
export function publishedSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const site = env["BOOK_SITE"]?.trim();
  return site ? site : undefined;
}
