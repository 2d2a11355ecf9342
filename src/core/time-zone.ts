// IANA time zones, checked with Intl (the runtime's own zone data): configuration (BRIEFBOT_TZ)
// and digest schedules use the same check.

/** Whether `zone` is an IANA time zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/** The canonical spelling of a zone ("europe/berlin" -> "Europe/Berlin"), or null if unknown. */
export function canonicalTimeZone(zone: string): string | null {
  if (!zone || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
