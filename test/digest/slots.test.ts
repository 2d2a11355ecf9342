import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCron } from "../../src/core/digest/cron.ts";
import { nextSlot, previousSlot, upcomingSlots } from "../../src/core/digest/slots.ts";

/** The local wall clock in `zone` at `instant`, read with Intl: the oracle the library is checked against. */
const formats = new Map<string, Intl.DateTimeFormat>();
function wallTime(zone: string, instant: number) {
  const format =
    formats.get(zone) ??
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
  formats.set(zone, format);
  const parts = format.formatToParts(new Date(instant));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    day: `${field("year")}-${field("month")}-${field("day")}`,
    hour: field("hour"),
    minute: field("minute"),
  };
}

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const daily = (hhmm: string, days = "*") => {
  const [hour, minute] = hhmm.split(":").map(Number);
  return parseCron(`${minute} ${hour} * * ${days}`);
};

describe("cron parsing", () => {
  it("reads names, ranges, steps and lists, and normalises spacing", () => {
    const spec = parseCron(" */15  8-10 * jan,jul mon-fri ");
    expect(spec.expression).toBe("*/15 8-10 * jan,jul mon-fri");
    const slots = upcomingSlots(spec, "UTC", at("2026-01-02T10:40:00Z"), 3).map(iso);
    // Friday 2 January 10:45, then Monday 5 January from 08:00 (a weekend and hours outside 8-10 skipped).
    expect(slots).toEqual([
      "2026-01-02T10:45:00.000Z",
      "2026-01-05T08:00:00.000Z",
      "2026-01-05T08:15:00.000Z",
    ]);
  });

  it("reads a step from a start (5/15) and croner's last-day and nth-weekday forms", () => {
    const minutes = upcomingSlots(parseCron("5/15 9 * * *"), "UTC", at("2026-11-30T00:00:00Z"), 4).map(iso);
    expect(minutes.map((slot) => slot?.slice(11, 16))).toEqual(["09:05", "09:20", "09:35", "09:50"]);
    expect(iso(nextSlot(parseCron("0 8 L * *"), "UTC", at("2026-02-01T00:00:00Z")))).toBe(
      "2026-02-28T08:00:00.000Z",
    );
    expect(iso(nextSlot(parseCron("0 8 * * fri#2"), "UTC", at("2026-12-01T00:00:00Z")))).toBe(
      "2026-12-11T08:00:00.000Z",
    );
  });

  it("treats 7 as Sunday", () => {
    expect(iso(nextSlot(parseCron("0 8 * * 7"), "UTC", at("2026-11-25T00:00:00Z")))).toBe(
      "2026-11-29T08:00:00.000Z",
    );
  });

  it.each([
    ["61 * * * *", /minute: 61/],
    ["* * *", /5 fields/],
    ["0 8 * * * *", /5 fields/],
    ["0 8 * * fri-mon", /larger than/],
    ["0 8 * * */0", /stepping/],
    ["0 8 32 * *", /day/],
    ["x 8 * * *", /\(x\)/],
  ])("refuses %s with SCHEDULE_INVALID", (expression, message) => {
    expect(() => parseCron(expression)).toThrow(message);
    try {
      parseCron(expression);
    } catch (error) {
      expect((error as { code: string }).code).toBe("SCHEDULE_INVALID");
      expect((error as Error).message).not.toContain("CronPattern");
    }
  });
});

