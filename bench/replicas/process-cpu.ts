// CPU time of other processes (the replicas), read from /proc: on a machine shared with other
// work, the CPU a command costs says more than how long it took. Linux only; elsewhere null.
import { readFileSync } from "node:fs";

/** Clock ticks a second of /proc/PID/stat's times (USER_HZ: 100 on Linux builds for common hardware). */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of process `pid` so far, in ms; null when it cannot be read. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of the line (utime, stime) are the 12th and 13th after the name.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** The sum of processCpuMs over `pids`; null when any cannot be read. */
export function totalCpuMs(pids: ReadonlyArray<number | undefined>): number | null {
  let total = 0;
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

/** CPU time so far (ms) of each of `pids` that can be read. */
export function cpuSnapshot(pids: Iterable<number>): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== null) snapshot.set(pid, ms);
  }
  return snapshot;
}

/**
 * CPU spent between two snapshots by the processes of the second: a process new since the first
 * counts whole; one gone by the second is lost (so the sum may be short, never long).
 */
export function cpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
