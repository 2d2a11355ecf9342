// Slot maths: the instants at which a schedule is due, in its own time zone, from croner. The
// ledger keys each delivery on the slot instant (not on when a timer happened to fire), so a
// restart, a second process or `run-due` all agree on which slot is which. Clock changes follow
// croner's Vixie-cron rules (cron.ts): a fixed local time runs once on the night the clock goes
// back (its first occurrence) and at the end of the gap on the night it goes forward.
import { type CronSpec, cronIn } from "./cron.ts";

/** The latest slot at or before `instant`, or null if there is none. */
export function previousSlot(spec: CronSpec, zone: string, instant: number): number | null {
  // previousRuns looks strictly before its reference: one millisecond on makes it "at or before".
  return (
    cronIn(spec, zone)
      .previousRuns(1, new Date(instant + 1))[0]
      ?.getTime() ?? null
  );
}

/** The first slot strictly after `instant`, or null if there is none. */
export function nextSlot(spec: CronSpec, zone: string, instant: number): number | null {
  return cronIn(spec, zone).nextRun(new Date(instant))?.getTime() ?? null;
}

/** The next `count` slots after `instant`. */
export function upcomingSlots(spec: CronSpec, zone: string, instant: number, count: number): number[] {
  return cronIn(spec, zone)
    .nextRuns(count, new Date(instant))
    .map((date) => date.getTime());
}