describe("slots in a time zone", () => {
  it("keeps 08:00 Berlin at 08:00 local across the spring change", () => {
    const spec = daily("08:00");
    const slots = upcomingSlots(spec, "Europe/Berlin", at("2026-03-27T12:00:00Z"), 4).map(iso);
    expect(slots).toEqual([
      "2026-03-28T07:00:00.000Z", // CET, UTC+1
      "2026-03-29T06:00:00.000Z", // CEST from this day, UTC+2
      "2026-03-30T06:00:00.000Z",
      "2026-03-31T06:00:00.000Z",
    ]);
  });

  it("keeps 08:00 New York at 08:00 local across the autumn change", () => {
    const spec = daily("08:00");
    const slots = upcomingSlots(spec, "America/New_York", at("2026-10-31T00:00:00Z"), 3).map(iso);
    expect(slots).toEqual([
      "2026-10-31T12:00:00.000Z",
      "2026-11-01T13:00:00.000Z",
      "2026-11-02T13:00:00.000Z",
    ]);
  });

  it("runs a slot inside the spring gap once, at the end of the gap", () => {
    // 02:30 does not exist in Berlin on 29 March 2026: it runs once, when the clock jumps to
    // 03:00 CEST (01:00Z), as Vixie cron runs a fixed-time job skipped by the change.
    const spec = daily("02:30");
    const slots = upcomingSlots(spec, "Europe/Berlin", at("2026-03-28T12:00:00Z"), 3).map(iso);
    expect(slots).toEqual([
      "2026-03-29T01:00:00.000Z",
      "2026-03-30T00:30:00.000Z",
      "2026-03-31T00:30:00.000Z",
    ]);
  });

  it("runs a slot inside the autumn overlap once, at its first occurrence", () => {
    // 02:30 happens twice in Berlin on 25 October 2026 (CEST, then CET): the first one counts.
    const spec = daily("02:30");
    const slots = upcomingSlots(spec, "Europe/Berlin", at("2026-10-24T12:00:00Z"), 3).map(iso);
    expect(slots).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-26T01:30:00.000Z",
      "2026-10-27T01:30:00.000Z",
    ]);
    expect(iso(previousSlot(spec, "Europe/Berlin", at("2026-10-25T01:45:00Z")))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("handles the southern hemisphere and half-hour zones", () => {
    // Sydney leaves daylight time on 5 April 2026 (UTC+11 -> UTC+10).
    const sydney = upcomingSlots(daily("09:00"), "Australia/Sydney", at("2026-04-03T12:00:00Z"), 3).map(iso);
    // 09:00 on 4 April is 22:00Z the day before (UTC+11); on 5 April it is 23:00Z (UTC+10).
    expect(sydney).toEqual([
      "2026-04-03T22:00:00.000Z",
      "2026-04-04T23:00:00.000Z",
      "2026-04-05T23:00:00.000Z",
    ]);
    expect(iso(nextSlot(daily("08:00"), "Asia/Kathmandu", at("2026-06-01T00:00:00Z")))).toBe(
      "2026-06-01T02:15:00.000Z",
    );
    expect(iso(nextSlot(daily("08:00"), "Asia/Kolkata", at("2026-06-01T00:00:00Z")))).toBe(
      "2026-06-01T02:30:00.000Z",
    );
  });

  it("skips days outside the schedule", () => {
    // Sunday 29 November 2026, 12:00 Berlin: the last weekday slot was Friday 08:00.
    const spec = daily("08:00", "mon-fri");
    expect(iso(previousSlot(spec, "Europe/Berlin", at("2026-11-29T11:00:00Z")))).toBe(
      "2026-11-27T07:00:00.000Z",
    );
    expect(iso(nextSlot(spec, "Europe/Berlin", at("2026-11-29T11:00:00Z")))).toBe("2026-11-30T07:00:00.000Z");
  });

  it("uses Vixie-cron's either-day rule when both day fields are set", () => {
    const spec = parseCron("0 9 13 * fri");
    const slots = upcomingSlots(spec, "UTC", at("2026-11-01T00:00:00Z"), 5).map((ms) =>
      iso(ms)!.slice(0, 10),
    );
    expect(slots).toEqual(["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27", "2026-12-04"]);
  });

  it("counts a slot at the very instant as due", () => {
    const spec = daily("08:00");
    expect(iso(previousSlot(spec, "UTC", at("2026-11-29T08:00:00Z")))).toBe("2026-11-29T08:00:00.000Z");
    expect(iso(nextSlot(spec, "UTC", at("2026-11-29T08:00:00Z")))).toBe("2026-11-30T08:00:00.000Z");
  });

  it("finds 29 February across years and gives up on dates that never come", () => {
    expect(iso(nextSlot(parseCron("0 0 29 2 *"), "UTC", at("2026-03-01T00:00:00Z")))).toBe(
      "2028-02-29T00:00:00.000Z",
    );
    expect(nextSlot(parseCron("0 0 31 2 *"), "UTC", at("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("agrees with a minute-by-minute scan in zones with clock changes (property)", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kathmandu", "UTC"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        // 2026, including both clock changes of every zone above.
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 30) }),
        (zone, hour, minute, start) => {
          const spec = parseCron(`${minute} ${hour} * * *`);
          const next = nextSlot(spec, zone, start)!;
          const previous = previousSlot(spec, zone, start)!;
          expect(next).toBeGreaterThan(start);
          expect(previous).toBeLessThanOrEqual(start);
          expect(next - previous).toBeLessThanOrEqual(26 * 3_600_000);
          // The slot reads as hour:minute on the local clock, unless that time did not exist that
          // day: then it is the end of the gap (the hour before it read an hour earlier).
          const wall = wallTime(zone, next);
          if (wall.hour !== hour || wall.minute !== minute) {
            const before = wallTime(zone, next - 60_000);
            expect(before.day).toBe(wall.day);
            expect(before.hour).toBeLessThan(wall.hour - 1);
          }
          // No slot between previous and next: the scan over each minute finds none, but for the
          // second pass of an hour that happened twice.
          for (let t = previous + 60_000; t < next; t += 60_000) {
            const w = wallTime(zone, t);
            if (w.hour === hour && w.minute === minute) {
              const hourEarlier = wallTime(zone, t - 3_600_000);
              expect([hourEarlier.day, hourEarlier.hour, hourEarlier.minute]).toEqual([w.day, hour, minute]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives the same previous slot at every instant up to the next slot, across clock changes (property)", () => {
    // The scheduler remembers a schedule's latest slot until its next one (digest-runner.ts).
    const night = (iso: string) => Date.parse(iso);
    fc.assert(
      fc.property(
        fc.constantFrom("*/15 * * * *", "30 2 * * *", "0 1-3 * * *", "0 9 13 * fri", "45 * * * *"),
        fc.constantFrom("Europe/Berlin", "America/New_York"),
        // Hours around the 2026 clock changes of both zones (Berlin 29 Mar and 25 Oct, New York
        // 8 Mar and 1 Nov), and once in an ordinary week.
        fc.constantFrom(
          "2026-03-29T00:00Z",
          "2026-10-25T00:00Z",
          "2026-03-08T05:00Z",
          "2026-11-01T04:00Z",
          "2026-11-10T00:00Z",
        ),
        fc.integer({ min: 0, max: 4 * 3_600_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (cron, zone, from, offset, fraction) => {
          const spec = parseCron(cron);
          const at = night(from) + offset;
          const previous = previousSlot(spec, zone, at);
          const next = nextSlot(spec, zone, at)!;
          expect(next).toBeGreaterThan(at);
          const lower = previous ?? at;
          const later = lower + Math.floor((next - lower) * fraction);
          expect(previousSlot(spec, zone, Math.min(later, next - 1))).toBe(previous);
          expect(previousSlot(spec, zone, next)).toBe(next);
        },
      ),
      { numRuns: 150 },
    );
  });
});
