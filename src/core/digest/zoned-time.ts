// Wall-clock time in an IANA time zone, from Intl only (no library, no I/O). A wall time that does
// not exist (the hour skipped when clocks go forward) maps to the same distance past the gap;
// one that exists twice (clocks go back) maps to its first occurrence. Each local slot is thus one
// instant, which is what the digest ledger keys on.

/** A wall-clock reading in some zone. Month is 1-12, weekday 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY = 86_400_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `zone` is an IANA time zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a zone ("europe/berlin" -> "Europe/Berlin"), or null if unknown. */
export function canonicalTimeZone(zone: string): string | null {
  if (!isTimeZone(zone)) return null;
  return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin in winter: +3,600,000). */
export function zoneOffset(zone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  const seconds = Math.floor(instant / 1000) * 1000;
  return wall - seconds;
}

/** The wall-clock reading in `zone` at `instant`. */
export function wallTime(zone: string, instant: number): WallTime {
  const shifted = new Date(instant + zoneOffset(zone, instant));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant of a wall-clock minute in `zone` (gap: shifted forward; overlap: first one). */
export function zonedInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const before = zoneOffset(zone, wall - DAY);
  const after = zoneOffset(zone, wall + DAY);
  const candidates = [wall - before, wall - after].filter(
    (instant) => instant + zoneOffset(zone, instant) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: read the wall time with the offset in force before the change, which lands past it.
  return wall - before;
}
