// The CPU-bound ceilings of the replica bench's summary: the cores shared by everything that
// spent CPU on a command, and one core per replica's event loop.
import { describe, expect, it } from "vitest";
import { cpuCeilings, type StepReport } from "../../bench/replicas/report.ts";

const report = (cpu: number | null, database: number | null, driver: number): StepReport => ({
  held: true,
  stats: {
    platform: "slack",
    sent: 0,
    ackErrors: 0,
    answered: 0,
    errorAnswers: 0,
    ackMs: [],
    answerMs: [],
    seconds: 0,
    sendSeconds: 0,
  },
  cpuPerCommand: cpu,
  databaseCpuPerCommand: database,
  driverCpuPerCommand: driver,
  load: "0.0 0.0 0.0",
});

describe("cpuCeilings", () => {
  it("divides the cores by all the CPU a command took, and the event loops by the replicas' share", () => {
    // 5 + 3 + 2 = 10 ms a command: 2 cores serve 200 a second; 2 event loops at 5 ms serve 400.
    expect(cpuCeilings(report(5, 3, 2), 2, 2)).toEqual({ machine: 200, eventLoops: 400 });
    // SQLite: no database processes; one replica at 4 ms: 250 a second on its one core.
    expect(cpuCeilings(report(4, null, 1), 1, 2)).toEqual({ machine: 400, eventLoops: 250 });
  });

  it("gives none without the replicas' CPU", () => {
    expect(cpuCeilings(report(null, 3, 2), 1, 2)).toBeNull();
    expect(cpuCeilings(report(0, 3, 2), 1, 2)).toBeNull();
  });
});
