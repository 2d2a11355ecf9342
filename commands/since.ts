// The `since` of /brief: a window back from now ("7d", "24h", "2w", "1y"), a calendar date, or
// "all". Windows go back at most 100 years; the message says so.
import { BriefbotError } from "../src/core/errors.ts";

const WINDOW = /^(\d{1,9})\s*(h|d|w|y)$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS, y: 365 * DAY_MS };
/** The longest window: 100 years (36,525 days). */
const MAX_WINDOW_MS = 36_525 * DAY_MS;

/** What since accepts, for messages and help. */
export const SINCE_FORMS =
  'a window like 7d, 24h, 2w or 1y (at most 100 years), a date like 2026-01-01, or "all"';

const isCalendarDate = (text: string): boolean => {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

const windowMs = (text: string): number | null => {
  const window = WINDOW.exec(text);
  if (!window) return null;
  return Number(window[1]) * (UNIT_MS[(window[2] as string).toLowerCase()] as number);
};

/** Whether `text` is a valid since value (for zod refinements). */
export function isSince(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === "all" || isCalendarDate(trimmed)) return true;
  const ms = windowMs(trimmed);
  return ms !== null && ms <= MAX_WINDOW_MS;
}

/** Turns "7d", "2026-01-01" or "all" into the time it means (null: all time). Throws INPUT_INVALID. */
export function parseSince(text: string, now: Date): Date | null {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === "all") return null;
  const ms = windowMs(trimmed);
  if (ms !== null && ms <= MAX_WINDOW_MS) return new Date(now.getTime() - ms);
  if (isCalendarDate(trimmed)) return new Date(`${trimmed}T00:00:00Z`);
  throw new BriefbotError("INPUT_INVALID", `since must be ${SINCE_FORMS}, got "${text}"`);
}
