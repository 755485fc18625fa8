import type { EventData } from "../../schemas/event.ts";
import type { PhaseData } from "../../schemas/phase.ts";
import { byDate, byOrder, type Entry } from "../book-data.ts";
import { formatRange } from "../dates.ts";
import { Memo, objectId } from "./memo.ts";
import { fitText, round, textWidth } from "./svg.ts";
import {
  axisTicks,
  bookScale,
  eventSpan,
  piecewiseScale,
  qualifiedSpan,
  type Span,
  type Tick,
  type TimeScale,
} from "./time-scale.ts";

export interface PhaseBand {
  id: string;
  title: string;
  order: number;
  /** The phase's number, drawn in the band, or above it where the band is too narrow (see bandLabels). */
  label: BandLabel;
  dates: string;
  href: string;
  x: number;
  width: number;
  highlighted: boolean;
}

/** Where a band's number is drawn: its baseline's middle, and a leader to the band when set above it. */
export interface BandLabel {
  text: string;
  x: number;
  y: number;
  /** From under the number, set above a band too narrow for it, down into the band. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface EventMark {
  id: string;
  /** Its place in date order among the figure's events, from 1 (see eventNumbers). */
  number: number;
  title: string;
  dates: string;
  href: string;
  x1: number;
  x2: number;
  y: number;
  /** Drawn as a dot: the span is too short to show as a bar. */
  point: boolean;
  /** The event has disputed claims. */
  disputed: boolean;
  /** "by 2017": the event may have begun earlier; a tail points back. */
  openStart: boolean;
  /** "after 20 February 2025": the event came later, no one says when; a tail points on. */
  openEnd: boolean;
  label?: MarkLabel;
  /**
   * Where its number is drawn, beside it (the "lanes" layout, whose marks have no titles): the
   * number of its entry in the list of events that follows the figure, so that on paper, where
   * a mark cannot be hovered or followed, the reader can tell which event it is.
   */
  numberAt?: { x: number; anchor: "start" | "end" };
}

export interface MarkLabel {
  x: number;
  anchor: "start" | "end";
  text: string;
  size: number;
  /** Set over its own bar, for want of room either side. */
  onBar: boolean;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  bands: PhaseBand[];
  marks: EventMark[];
  ticks: Tick[];
  /** x of each point where the axis changes pace (drawn as a break). */
  paceChanges: number[];
  /** The top of the phases' bands: below a row of the numbers of bands too narrow for them, if any. */
  bandTop: number;
  /** The bottom of the phases' bands. */
  bandBottom: number;
  plotTop: number;
  plotBottom: number;
}

export interface TimelineOptions {
  /**
   * "rows": one labelled row per event, in date order; "lanes": as few rows as the marks need, each
   * mark numbered instead of labelled.
   */
  layout: "rows" | "lanes";
  width?: number;
  /** Days shown, on a uniform scale; default: the whole book on its paced scale. */
  domain?: Span;
  /** Phases to tint more strongly (an actor's phases). */
  highlight?: ReadonlySet<string>;
  /** Draw only the highlighted phases (see everyPhaseUpTo). */
  onlyHighlighted?: boolean;
}

/**
 * Up to this many phases, an actor's timeline draws every phase of the book, its own tinted, so
 * the reader sees where its events fall in the whole war. Beyond it the bands would be slivers a
 * fraction of a pixel wide and the legend a list of every phase on every actor's page (so the
 * actor pages would grow with actors times phases): the timeline then draws only the actor's
 * own phases, on the same axis.
 */
export const everyPhaseUpTo = 40;

const pad = 8;
const bandHeight = 22;
const axisHeight = 20;
const rowHeight = 15;
const laneHeight = 13;
const labelSize = 11.5;
/**
 * The smaller type of a label that does not fit in the larger, and of the ticks' years: 9 px where
 * the 720-unit drawing is set at a full column's width (578 px), on any screen (it was 10 units,
 * 8 px there).
 */
export const smallLabelSize = 11.25;
/** The length of the tail of an open start ("by 2017") or end ("after 20 February 2025"). */
export const openTail = 14;
const labelGap = 6;
/** The size of a phase's number in its band (the drawing's type, set bold). */
export const bandLabelSize = 11.5;
/** The least room either side of a number in its band: a digit needs a band 12 units wide. */
const bandLabelInset = 2.5;
/** The row above the bands that holds the numbers of bands too narrow for them. */
const bandLabelRow = 16;
/** The least space between two numbers set side by side above the bands. */
const bandLabelSpace = 4;
/** The space between a mark and its number (see EventMark.numberAt). */
const numberGap = 2;

