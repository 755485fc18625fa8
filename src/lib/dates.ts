// One function per import: date-fns's index loads its every module (some 2.4 s on this machine,
// paid by the content check, Astro's config and each test worker); these two load in 50 ms.
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";

/** How precisely a date is known, read off the form of its ISO string. */
export type Precision = "year" | "month" | "day";

const forms: Record<Precision, { pattern: RegExp; hint: string }> = {
  year: { pattern: /^\d{4}$/, hint: "YYYY" },
  month: { pattern: /^\d{4}-\d{2}$/, hint: "YYYY-MM" },
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, hint: "YYYY-MM-DD" },
};

export function precisionOf(value: string): Precision {
  if (forms.day.pattern.test(value)) return "day";
  if (forms.month.pattern.test(value)) return "month";
  return "year";
}

/**
 * Why `value` is not a real calendar date in one of the three ISO forms, or null when it is.
 * date-fns's ISO parser refuses dates that would roll over (2024-02-30, 2024-13-01, 2023-02-29).
 */
export function checkIsoDate(value: string): string | null {
  const entry = Object.values(forms).find((f) => f.pattern.test(value));
  if (!entry) {
    return `"${value}" is not an ISO date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD", in quotes`;
  }
  if (!isValid(parseISO(value))) {
    return `"${value}" is not a real calendar date (${entry.hint})`;
  }
  return null;
}

const boundsCache = new Map<string, { readonly first: string; readonly last: string }>();

/**
 * The first and last day a date can stand for, as "YYYY-MM-DD" strings that sort correctly.
 * Every page that draws a timeline asks this of every phase's dates: answers are kept.
 */
export function bounds(value: string): { readonly first: string; readonly last: string } {
  let known = boundsCache.get(value);
  if (!known) {
    known = Object.freeze(computeBounds(value));
    boundsCache.set(value, known);
  }
  return known;
}

function computeBounds(value: string): { first: string; last: string } {
  const p = precisionOf(value);
  if (p === "day") return { first: value, last: value };
  if (p === "month") {
    const [y, m] = value.split("-").map(Number);
    // Day 0 of the next month is the last day of this one.
    const lastDay = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/** Sort key: earliest day the date can stand for. */
export function sortKey(value: string): string {
  return bounds(value).first;
}

/** Compares two ISO dates of any precision by their first possible day. */
export function compareDates(a: string, b: string): number {
  return sortKey(a).localeCompare(sortKey(b));
}

/** English month names, January first. */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "27 July 2024", "July 2024", "2024"; with a qualifier, "late 2021". */
export function formatDate(value: string, qualifier?: string): string {
  const [y, m, d] = value.split("-");
  let text = y ?? value;
  if (m) text = `${monthNames[Number(m) - 1]} ${y}`;
  if (d) text = `${Number(d)} ${text}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

/**
 * A range, shortened when both ends are the same: "2012 – 2013", "July 2024". The space before
 * the dash does not break, so that a wrapped range never starts a line with its dash.
 */
export function formatRange(start: string, end?: string, sq?: string, eq?: string): string {
  const a = formatDate(start, sq);
  if (!end) return a;
  const b = formatDate(end, eq);
  return a === b ? a : `${a}\u00a0– ${b}`;
}

/** Whether the span a date stands for overlaps [start, end] (all ISO, any precision). */
export function withinSpan(value: string, start: string, end: string): boolean {
  const v = bounds(value);
  return v.last >= bounds(start).first && v.first <= bounds(end).last;
}
