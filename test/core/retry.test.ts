import { describe, expect, it } from "vitest";
import { backoffMs, retry } from "../../src/core/retry.ts";

const policy = { attempts: 4, baseMs: 100, maxMs: 1_000 };

/** A sleep that records each wait and returns at once: no test waits on the wall clock. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** Work that fails `failures` times with the given errors, then answers "ok". */
function flaky(errors: unknown[]) {
  const calls: number[] = [];
  return {
    calls,
    work: async (attempt: number) => {
      calls.push(attempt);
      const error = errors[attempt - 1];
      if (error !== undefined) throw error;
      return "ok";
    },
  };
}

describe("backoffMs", () => {
  it("doubles from the base, never below a Retry-After hint, never above the maximum", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffMs(policy, attempt))).toEqual([100, 200, 400, 800, 1_000]);
    expect(backoffMs(policy, 1, 700)).toBe(700);
    expect(backoffMs(policy, 1, 60_000)).toBe(1_000);
  });
});

describe("retry", () => {
  it("retries failures with backoff and returns the first success", async () => {
    const { waits, sleep } = recordingSleep();
    const { calls, work } = flaky([new Error("a"), new Error("b")]);
    const retries: number[] = [];
    const result = await retry(work, { policy, sleep, onRetry: ({ attempt }) => void retries.push(attempt) });
    expect(result).toBe("ok");
    expect(calls).toEqual([1, 2, 3]);
    expect(waits).toEqual([100, 200]);
    expect(retries).toEqual([1, 2]);
  });

  it("throws the last failure once the attempts are used up", async () => {
    const { waits, sleep } = recordingSleep();
    const { calls, work } = flaky([1, 2, 3, 4, 5].map((n) => new Error(`failure ${n}`)));
    await expect(retry(work, { policy, sleep })).rejects.toThrow("failure 4");
    expect(calls).toEqual([1, 2, 3, 4]);
    expect(waits).toEqual([100, 200, 400]);
  });

  it("stops at once on a failure that is not retryable, and honours Retry-After", async () => {
    const { waits, sleep } = recordingSleep();
    const busy = Object.assign(new Error("busy"), { after: 650 });
    const fatal = new Error("fatal");
    const { calls, work } = flaky([busy, fatal]);
    await expect(
      retry(work, {
        policy,
        sleep,
        retryable: (error) => error !== fatal,
        retryAfterMs: (error) => (error as { after?: number }).after,
      }),
    ).rejects.toBe(fatal);
    expect(calls).toEqual([1, 2]);
    expect(waits).toEqual([650]);
  });

  it("runs once when the policy allows a single attempt", async () => {
    const { waits, sleep } = recordingSleep();
    const { calls, work } = flaky([new Error("once")]);
    await expect(retry(work, { policy: { ...policy, attempts: 1 }, sleep })).rejects.toThrow("once");
    expect(calls).toEqual([1]);
    expect(waits).toEqual([]);
  });
});
