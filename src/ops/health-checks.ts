// Ready-made health checks for startHealthServer. They take small structural types, not the
// adapters themselves, so src/ops imports no platform library (DESIGN.md, rule 4). The store's
// probe is the store's own (Store.ping): no SQL lives here.
import type { HealthCheck, HealthStatus } from "./health-server.ts";

const OK: HealthStatus = { ok: true };

/** A check from a boolean probe, e.g. `flagCheck(() => slack.connected, "slack is not connected")`. */
export function flagCheck(probe: () => boolean | Promise<boolean>, reason: string): HealthCheck {
  return async () => ((await probe()) ? OK : { ok: false, reason });
}

/** Something with a heartbeat: ok when its last beat is recent (the scheduler ticks every minute). */
export function heartbeatCheck(
  lastBeat: () => Date | null,
  maxAgeMs: number,
  now: () => Date = () => new Date(),
): HealthCheck {
  return () => {
    const beat = lastBeat();
    if (beat === null) return { ok: false, reason: "not started" };
    const age = now().getTime() - beat.getTime();
    return age <= maxAgeMs ? OK : { ok: false, reason: `last ran ${Math.round(age / 1000)} s ago` };
  };
}
