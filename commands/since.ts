// The `since` of /brief: a window back from now ("7d", "24h", "2w") or a calendar date.
import { BriefbotError } from "../src/core/errors.ts";

const WINDOW = /^(\d{1,4})\s*(h|d|w)$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** Whether `text` is a valid since value (for zod refinements). */
export function isSince(text: string): boolean {
  return WINDOW.test(text.trim()) || isCalendarDate(text.trim());
}

const isCalendarDate = (text: string): boolean => {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** Turns "7d" or "2026-01-01" into the time it means, given now. Throws INPUT_INVALID. */
export function parseSince(text: string, now: Date): Date {
  const trimmed = text.trim();
  const window = WINDOW.exec(trimmed);
  if (window) {
    const unit = UNIT_MS[(window[2] as string).toLowerCase()] as number;
    return new Date(now.getTime() - Number(window[1]) * unit);
  }
  if (isCalendarDate(trimmed)) return new Date(`${trimmed}T00:00:00Z`);
  throw new BriefbotError(
    "INPUT_INVALID",
    `since must be a window like 7d, 24h, 2w or a date like 2026-01-01, got "${text}"`,
  );
}
