// Five-field cron expressions (minute hour day-of-month month day-of-week) read by croner: the
// core computes slot instants with it, and the scheduler's minute tick (node-cron) only asks the
// runner which slots are due, so subscriptions follow these rules alone. Vixie-cron rules: names,
// lists, ranges, steps; 7 is Sunday; when both day fields are restricted, a day matches either one.
import { Cron } from "croner";
import { BriefbotError } from "../errors.ts";

/** A validated cron expression. */
export interface CronSpec {
  /** The normalised expression, five fields separated by single spaces. */
  expression: string;
}

/**
 * Options every briefbot schedule is read with. `no-wildcard`: a time without `*` or a step
 * (`30 2 * * *`, `0 6,18 * * *`) is a fixed time, run once when the clock goes back and at the
 * end of the gap when it goes forward, as Vixie cron does.
 */
export const CRON_OPTIONS = {
  mode: "5-part",
  domAndDow: false,
  fixedTimeRule: "no-wildcard",
  // "5/15" (from 5, every 15) as Vixie cron and briefbot's earlier parser read it.
  sloppyRanges: true,
} as const;

const invalid = (expression: string, why: string, cause?: unknown): BriefbotError =>
  new BriefbotError("SCHEDULE_INVALID", `invalid schedule "${expression}": ${why}`, {
    hints: ['a cron expression has five fields, e.g. "0 8 * * 1-5" (08:00 on weekdays)'],
    ...(cause === undefined ? {} : { cause }),
  });

/** Parses a five-field cron expression; throws SCHEDULE_INVALID saying what is wrong. */
export function parseCron(expression: string): CronSpec {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 5) {
    throw invalid(expression, `expected 5 fields (minute hour day month weekday), got ${fields.length}`);
  }
  const normalised = fields.join(" ");
  try {
    new Cron(normalised, { ...CRON_OPTIONS, paused: true });
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, "") : String(error);
    throw invalid(expression, why, error);
  }
  return { expression: normalised };
}

/** A croner job for `spec` in `zone` that only computes runs (no timer). */
export function cronIn(spec: CronSpec, zone: string): Cron {
  return new Cron(spec.expression, { ...CRON_OPTIONS, timezone: zone, paused: true });
}
