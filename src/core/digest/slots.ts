// Slot maths: the instants at which a schedule is due, in its own time zone. The ledger keys each
// delivery on the slot instant (not on when a timer happened to fire), so a restart, a second
// process or `run-due` all agree on which slot is which.
import { type CronSpec, cronMatchesDay } from "./cron.ts";
import { wallTime, zonedInstant, zoneOffset } from "./zoned-time.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Far enough to find "29 February" schedules across a skipped leap year (2100). */
const MAX_DAYS = 366 * 9;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function shiftDay(start: CalendarDay, delta: number): CalendarDay {
  const date = new Date(Date.UTC(start.year, start.month - 1, start.day) + delta * DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

/** All slot instants of one local day, ascending and distinct. */
function slotsOfDay(spec: CronSpec, zone: string, day: CalendarDay): number[] {
  const midnight = Date.UTC(day.year, day.month - 1, day.day);
  const early = zoneOffset(zone, midnight - 14 * HOUR);
  const late = zoneOffset(zone, midnight + DAY + 14 * HOUR);
  const instants: number[] = [];
  for (const hour of spec.hours) {
    for (const minute of spec.minutes) {
      instants.push(
        early === late
          ? midnight + hour * HOUR + minute * 60_000 - early // no clock change near this day
          : zonedInstant(zone, day.year, day.month, day.day, hour, minute),
      );
    }
  }
  // Around a clock change wall order and instant order can differ, and two wall times can share an
  // instant (02:30 in the gap and 03:30 after it): sort and dedupe.
  return [...new Set(instants)].sort((a, b) => a - b);
}

function startDay(zone: string, instant: number): CalendarDay {
  const wall = wallTime(zone, instant);
  return { year: wall.year, month: wall.month, day: wall.day, weekday: wall.weekday };
}

/** The latest slot at or before `instant`, or null if there is none in the last nine years. */
export function previousSlot(spec: CronSpec, zone: string, instant: number): number | null {
  const today = startDay(zone, instant);
  // Start one day ahead: a gap-shifted slot of tomorrow cannot precede today, but a local day and
  // the UTC day can disagree near midnight, so looking one day further costs little and is safe.
  for (let delta = 1; delta >= -MAX_DAYS; delta--) {
    const day = shiftDay(today, delta);
    if (!cronMatchesDay(spec, day.day, day.month, day.weekday)) continue;
    const slots = slotsOfDay(spec, zone, day);
    for (let index = slots.length - 1; index >= 0; index--) {
      const slot = slots[index]!;
      if (slot <= instant) return slot;
    }
  }
  return null;
}

/** The first slot strictly after `instant`, or null if there is none in the next nine years. */
export function nextSlot(spec: CronSpec, zone: string, instant: number): number | null {
  const today = startDay(zone, instant);
  for (let delta = -1; delta <= MAX_DAYS; delta++) {
    const day = shiftDay(today, delta);
    if (!cronMatchesDay(spec, day.day, day.month, day.weekday)) continue;
    for (const slot of slotsOfDay(spec, zone, day)) {
      if (slot > instant) return slot;
    }
  }
  return null;
}

/** The next `count` slots after `instant`. */
export function upcomingSlots(spec: CronSpec, zone: string, instant: number, count: number): number[] {
  const result: number[] = [];
  let cursor = instant;
  for (let index = 0; index < count; index++) {
    const slot = nextSlot(spec, zone, cursor);
    if (slot === null) break;
    result.push(slot);
    cursor = slot;
  }
  return result;
}
