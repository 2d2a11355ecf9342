// CPU time read from /proc agrees with Node's own account of this process, within the kernel's
// tick (10 ms) on either side; a process that does not exist reads as null.
import { describe, expect, it } from "vitest";
import { cpuBetween, cpuSnapshot, processCpuMs } from "../../bench/replicas/process-cpu.ts";

const onLinux = process.platform === "linux";

describe.skipIf(!onLinux)("processCpuMs (Linux /proc)", () => {
  it("matches process.cpuUsage() of this process", () => {
    let x = 0;
    for (let i = 0; i < 20_000_000; i++) x += i % 7; // some CPU work, so that both are above zero
    const usage = process.cpuUsage();
    const fromProc = processCpuMs(process.pid);
    const own = (usage.user + usage.system) / 1000;
    expect(x).toBeGreaterThan(0);
    expect(fromProc).not.toBeNull();
    expect(Math.abs((fromProc as number) - own)).toBeLessThan(30);
  });

  it("reads null for a process that is not there, and leaves it out of snapshots", () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
    expect(processCpuMs(undefined)).toBeNull();
    expect([...cpuSnapshot([process.pid, 2 ** 22 + 1]).keys()]).toEqual([process.pid]);
  });

  it("counts a process new since the first snapshot whole and leaves out one that is gone", () => {
    const before = new Map([
      [1, 100],
      [2, 50],
    ]);
    const after = new Map([
      [1, 130],
      [3, 20],
    ]);
    expect(cpuBetween(before, after)).toBe(50);
  });
});
