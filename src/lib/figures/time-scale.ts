import type { DateQualifier } from "../../schemas/date.ts";
import { bounds } from "../dates.ts";

/** Days since 1970-01-01 of a "YYYY-MM-DD" string. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

export function yearDay(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

/** The days a date can stand for, as [first, end) in day numbers. */
export interface Span {
  first: number;
  end: number;
}

/**
 * The span an event is drawn over: from the first day its date can stand for to the last day of its
 * end date (or of the date itself).
 */
export function eventSpan(date: string, endDate?: string, qualifier?: DateQualifier): Span {
  const start = qualifiedSpan(date, qualifier);
  return endDate ? { first: start.first, end: qualifiedSpan(endDate).end } : start;
}

const spans = new Map<string, Span>();

/** The days one date can stand for; "early", "mid" and "late" narrow it to its first, middle or last third. */
export function qualifiedSpan(date: string, qualifier?: DateQualifier): Span {
  const key = `${date} ${qualifier ?? ""}`;
  let span = spans.get(key);
  if (!span) {
    const first = dayNumber(bounds(date).first);
    const end = dayNumber(bounds(date).last) + 1;
    const i = qualifier === "early" ? 0 : qualifier === "mid" ? 1 : qualifier === "late" ? 2 : -1;
    const third = (end - first) / 3;
    span = i === -1 ? { first, end } : { first: first + i * third, end: first + (i + 1) * third };
    spans.set(key, span);
  }
  return { ...span };
}

/** A stop of a piecewise-linear scale: this day falls at this x. */
export interface Stop {
  day: number;
  x: number;
}

export interface TimeScale {
  (day: number): number;
  stops: readonly Stop[];
}

/** A piecewise-linear scale through `stops` (in day order), clamped at both ends. */
export function piecewiseScale(stops: Stop[]): TimeScale {
  const scale = (day: number) => {
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return 0;
    if (day <= first.day) return first.x;
    if (day >= last.day) return last.x;
    const i = stops.findIndex((s) => s.day >= day);
    const a = stops[i - 1] ?? first;
    const b = stops[i] ?? last;
    return a.x + ((day - a.day) / (b.day - a.day)) * (b.x - a.x);
  };
  return Object.assign(scale, { stops });
}

/**
 * The book's axis: `years` are the years at which the scale changes pace, `shares` the part of
 * [x0, x1] each stretch between them gets. The default gives 1960–2011 a seventh of the width,
 * 2012–2019 a bit more than a quarter, and the dense 2020–2025 more than half.
 */
export function bookScale(x0: number, x1: number, years = [1960, 2012, 2020, 2026], shares = [0.14, 0.28, 0.58]) {
  let x = x0;
  const stops: Stop[] = [{ day: yearDay(years[0] ?? 1960), x }];
  shares.forEach((share, i) => {
    x += share * (x1 - x0);
    stops.push({ day: yearDay(years[i + 1] ?? 2026), x });
  });
  return piecewiseScale(stops);
}

export interface Tick {
  x: number;
  /** Empty for a bare tick. */
  label: string;
}

const monthAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * Ticks for the axis: a tick per year wherever a year is at least `minGap` wide (per decade
 * elsewhere), or per month where a year is wider than twelve labels. Labels never come closer
 * than `labelGap`; the years where the scale changes pace are labelled first, then decades, then
 * the other years at the most even step that leaves the room: every year, every 2 or every 5.
 */
export function axisTicks(scale: TimeScale, minGap = 6, labelGap = 40): Tick[] {
  const first = scale.stops[0];
  const last = scale.stops[scale.stops.length - 1];
  if (!first || !last) return [];
  const candidates: { x: number; label: string; priority: number }[] = [];
  for (let y = yearOf(first.day); y <= yearOf(last.day - 1) + 1; y++) {
    const start = yearDay(y);
    if (start < first.day || start >= last.day) continue;
    const width = scale(yearDay(y + 1)) - scale(start);
    const decade = y % 10 === 0;
    const paceChange = scale.stops.some((s) => s.day === start);
    if (width < minGap && !decade && !paceChange) continue;
    // Other years are labelled at an even step where the pace allows it (every 2 or 5 years),
    // not wherever the last label left room: 1960, 1964, 1970, 1974 read as a misprint.
    const step = [1, 2, 5].find((n) => n * width >= labelGap) ?? 10;
    const even = decade || paceChange || y % step === 0;
    candidates.push({ x: scale(start), label: even ? String(y) : "", priority: paceChange ? 0 : decade ? 1 : 2 });
  }
  for (let day = first.day; day < last.day;) {
    const d = new Date(day * 86_400_000);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
    const width = scale(next) - scale(day);
    if (width >= minGap * 2 && d.getUTCMonth() !== 0 && d.getUTCDate() === 1) {
      candidates.push({ x: scale(day), label: monthAbbr[d.getUTCMonth()] ?? "", priority: 3 });
    }
    day = next;
  }
  const labelled: number[] = [];
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority || a.x - b.x)) {
    if (c.label && labelled.every((x) => Math.abs(x - c.x) >= labelGap)) labelled.push(c.x);
    else c.label = "";
  }
  return candidates.sort((a, b) => a.x - b.x).map(({ x, label }) => ({ x, label }));
}
