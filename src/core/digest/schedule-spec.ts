// The words after `/digest subscribe <topic>`: `at 08:00`, `tz Europe/Berlin`, `days mon-fri`,
// or a five-field cron expression, plus `thread|single` and `notice|silent`. Everything becomes a
// cron expression and a time zone, checked here so that a bad schedule never reaches the store.
import { BriefbotError } from "../errors.ts";
import { canonicalTimeZone } from "../time-zone.ts";
import { parseCron } from "./cron.ts";
import { nextSlot } from "./slots.ts";

/** How a digest is laid out: one message, or a headline with the details in its thread. */
export type DigestStyle = "single" | "thread";
/** What an empty digest does: post nothing, or a one-line "nothing new". */
export type WhenEmpty = "silent" | "notice";

/** A validated schedule with its per-subscription options. */
export interface ScheduleSpec {
  cron: string;
  timeZone: string;
  style: DigestStyle;
  whenEmpty: WhenEmpty;
}

const DAY_WORDS: Record<string, string> = {
  daily: "*",
  everyday: "*",
  weekdays: "mon-fri",
  weekends: "sat,sun",
  weekend: "sat,sun",
};

const timeZoneOrThrow = (zone: string): string => {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) {
    throw new BriefbotError("TIMEZONE_INVALID", `unknown time zone "${zone}"`, {
      hints: ["use an IANA name such as Europe/Berlin, America/New_York or UTC"],
    });
  }
  return canonical;
};

const usage = ["/digest subscribe <topic> [at 08:00] [tz Europe/Berlin] [days mon-fri] [thread] [notice]"];

/** Parses the schedule words; `defaultZone` is BRIEFBOT_TZ. Throws SCHEDULE_INVALID / TIMEZONE_INVALID. */
export function parseScheduleSpec(text: string, defaultZone: string): ScheduleSpec {
  const tokens = text
    .replace(/[“”"']/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let at: string | undefined;
  let zone: string | undefined;
  let days: string | undefined;
  let style: DigestStyle = "single";
  let whenEmpty: WhenEmpty = "silent";
  const rest: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!;
    const lower = word.toLowerCase();
    const next = tokens[index + 1];
    if ((lower === "at" || lower === "tz" || lower === "days") && next === undefined) {
      throw new BriefbotError("SCHEDULE_INVALID", `"${word}" needs a value`, { hints: usage });
    }
    if (lower === "at") at = tokens[++index];
    else if (lower === "tz") zone = tokens[++index];
    else if (lower === "days") days = tokens[++index];
    else if (lower === "thread" || lower === "single") style = lower;
    else if (lower === "notice" || lower === "silent") whenEmpty = lower;
    else if (lower === "cron") continue;
    else rest.push(word);
  }
  const timeZone = timeZoneOrThrow(zone ?? defaultZone);
  let cron: string;
  if (rest.length > 0) {
    if (at !== undefined || days !== undefined || rest.length !== 5) {
      throw new BriefbotError("SCHEDULE_INVALID", `cannot read "${rest.join(" ")}" as a schedule`, {
        hints: [...usage, "or a cron expression: /digest subscribe <topic> 0 8 * * 1-5 tz Europe/Berlin"],
      });
    }
    cron = parseCron(rest.join(" ")).expression;
  } else {
    const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(at ?? "08:00");
    if (!time) {
      throw new BriefbotError("SCHEDULE_INVALID", `"${at}" is not a time of day`, {
        hints: ["use 24-hour HH:MM, e.g. at 08:00 or at 17:30"],
      });
    }
    const dayField = days === undefined ? "*" : (DAY_WORDS[days.toLowerCase()] ?? days.toLowerCase());
    cron = parseCron(`${Number(time[2])} ${Number(time[1])} * * ${dayField}`).expression;
  }
  if (nextSlot(parseCron(cron), timeZone, Date.UTC(2026, 0, 1)) === null) {
    throw new BriefbotError("SCHEDULE_INVALID", `the schedule "${cron}" never runs`);
  }
  return { cron, timeZone, style, whenEmpty };
}

const pad = (value: number): string => String(value).padStart(2, "0");

/** A short human description: "08:00 mon-fri (Europe/Berlin)" or "cron 0 6,18 * * * (UTC)". */
export function describeSchedule(cron: string, timeZone: string): string {
  const fields = cron.split(" ");
  const [minute, hour, dom, month, dow] = fields;
  if (
    fields.length === 5 &&
    /^\d+$/.test(minute ?? "") &&
    /^\d+$/.test(hour ?? "") &&
    dom === "*" &&
    month === "*"
  ) {
    const days = dow === "*" ? "daily" : `days ${dow}`;
    return `${pad(Number(hour))}:${pad(Number(minute))} ${days} (${timeZone})`;
  }
  return `cron ${cron} (${timeZone})`;
}
