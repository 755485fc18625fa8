/**
 * Rewrites of rendered HTML for the whole-book page, where every briefing shares one document.
 * The input is Astro's own output: attributes always double-quoted, text always escaped, so a
 * quoted attribute can be matched without a parser.
 */

import { t } from "../../i18n/t.ts";

/**
 * Marks an element whose links inside the book the printed book follows with the page they lead
 * to, "(p. 58)", as a printed book's cross-references do: scripts/lib/pdf-print.ts writes the
 * numbers, read from a printing, with this label ("{n}" is the page). A link inside an element
 * marked `data-no-page-refs` (the phase numbers after a relation) is left without.
 */
export function pageRefs() {
  // A new object each time: Astro writes a scoped class into an object spread into an element.
  return { "data-page-refs": t("print.pageRef") };
}

/**
 * An empty mark for the pages that the elements `targets` (ids) are printed on, written in by
 * scripts/lib/pdf-print.ts as "(p. 153)" or "(pp. 150–157)": for a list of many links into one
 * part of the book, such as a briefing's events in the timeline, where a page after each link
 * would repeat one number.
 */
export function pageRange(targets: readonly string[]) {
  return {
    "data-pages-of": targets.join(" "),
    "data-label": t("print.pageRef"),
    "data-label-range": t("print.pagesRef"),
  };
}

/** Attributes that hold one or more ids of the same page. */
const idAttribute = /\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;
const fragmentHref = /\shref="#([^"]+)"/g;

/**
 * Makes the ids of one briefing unique inside the book: `id="x"` becomes `id="<scope>:x"`, and
 * every same-page link and label reference follows, so footnote 3 of one briefing never lands on
 * footnote 3 of another. Scopes never contain ":", so a scoped id cannot equal another scope.
 * With `context` (the id of the briefing's title), every label inside also names the briefing:
 * the fact box of each actor is "Key facts Wagner Group", not one of 46 "Key facts".
 */
export function scopeIds(html: string, scope: string, context?: string): string {
  return html
    .replace(idAttribute, (_, name: string, value: string) => {
      const ids = value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => `${scope}:${id}`);
      if (context && name === "aria-labelledby") ids.push(context);
      return ` ${name}="${ids.join(" ")}"`;
    })
    .replace(fragmentHref, (_, id: string) => ` href="#${scope}:${id}"`);
}

/** Moves every heading `by` levels down (h2 becomes h4 for by = 2), never below h6. */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
  );
}

/** A briefing's HTML made to fit in the book: its ids scoped (scopeIds), its headings moved down. */
export function inBook(html: string, scope: string, context: string | undefined, shift: number): string {
  return shiftHeadings(scopeIds(html, scope, context), shift);
}

/** Anchor ids of the book's sections, shared by the page that writes them and the links to them. */
export const bookAnchor = {
  part: (part: string) => `part-${part}`,
  actor: (id: string) => `actor-${id}`,
  phase: (id: string) => `phase-${id}`,
  kind: (kind: string) => `kind-${kind}`,
  term: (id: string) => `term-${id}`,
  place: (id: string) => `place-${id}`,
  source: (id: string) => `source-${id}`,
  /** A figure of the part "Maps and charts". */
  figure: (id: string) => `figure-${id}`,
  /** The title heading of a briefing, for labels that must name it. */
  title: (anchor: string) => `title-${anchor}`,
  /** Events (timeline) and claims keep their own ids, as on the site. */
  event: (id: string) => id,
  claim: (id: string) => id,
};

const indexPages: Record<string, string> = {
  "/phases/": bookAnchor.part("phases"),
  "/actors/": bookAnchor.part("actors"),
  "/timeline/": bookAnchor.part("timeline"),
  "/map/": bookAnchor.figure("map"),
  "/relations/": bookAnchor.figure("relations"),
  "/places/": bookAnchor.part("places"),
  "/claims/": bookAnchor.part("claims"),
  "/glossary/": bookAnchor.part("glossary"),
  "/sources/": bookAnchor.part("bibliography"),
};

/**
 * Where a link of the site points inside the book: `/actors/wagner/` is `#actor-wagner`,
 * `/timeline/#<event>` is `#<event>`, `/places/kidal/` is `#place-kidal`. Pages the book does not hold (who's who) keep
 * their address on the published site, written out in full so the PDF link still works.
 */
export function bookHref(href: string, site: string | URL): string {
  const url = new URL(href, site);
  const hash = decodeURIComponent(url.hash.slice(1));
  const [, collection, id] = /^\/([a-z]+)\/([^/]+)\/$/.exec(url.pathname) ?? [];
  if (collection && id) {
    if (collection === "actors") return `#${bookAnchor.actor(id)}`;
    if (collection === "phases") return `#${bookAnchor.phase(id)}`;
    if (collection === "events") return `#${bookAnchor.event(id)}`;
    if (collection === "sources") return `#${bookAnchor.source(id)}`;
    if (collection === "places") return `#${bookAnchor.place(id)}`;
  }
  if (hash && url.pathname === "/timeline/") return `#${bookAnchor.event(hash)}`;
  if (hash && url.pathname === "/claims/") return `#${bookAnchor.claim(hash)}`;
  if (hash && url.pathname === "/glossary/") return `#${bookAnchor.term(hash)}`;
  const index = indexPages[url.pathname];
  if (index && !hash) return `#${index}`;
  return url.href;
}

/**
 * Points every site-relative link of the page at its place in the book (see bookHref). The book
 * links to the same pages many times over (every briefing to its actors, phases and events), so
 * each address is worked out once.
 */
export function localizeLinks(html: string, site: string | URL): string {
  const done = new Map<string, string>();
  return html.replace(/\shref="(\/[^"]*)"/g, (_, href: string) => {
    let local = done.get(href);
    if (local === undefined) {
      local = bookHref(href, site);
      done.set(href, local);
    }
    return ` href="${local}"`;
  });
}
