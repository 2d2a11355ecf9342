// The coverage timeline: documents per day (per week or month over long windows), each bar
// stacked by story, the top stories coloured and the rest grey. Pure: the layout is computed
// first (tests read it to know where the bars are), then written as SVG; the alt text says the
// same facts in words.
import type { CoverageDay } from "../brief/topic-brief.ts";
import {
  type Chart,
  count,
  fitAlt,
  humanDay,
  num,
  OTHER_COLOUR,
  PALETTE,
  shorten,
  svgDocument,
  textElement,
} from "./svg.ts";

/** A story as the timeline shows it: its label (untrusted text) and its documents per day. */
export interface TimelineStory {
  id: string;
  label: string;
  days: readonly CoverageDay[];
}

/** What the timeline needs: all documents per day, and the stories to colour (at most PALETTE's length). */
export interface TimelineInput {
  title: string;
  coverage: readonly CoverageDay[];
  stories: readonly TimelineStory[];
}

/** How long a bar is. */
export type TimelineUnit = "day" | "week" | "month";

/** One coloured part of a bar. */
export interface BarSegment {
  /** The story's index in the input, or null for documents in no story shown. */
  story: number | null;
  colour: string;
  documents: number;
  y: number;
  height: number;
}

/** One bar: a day, a week (from its Monday) or a month (from its first). */
export interface Bar {
  start: string;
  documents: number;
  x: number;
  width: number;
  /** Bottom first. */
  segments: BarSegment[];
}

/** Where everything goes. */
export interface TimelineLayout {
  width: number;
  height: number;
  unit: TimelineUnit;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Documents at the top of the y axis. */
  yMax: number;
  bars: Bar[];
  legend: { label: string; colour: string; documents: number }[];
}

const WIDTH = 800;
const MARGIN = { left: 52, right: 20, top: 56 };
const PLOT_HEIGHT = 220;
const AXIS_LABELS = 28;
const LEGEND_ROW = 20;
const BOTTOM = 12;
/** Windows up to this many days get a bar a day; up to this many weeks a bar a week; else a month. */
const MAX_BARS = 62;
const MAX_BAR = 64;
const DAY_MS = 86_400_000;

const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The start of the bar holding `day`. */
function bucketOf(day: string, unit: TimelineUnit): string {
  if (unit === "day") return day;
  if (unit === "month") return `${day.slice(0, 7)}-01`;
  const n = dayNumber(day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return dayOf(n - weekday);
}

/** The start of the bar after the one starting at `start`. */
function nextBucket(start: string, unit: TimelineUnit): string {
  if (unit === "day") return dayOf(dayNumber(start) + 1);
  if (unit === "week") return dayOf(dayNumber(start) + 7);
  const [year, month] = start.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** A round top for the y axis and the step of its ticks (at most 5 ticks). */
function niceScale(max: number): { top: number; step: number } {
  for (const base of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]) {
    if (max / base <= 5) return { top: Math.max(base, Math.ceil(max / base) * base), step: base };
  }
  const step = 10 ** Math.ceil(Math.log10(max / 5));
  return { top: Math.ceil(max / step) * step, step };
}

const validDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(dayNumber(day));

/** Where the bars go; null when there is nothing to draw (no documents with a valid day). */
export function timelineLayout(input: TimelineInput): TimelineLayout | null {
  const coverage = input.coverage.filter((day) => validDay(day.date) && day.documents > 0);
  if (coverage.length === 0) return null;
  const days = coverage.map((day) => day.date).sort();
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const span = dayNumber(last) - dayNumber(first) + 1;
  const unit: TimelineUnit = span <= MAX_BARS ? "day" : span <= MAX_BARS * 7 ? "week" : "month";
  const stories = input.stories.slice(0, PALETTE.length);

  const starts: string[] = [];
  for (let start = bucketOf(first, unit); start <= last; start = nextBucket(start, unit)) starts.push(start);
  const index = new Map(starts.map((start, i) => [start, i]));
  // Stories repeat the coverage's days: each day's bar is worked out once.
  const barOf = new Map<string, number | undefined>();
  const barIndex = (day: string): number | undefined => {
    if (!barOf.has(day)) barOf.set(day, index.get(bucketOf(day, unit)));
    return barOf.get(day);
  };
  const totals = starts.map(() => 0);
  const perStory = stories.map(() => starts.map(() => 0));
  for (const day of coverage) totals[barIndex(day.date)!]! += day.documents;
  stories.forEach((story, s) => {
    for (const day of story.days) {
      if (!validDay(day.date)) continue;
      const i = barIndex(day.date);
      if (i !== undefined) perStory[s]![i]! += day.documents;
    }
  });
  // A story's documents are among the day's documents; should a store count them otherwise, the
  // bar grows to hold them rather than going negative on "other".
  const barTotals = totals.map((total, i) =>
    Math.max(
      total,
      perStory.reduce((sum, row) => sum + row[i]!, 0),
    ),
  );
  const { top: yMax } = niceScale(Math.max(...barTotals));

  const plot = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: MARGIN.top + PLOT_HEIGHT,
  };
  const slot = (plot.right - plot.left) / starts.length;
  // Narrow gaps between bars when there are many; no bar wider than MAX_BAR when there are few.
  const barWidth = Math.min(MAX_BAR, slot >= 4 ? slot * 0.8 : slot);
  const perDocument = PLOT_HEIGHT / yMax;
  const bars: Bar[] = starts.map((start, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    let y = plot.bottom;
    const segments: BarSegment[] = [];
    const parts: { story: number | null; documents: number }[] = [
      ...stories.map((_, s) => ({ story: s, documents: perStory[s]![i]! })),
      { story: null, documents: barTotals[i]! - perStory.reduce((sum, row) => sum + row[i]!, 0) },
    ];
    for (const part of parts) {
      if (part.documents <= 0) continue;
      const height = part.documents * perDocument;
      y -= height;
      segments.push({
        story: part.story,
        colour: part.story === null ? OTHER_COLOUR : PALETTE[part.story]!,
        documents: part.documents,
        y,
        height,
      });
    }
    return { start, documents: barTotals[i]!, x, width: barWidth, segments };
  });

  const legend: TimelineLayout["legend"] = stories.map((story, s) => ({
    label: shorten(story.label, 56),
    colour: PALETTE[s]!,
    documents: perStory[s]!.reduce((sum, n) => sum + n, 0),
  }));
  const storyDocuments = legend.reduce((sum, entry) => sum + entry.documents, 0);
  const other = barTotals.reduce((sum, n) => sum + n, 0) - storyDocuments;
  if (other > 0) legend.push({ label: "in no story shown", colour: OTHER_COLOUR, documents: other });
  const height = plot.bottom + AXIS_LABELS + legend.length * LEGEND_ROW + BOTTOM;
  return { width: WIDTH, height, unit, plot, yMax, bars, legend };
}

