/**
 * The names a page answers to in search (see src/components/SearchNames.astro). Everything that
 * depends on the whole book (each actor's short name folded for comparison, the glossary terms
 * by actor, the places each phase is named after) is worked out once per book, not once per
 * page: the lookups per page are then by id.
 */
import type { CollectionEntry } from "astro:content";

interface Book {
  actors: CollectionEntry<"actors">[];
  phases: CollectionEntry<"phases">[];
  places: CollectionEntry<"places">[];
  glossary: CollectionEntry<"glossary">[];
}

export interface PageNames {
  short?: string;
  names?: string[];
  entries?: string[];
}

/**
 * Text as search is to read it: the book's curly quotes and apostrophes (SmartyPants) made plain
 * again, as the sources write them. Pagefind 1.5 keeps a curly mark inside a word: it indexes
 * "Prigozhin’s" as "prigozhin" and also as "prigozhin’", one word further. In the page's text
 * both sit at one place and count once, but in a field of metadata each counts: a search for
 * "Prigozhin" matched a title with "Prigozhin’s" twice, and Pagefind weighs a field by the
 * matched words' rarity times the square of the share of the query they cover (2 for 1), so that
 * title weighed 2 × 2² = 8 times a title naming him plainly. A straight apostrophe splits the word
 * to the same "prigozhin" only. The same holds for closing quotes ("Wagner”").
 */
export const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * A title or a short name as search is to weigh it: quotes made plain (plainQuotes), and the
 * words a hyphen joins written apart. Pagefind indexes "Mali-Algeria" as "malialgeria" and also
 * as "mali" and "algeria": in a field each counts, and a word the query only begins counts for
 * more than the query's length, so a search for "Mali" matched the border's name twice and weighed
 * it six times the briefing on Mali, which came second. The other names a page answers to are
 * left joined: they are the spellings readers type, and a search typed "ISIS-GS" or "al-Qaeda" is
 * searched as one word, which only the joined form holds. The page's text, where a word counts
 * once whatever its forms, answers to every form.
 */
export const searchText = (text: string) => plainQuotes(text).replace(/(?<=\p{L})-(?=\p{L})/gu, " ");

/** Lowercase, without accents: how search compares words. */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("’", "'").toLowerCase();

/**
 * A name as the sources write it and as a reader may type it: without its accents and with its
 * curly apostrophe straight or left out ("Jama’at", "Jama'at", "Jamaat"). The variants in the
 * content are only the sources' own spellings, which the pages show.
 */
export function typedSpellings(name: string): string[] {
  const bare = name.normalize("NFD").replace(/\p{M}/gu, "");
  return [...new Set([name, bare, bare.replace(/’/g, "'"), bare.replace(/’/g, "")])];
}
const spellings = (names: string[]) => [...new Set(names.filter(Boolean).flatMap(typedSpellings))];

const termNames = (g: CollectionEntry<"glossary">) =>
  spellings([g.data.term, g.data.expansion ?? "", ...g.data.variants]);
const placeNames = (p: CollectionEntry<"places">) => spellings([p.data.name, ...p.data.variants]);

function index(book: Book) {
  const shortNames = new Map<string, Set<string>>();
  for (const a of book.actors) {
    const folded = fold(a.data.shortName);
    shortNames.set(folded, (shortNames.get(folded) ?? new Set()).add(a.id));
  }
  const termsOf = new Map<string, string[]>();
  for (const g of book.glossary) {
    if (g.data.actor) termsOf.set(g.data.actor, [...(termsOf.get(g.data.actor) ?? []), ...termNames(g)]);
  }
  const placesOf = new Map(
    book.phases.map((phase) => [phase.id, book.places.filter((p) => phase.data.title.includes(p.data.name))]),
  );
  return {
    actors: new Map(book.actors.map((a) => [a.id, a])),
    places: new Map(book.places.map((p) => [p.id, p])),
    shortNames,
    termsOf,
    placesOf,
    glossaryEntries: book.glossary.filter((g) => !g.data.actor).flatMap(termNames),
  };
}

const indexes = new WeakMap<Book, ReturnType<typeof index>>();

/**
 * An actor's other names. Search matches the start of words, so words that point at another
 * actor are left out: another actor's short name in the possessive ("Russia's Defense Ministry"),
 * and a word extending another's short name that this actor's own short name carries ("Russian"
 * for the Russian MoD, "Malian" for the Malian junta). Kept, they would put this page first for
 * the other actor's name.
 */
function actorNames(ix: ReturnType<typeof index>, actor: CollectionEntry<"actors">): string[] {
  const { name, shortName, aliases } = actor.data;
  const own = fold(shortName).split(/\s+/);
  // Another actor's short name, looked up by name rather than compared with every actor's.
  const isOther = (folded: string) => [...(ix.shortNames.get(folded) ?? [])].some((id) => id !== actor.id);
  const pointsElsewhere = (word: string) =>
    (word.endsWith("'s") && isOther(word.slice(0, -2))) ||
    (own.includes(word) && Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 1)).some(isOther));
  return spellings(
    [name, ...aliases, ...(ix.termsOf.get(actor.id) ?? [])].map((n) =>
      n
        .split(/\s+/)
        .filter((w) => !pointsElsewhere(fold(w)))
        .join(" "),
    ),
  );
}

/** The names for the page at `pathname` ("/actors/wagner/", "/places/kidal/", "/glossary/", …). */
export function pageNames(book: Book, pathname: string): PageNames {
  let ix = indexes.get(book);
  if (!ix) {
    ix = index(book);
    indexes.set(book, ix);
  }
  const [, section = "", id = ""] = pathname.split("/");
  const actor = section === "actors" ? ix.actors.get(id) : undefined;
  if (actor) return { short: actor.data.shortName, names: actorNames(ix, actor) };
  const places = section === "phases" ? ix.placesOf.get(id) : undefined;
  if (places) return { names: places.flatMap(placeNames) };
  if (section === "glossary") return { entries: ix.glossaryEntries };
  // A place's page: its name weighs as an actor's short name does, its other spellings as names.
  const place = section === "places" ? ix.places.get(id) : undefined;
  if (place) return { short: place.data.name, names: spellings(place.data.variants) };
  return {};
}
