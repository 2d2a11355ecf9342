// The replica bench's search for the highest rate that holds, against a fake system that holds up
// to a known capacity: it finds a rate at or under the capacity and close to it, never tries more
// steps than allowed, and checks its options.
import { describe, expect, it } from "vitest";
import { findHighestRate, type SearchOptions } from "../../bench/replicas/rate-search.ts";

const OPTIONS: SearchOptions = { start: 5, growth: 1.5, refinements: 3, maxSteps: 20 };

/** A system that holds every rate up to `capacity`, and the rates it was offered. */
function system(capacity: number) {
  const offered: number[] = [];
  const run = async (rate: number) => {
    offered.push(rate);
    return { held: rate <= capacity, ...(rate <= capacity ? {} : { reason: "too fast" }) };
  };
  return { offered, run };
}

describe("findHighestRate", () => {
  it("finds the highest rate that held, under the capacity and within the last gap halved", async () => {
    for (const capacity of [5, 7, 12, 37, 99, 250]) {
      const { offered, run } = system(capacity);
      const { best, failed, steps } = await findHighestRate(run, OPTIONS);
      expect(steps.map((step) => step.rate)).toEqual(offered);
      expect(best?.rate).toBeLessThanOrEqual(capacity);
      expect(failed?.rate).toBeGreaterThan(capacity);
      // Growth 1.5 leaves a gap of a third of the rate; three halvings leave an eighth of that.
      expect(best?.rate).toBeGreaterThanOrEqual(Math.floor(capacity * (1 - 0.5 / 8)) - 1);
      // Rates rise until the first failure, and nothing above it is offered afterwards.
      const first = offered.findIndex((rate) => rate > capacity);
      for (let i = 1; i <= first; i++) expect(offered[i]).toBeGreaterThan(offered[i - 1] as number);
      for (const rate of offered.slice(first + 1)) expect(rate).toBeLessThan(offered[first] as number);
    }
  });

  it("searches below the start rate when the first step fails", async () => {
    const { offered, run } = system(2);
    const { best } = await findHighestRate(run, { ...OPTIONS, start: 10 });
    expect(offered[0]).toBe(10);
    expect(best?.rate).toBe(2);
  });

  it("takes at most maxSteps steps, and says when no step failed", async () => {
    const { offered, run } = system(1_000_000);
    const result = await findHighestRate(run, { ...OPTIONS, maxSteps: 4 });
    expect(offered).toEqual([5, 8, 12, 18]);
    expect(result.failed).toBeNull();
    expect(result.best?.rate).toBe(18);
  });

  it("rejects bad options, naming them", async () => {
    const { run } = system(10);
    await expect(findHighestRate(run, { ...OPTIONS, start: 0 })).rejects.toThrow(/start rate/);
    await expect(findHighestRate(run, { ...OPTIONS, growth: 1 })).rejects.toThrow(/growth/);
    await expect(findHighestRate(run, { ...OPTIONS, refinements: -1 })).rejects.toThrow(/refinements/);
    await expect(findHighestRate(run, { ...OPTIONS, maxSteps: 0 })).rejects.toThrow(/step cap/);
    await expect(findHighestRate(run, { ...OPTIONS, retries: 0.5 })).rejects.toThrow(/retries/);
  });
});

describe("findHighestRate with retries", () => {
  it("tries a failed rate again and counts it held when a try holds", async () => {
    const offered: number[] = [];
    // Holds up to 20, except that the first try of 18 hits a slow moment.
    let slowMoment = true;
    const run = async (rate: number) => {
      offered.push(rate);
      if (rate === 18 && slowMoment) {
        slowMoment = false;
        return { held: false };
      }
      return { held: rate <= 20 };
    };
    const { best, failed } = await findHighestRate(run, { ...OPTIONS, retries: 1, refinements: 0 });
    expect(offered).toEqual([5, 8, 12, 18, 18, 27, 27]);
    expect(best?.rate).toBe(18);
    expect(failed?.rate).toBe(27);
  });

  it("counts the tries against maxSteps", async () => {
    const { offered, run } = system(0);
    const result = await findHighestRate(run, { ...OPTIONS, retries: 5, maxSteps: 3 });
    expect(offered).toEqual([5, 5, 5]);
    expect(result.best).toBeNull();
    expect(result.failed?.rate).toBe(5);
  });
});