const barLabel = (start: string, unit: TimelineUnit, withYear: boolean): string =>
  unit === "month" ? `${humanDay(start).split(" ").slice(1).join(" ")}` : humanDay(start, withYear);

/** The bar's period in words, for the alt text. */
function period(start: string, unit: TimelineUnit): string {
  if (unit === "day") return humanDay(start);
  if (unit === "week") return `the week of ${humanDay(start)}`;
  return humanDay(start).split(" ").slice(1).join(" ");
}

function altText(input: TimelineInput, layout: TimelineLayout): string {
  const total = layout.bars.reduce((sum, bar) => sum + bar.documents, 0);
  const firstBar = layout.bars[0]!;
  const lastBar = layout.bars[layout.bars.length - 1]!;
  const busiest = layout.bars.reduce((best, bar) => (bar.documents > best.documents ? bar : best), firstBar);
  // The days the bars were drawn from: valid, with documents (as timelineLayout keeps them).
  const days = input.coverage
    .filter((day) => validDay(day.date) && day.documents > 0)
    .map((day) => day.date)
    .sort();
  const firstDay = days[0] ?? firstBar.start;
  const lastDay = days.at(-1) ?? lastBar.start;
  const parts = [
    `Coverage timeline of ${input.title}, documents per ${layout.unit}: ${count(total, "document")}` +
      (firstDay === lastDay
        ? ` on ${humanDay(firstDay)}.`
        : ` from ${humanDay(firstDay)} to ${humanDay(lastDay)}.`),
  ];
  if (layout.bars.length > 1)
    parts.push(`Busiest: ${period(busiest.start, layout.unit)} (${busiest.documents}).`);
  const stories = layout.legend.filter((entry) => entry.colour !== OTHER_COLOUR);
  if (stories.length > 0) {
    parts.push(
      `${count(stories.length, "story", "stories")} coloured: ${stories
        .map((entry) => `"${entry.label}" ${count(entry.documents, "document")}`)
        .join("; ")}.`,
    );
  }
  const other = layout.legend.find((entry) => entry.colour === OTHER_COLOUR);
  if (other) parts.push(`${count(other.documents, "document")} in no story shown (grey).`);
  return fitAlt(parts.join(" "));
}

/** The coverage timeline of a topic (or one story); null when there are no documents to draw. */
export function timelineChart(input: TimelineInput): Chart | null {
  const layout = timelineLayout(input);
  if (!layout) return null;
  const { plot, yMax, bars, unit } = layout;
  const body: string[] = [
    textElement(plot.left, 24, `Coverage: ${shorten(input.title, 70)}`, { size: 16, weight: "bold" }),
    textElement(plot.left, 42, `documents per ${unit}, coloured by story`, { size: 12, fill: "#555555" }),
  ];
  const { step } = niceScale(yMax);
  for (let value = 0; value <= yMax; value += step) {
    const y = plot.bottom - (value / yMax) * (plot.bottom - plot.top);
    body.push(
      `<line x1="${plot.left}" y1="${num(y)}" x2="${plot.right}" y2="${num(y)}" stroke="${value === 0 ? "#888888" : "#E4E4E4"}" stroke-width="1"/>`,
      textElement(plot.left - 8, y + 4, String(value), { size: 11, anchor: "end", fill: "#555555" }),
    );
  }
  for (const bar of bars) {
    for (const segment of bar.segments) {
      body.push(
        `<rect x="${num(bar.x)}" y="${num(segment.y)}" width="${num(bar.width)}" height="${num(segment.height)}" fill="${segment.colour}"/>`,
      );
    }
  }
  // At most about eight dates under the axis, the first with its year.
  const every = Math.ceil(bars.length / 8);
  bars.forEach((bar, i) => {
    if (i % every !== 0) return;
    body.push(
      textElement(bar.x + bar.width / 2, plot.bottom + 18, barLabel(bar.start, unit, i === 0), {
        size: 11,
        anchor: "middle",
        fill: "#555555",
      }),
    );
  });
  layout.legend.forEach((entry, i) => {
    const y = plot.bottom + AXIS_LABELS + i * 20;
    body.push(
      `<rect x="${plot.left}" y="${y + 3}" width="12" height="12" fill="${entry.colour}"/>`,
      textElement(plot.left + 18, y + 13, `${entry.label} (${entry.documents})`, { size: 12 }),
    );
  });
  return {
    kind: "coverage",
    title: `Coverage: ${input.title}`,
    svg: svgDocument(layout.width, layout.height, body),
    width: layout.width,
    height: layout.height,
    alt: altText(input, layout),
  };
}
