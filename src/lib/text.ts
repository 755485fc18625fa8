/** A latitude or longitude as the book writes it: "19.00°\u00a0N", never broken before its letter. */
export function coordinate(n: number, positive: string, negative: string): string {
  return `${Math.abs(n).toFixed(2)}°\u00a0${n >= 0 ? positive : negative}`;
}

/**
 * A name as it starts a heading, a list's line or a field: its first letter a capital ("central
 * Mali" heads its section as "Central Mali"; in a sentence the book writes it as it is).
 */
export function headingCase(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase("en") + text.slice(letter.length);
}

/** Lowercase, without accents or punctuation: "Goïta" and "goita" compare equal. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const sentences = new Intl.Segmenter("en-u-ss-standard", { granularity: "sentence" });

/**
 * The opening of a text for a page's meta description: its first sentence, or as many as make at
 * least `min` characters (search engines show about 160). Abbreviations such as "Col." do not
 * end a sentence.
 */
export function opening(text: string, min = 60): string {
  let out = "";
  for (const { segment } of sentences.segment(text)) {
    out += segment;
    if (out.trim().length >= min) break;
  }
  return out.trim();
}

/** Ends a sentence with a full stop, unless it ends with one already ("U.N." stays "U.N."). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

const base = new Intl.Collator("en", { sensitivity: "base" });
/**
 * Two names compared as a reader reads them, whatever their case or accents ("Segou" is "Ségou").
 * One collator for the whole build: `localeCompare` with options makes a new one on every call,
 * which cost 4.5 s of a 1,000-briefing build in the glossary's look-up of places alone.
 */
export function compareNames(a: string, b: string): number {
  return base.compare(a, b);
}
