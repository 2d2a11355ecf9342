// A five-field cron expression (minute hour day-of-month month day-of-week), parsed by us so that the
// core can compute slot instants for the ledger without a scheduler library. Vixie-cron rules: `*`,
// lists, ranges, steps, month and day names; 7 is Sunday; when both day fields are restricted, a
// day matches either one.
import { BriefbotError } from "../errors.ts";

/** A parsed cron expression: the allowed values of each field. */
export interface CronSpec {
  /** The normalised expression, five fields separated by single spaces. */
  expression: string;
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday ... 6 = Saturday. */
  daysOfWeek: ReadonlySet<number>;
  /** Whether day-of-month / day-of-week were `*` (Vixie-cron's OR rule depends on it). */
  anyDayOfMonth: boolean;
  anyDayOfWeek: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  namesFrom?: number;
}

const FIELDS: readonly FieldRule[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { name: "day of week", min: 0, max: 7, names: DAYS, namesFrom: 0 },
];

const invalid = (expression: string, why: string): BriefbotError =>
  new BriefbotError("SCHEDULE_INVALID", `invalid schedule "${expression}": ${why}`, {
    hints: ['a cron expression has five fields, e.g. "0 8 * * 1-5" (08:00 on weekdays)'],
  });

function parseValue(text: string, rule: FieldRule, expression: string): number {
  const lower = text.toLowerCase();
  const named = rule.names?.indexOf(lower) ?? -1;
  if (named >= 0) return named + (rule.namesFrom ?? 0);
  if (!/^\d{1,2}$/.test(text)) throw invalid(expression, `"${text}" is not a valid ${rule.name}`);
  const value = Number(text);
  if (value < rule.min || value > rule.max) {
    throw invalid(expression, `${rule.name} ${value} is outside ${rule.min}-${rule.max}`);
  }
  return value;
}

function parseField(text: string, rule: FieldRule, expression: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [range, stepText, extra] = part.split("/");
    if (range === undefined || range === "" || extra !== undefined) {
      throw invalid(expression, `"${part}" is not a valid ${rule.name}`);
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d{1,2}$/.test(stepText) || Number(stepText) === 0) {
        throw invalid(expression, `step "${stepText}" in the ${rule.name} field must be a positive number`);
      }
      step = Number(stepText);
    }
    let low: number;
    let high: number;
    if (range === "*") {
      low = rule.min;
      high = rule.name === "day of week" ? 6 : rule.max;
    } else if (range.includes("-")) {
      const [from, to, more] = range.split("-");
      if (from === undefined || to === undefined || more !== undefined) {
        throw invalid(expression, `"${range}" is not a valid ${rule.name} range`);
      }
      low = parseValue(from, rule, expression);
      high = parseValue(to, rule, expression);
      if (high < low) throw invalid(expression, `range "${range}" runs backwards`);
    } else {
      low = parseValue(range, rule, expression);
      high = stepText === undefined ? low : rule.max;
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return values;
}

/** Parses a five-field cron expression; throws SCHEDULE_INVALID saying which field is wrong. */
export function parseCron(expression: string): CronSpec {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw invalid(expression, `expected 5 fields (minute hour day month weekday), got ${fields.length}`);
  }
  const [minute, hour, dom, month, dow] = fields.map((field, index) =>
    parseField(field, FIELDS[index]!, expression),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (dow.has(7)) {
    dow.delete(7);
    dow.add(0);
  }
  return {
    expression: fields.join(" "),
    minutes: [...minute].sort((a, b) => a - b),
    hours: [...hour].sort((a, b) => a - b),
    daysOfMonth: dom,
    months: month,
    daysOfWeek: dow,
    anyDayOfMonth: fields[2] === "*",
    anyDayOfWeek: fields[4] === "*",
  };
}

/** Whether a calendar day (month 1-12, weekday 0 = Sunday) is one the expression runs on. */
export function cronMatchesDay(spec: CronSpec, day: number, month: number, weekday: number): boolean {
  if (!spec.months.has(month)) return false;
  const domOk = spec.daysOfMonth.has(day);
  const dowOk = spec.daysOfWeek.has(weekday);
  if (spec.anyDayOfMonth && spec.anyDayOfWeek) return true;
  if (spec.anyDayOfMonth) return dowOk;
  if (spec.anyDayOfWeek) return domOk;
  return domOk || dowOk;
}