function phaseSpan(p: PhaseData): Span {
  return { first: qualifiedSpan(p.start, p.startQualifier).first, end: qualifiedSpan(p.end, p.endQualifier).end };
}

/**
 * The days an event may fall in: those its date stands for, within the phase the book puts it in.
 * An event the sources date only by its year ("2025") in a phase that ends in June is drawn over
 * January to June, not past the phase's end. An end date the sources give is kept as it is.
 */
function eventDays(e: EventData, phase: PhaseData | undefined): Span {
  const span = eventSpan(e.date, e.endDate, e.dateQualifier);
  if (!phase) return span;
  const within = phaseSpan(phase);
  const first = Math.max(span.first, within.first);
  const end = e.endDate ? span.end : Math.min(span.end, within.end);
  return first < end ? { first, end } : span;
}

/** The whole book's span: first phase start to the end of the last phase's year. */
export function bookSpan(phases: Entry<PhaseData>[]): Span {
  const spans = phases.map((p) => phaseSpan(p.data));
  return { first: Math.min(...spans.map((s) => s.first)), end: Math.max(...spans.map((s) => s.end)) };
}

/** A phase's span, widened by a tenth on each side so its first and last events sit clear of the edges. */
export function phaseDomain(phase: PhaseData): Span {
  const s = phaseSpan(phase);
  const margin = (s.end - s.first) / 10;
  return { first: s.first - margin, end: s.end + margin };
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * Where the label of a mark goes: right of it if it fits, else left, in the normal then the slightly
 * smaller type; else over a bar from its start; failing that, shortened on the roomiest side.
 */
function placeLabel(text: string, x1: number, x2: number, width: number): MarkLabel {
  const options = [
    { x: x2 + labelGap, anchor: "start" as const, room: width - pad - (x2 + labelGap), onBar: false },
    { x: x1 - labelGap, anchor: "end" as const, room: x1 - labelGap - pad, onBar: false },
    // Over its own bar only where it ends inside it: past the bar's end, the end's outline would
    // run through the letters.
    // Half a letter in from each end: at 4 units a "J" or "T" touched the bar's outline in print.
    { x: x1 + 6, anchor: "start" as const, room: x2 > x1 ? x2 - x1 - 12 : 0, onBar: x2 > x1 },
  ];
  // A label over a short bar crosses its outline: beside it in the smaller type reads better.
  const tries = [options.slice(0, 2), options.slice(2)].flatMap((where) =>
    [labelSize, smallLabelSize].map((size) => ({ where, size })),
  );
  for (const { where, size } of tries) {
    const fit = where.find((o) => o.room >= textWidth(text, size));
    if (fit) return { x: round(fit.x), anchor: fit.anchor, text, size, onBar: fit.onBar };
  }
  const best = options.reduce((a, b) => (b.room > a.room ? b : a));
  const short = fitText(text, best.room, smallLabelSize);
  return { x: round(best.x), anchor: best.anchor, text: short, size: smallLabelSize, onBar: best.onBar };
}

/**
 * The number each event has on a timeline of `events` and in the list beside it: its place in date
 * order, from 1. The figure's marks and the list's entries take their numbers from here, so that
 * they agree.
 */
export function eventNumbers(events: Entry<EventData>[]): Map<string, number> {
  return new Map(byDate(events).map((e, i) => [e.id, i + 1]));
}

/** The width a phase's number takes, set bold (some 10% wider than textWidth's regular type). */
function bandLabelWidth(text: string): number {
  return textWidth(text, bandLabelSize) * 1.1;
}

/**
 * Where each band's number goes: in the band, centred, where it fits; otherwise in a row above
 * the bands, as near above the band as the other numbers there leave room for, with a leader down
 * into the band. A phase of a few weeks on the book's axis, or the neighbours of a phase zoomed
 * on (phase 1's years 2012 and 2013, 11 units wide each), would else have no number, and the
 * legend's entry could not be told to its band. Returns the labels and the height of the row
 * above the bands (0 when every number fits in its band).
 */
function bandLabels(bands: AxisBand[], width: number): { labels: BandLabel[]; top: number } {
  const narrow = bands.filter((b) => bandLabelWidth(String(b.order)) + 2 * bandLabelInset > b.width);
  const top = narrow.length > 0 ? bandLabelRow : 0;
  const above = new Map<string, number>();
  // Left to right, each number as near its band's middle as the one before allows; then back from
  // the right, so that the last stays inside the drawing.
  const wanted = narrow.map((b) => ({ b, w: bandLabelWidth(String(b.order)), x: b.x + b.width / 2 }));
  wanted.sort((a, b) => a.x - b.x);
  let prev: { x: number; w: number } | undefined;
  for (const n of wanted) {
    n.x = Math.max(n.x, pad + n.w / 2, prev ? prev.x + (prev.w + n.w) / 2 + bandLabelSpace : -Infinity);
    prev = n;
  }
  let next: { x: number; w: number } | undefined;
  for (const n of [...wanted].reverse()) {
    n.x = Math.min(n.x, width - pad - n.w / 2, next ? next.x - (next.w + n.w) / 2 - bandLabelSpace : Infinity);
    next = n;
  }
  for (const n of wanted) above.set(n.b.id, n.x);
  const labels = bands.map((b): BandLabel => {
    const text = String(b.order);
    const middle = b.x + b.width / 2;
    const x = above.get(b.id);
    if (x === undefined) return { text, x: round(middle), y: round(top + bandHeight / 2 + 4) };
    return {
      text,
      x: round(x),
      y: round(top - 4.5),
      leader: { x1: round(x), y1: round(top - 2.5), x2: round(middle), y2: round(top + bandHeight / 2) },
    };
  });
  return { labels, top };
}

/**
 * Assigns each mark (in x order) the first lane whose last mark ends before it begins. A mark may
 * take one of several extents (its number right or left of it): the one that goes in the lowest
 * lane is taken, the first given when two go in the same.
 */
function packLanes(marks: { x1: number; x2: number }[][], gap = 3): { lane: number; choice: number }[] {
  const ends: number[] = [];
  return marks.map((extents) => {
    const fits = extents.map(({ x1 }) => {
      const lane = ends.findIndex((end) => end + gap <= x1);
      return lane === -1 ? ends.length : lane;
    });
    const lane = Math.min(...fits);
    const choice = Math.max(0, fits.indexOf(lane));
    ends[lane] = extents[choice]?.x2 ?? 0;
    return { lane, choice };
  });
}

/** What every timeline of the same phases, width and span shares: its scale, bands and ticks. */
interface Axis {
  scale: TimeScale;
  paceChanges: number[];
  ticks: Tick[];
  /** The bands, none highlighted, without their numbers (see bandLabels). */
  bands: AxisBand[];
}

type AxisBand = Omit<PhaseBand, "label" | "highlighted">;

const axes = new Memo<Axis>();

/** The axis for `phases` at `width` over `domain` (default: the whole book, paced), once per build. */
function axisOf(phases: Entry<PhaseData>[], width: number, span: Span | undefined): Axis {
  const key = JSON.stringify([width, span ?? null]);
  return axes.get([phases], key, () => {
    const domain = span ?? bookSpan(phases);
    const scale = span
      ? piecewiseScale([
          { day: domain.first, x: pad },
          { day: domain.end, x: width - pad },
        ])
      : bookScale(pad, width - pad, [yearOf(domain.first), 2012, 2020, yearOf(domain.end - 1) + 1]);
    const bands = byOrder(phases)
      .map((p) => ({ p, span: phaseSpan(p.data) }))
      .filter(({ span: s }) => s.end > domain.first && s.first < domain.end)
      .map(({ p, span: s }): AxisBand => {
        const x = scale(s.first);
        const w = scale(s.end) - x;
        return {
          id: p.id,
          title: p.data.title,
          order: p.data.order,
          dates: formatRange(p.data.start, p.data.end, p.data.startQualifier, p.data.endQualifier),
          href: `/phases/${p.id}/`,
          x: round(x),
          width: round(w),
        };
      });
    return {
      scale,
      paceChanges: span ? [] : scale.stops.slice(1, -1).map((s) => round(s.x)),
      ticks: axisTicks(scale).map((t) => ({ ...t, x: round(t.x) })),
      bands,
    };
  });
}

const geometries = new Memo<TimelineGeometry>();

/**
 * Phases as bands and events as marks on one time axis, ready to draw as SVG. Computed once per
 * build for the same phases, events and options (a phase's timeline is drawn on its page and in
 * the book), and the axis once for every timeline that shares it.
 */
export function timelineGeometry(
  phases: Entry<PhaseData>[],
  events: Entry<EventData>[],
  options: TimelineOptions,
): TimelineGeometry {
  const key = JSON.stringify([
    options.layout,
    options.width ?? null,
    options.domain ?? null,
    options.highlight ? [...options.highlight].sort() : null,
    options.onlyHighlighted ?? false,
    events.map(objectId),
  ]);
  return geometries.get([phases], key, () => drawTimeline(phases, events, options));
}

function drawTimeline(
  phases: Entry<PhaseData>[],
  events: Entry<EventData>[],
  options: TimelineOptions,
): TimelineGeometry {
  const width = options.width ?? 720;
  const { scale, paceChanges, ticks, bands: plain } = axisOf(phases, width, options.domain);
  const shown = plain.filter((b) => !options.onlyHighlighted || (options.highlight?.has(b.id) ?? false));
  const { labels, top: bandTop } = bandLabels(shown, width);
  const bands = shown.map((b, i): PhaseBand => ({
    ...b,
    label: labels[i] ?? { text: String(b.order), x: b.x, y: 0 },
    highlighted: options.highlight?.has(b.id) ?? false,
  }));

  const bandBottom = bandTop + bandHeight;
  const plotTop = bandBottom + axisHeight;
  const phaseById = new Map(phases.map((p) => [p.id, p.data]));
  const numbered = options.layout === "lanes";
  const placed = byDate(events).map((e, i) => {
    const span = eventDays(e.data, phaseById.get(e.data.phase));
    let x1 = scale(span.first);
    let x2 = scale(span.end);
    const point = x2 - x1 < 6;
    if (point) x1 = x2 = (x1 + x2) / 2;
    const openStart = e.data.dateQualifier === "by";
    const openEnd = e.data.dateQualifier === "after";
    // What the mark covers: a dot's radius and a little, and the tail of an open start or end.
    const reach = point ? 5 : 0;
    const left = x1 - reach - (openStart ? openTail : 0);
    const right = x2 + reach + (openEnd ? openTail : 0);
    // Its number, right of it or left: each side whose number stays inside the drawing.
    const w = textWidth(String(i + 1), smallLabelSize);
    const sides: { at?: EventMark["numberAt"]; x1: number; x2: number }[] = numbered
      ? [
          { at: { x: round(right + numberGap), anchor: "start" as const }, x1: left, x2: right + numberGap + w },
          { at: { x: round(left - numberGap), anchor: "end" as const }, x1: left - numberGap - w, x2: right },
        ].filter((side) => side.x1 >= 2 && side.x2 <= width - 2)
      : [];
    return { e, x1, x2, point, openStart, openEnd, extents: sides.length > 0 ? sides : [{ x1: left, x2: right }] };
  });
  const packed =
    options.layout === "lanes"
      ? packLanes(placed.map((p) => p.extents))
      : placed.map((_, i) => ({ lane: i, choice: 0 }));
  const lanes = packed.map((p) => p.lane);
  const step = options.layout === "lanes" ? laneHeight : rowHeight;
  const marks = placed.map(({ e, x1, x2, point, openStart, openEnd, extents }, i): EventMark => {
    const numberAt = numbered ? extents[packed[i]?.choice ?? 0]?.at : undefined;
    const mark: EventMark = {
      id: e.id,
      number: i + 1,
      title: e.data.title,
      dates: formatRange(e.data.date, e.data.endDate, e.data.dateQualifier),
      href: `/events/${e.id}/`,
      x1: round(x1),
      x2: round(x2),
      y: round(plotTop + ((lanes[i] ?? 0) + 0.5) * step),
      point,
      disputed: e.data.claims.length > 0,
      openStart,
      openEnd,
    };
    if (numberAt) mark.numberAt = numberAt;
    if (options.layout === "rows") {
      const reach = point ? 5 : 0;
      const x1Label = x1 - reach - (mark.openStart ? openTail : 0);
      mark.label = placeLabel(e.data.title, x1Label, x2 + reach + (mark.openEnd ? openTail : 0), width);
    }
    return mark;
  });
  const rows = Math.max(1, ...lanes.map((l) => l + 1));
  const plotBottom = plotTop + rows * step + 4;
  return {
    width,
    height: round(plotBottom + axisHeight),
    bands,
    marks,
    ticks,
    paceChanges,
    bandTop,
    bandBottom,
    plotTop,
    plotBottom,
  };
}
