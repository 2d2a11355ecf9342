import { describe, expect, it } from "vitest";
import { middleOfLongestRun, sweepBatches } from "../../src/scheduler/claim-sweep.ts";

/** Batches of `size` numbered items: batch b holds b*size .. b*size+size-1. */
const batchesOf = (count: number, size: number): number[][] =>
  Array.from({ length: count }, (_, b) => Array.from({ length: size }, (_, i) => b * size + i));

/** A small deterministic generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Replicas sweeping one shared ledger of items; claims and look-ups take a few turns each. */
async function sweepTogether(replicas: number, batches: number[][], seed: number) {
  const random = seeded(seed);
  const owner = new Map<number, number>();
  const claims = Array.from({ length: replicas }, () => 0);
  const lookups = Array.from({ length: replicas }, () => 0);
  const turns = async () => {
    for (let t = Math.floor(random() * 4); t >= 0; t--) await new Promise((done) => setImmediate(done));
  };
  await Promise.all(
    Array.from({ length: replicas }, (_, r) =>
      sweepBatches(batches, Math.floor(random() * batches.length), {
        async claim(batch) {
          claims[r]!++;
          await turns();
          const fresh = batch.filter((item) => !owner.has(item));
          for (const item of fresh) owner.set(item, r);
          return fresh.length > 0 ? "claimed" : "taken";
        },
        async begun(firsts) {
          lookups[r]!++;
          await turns();
          return firsts.map((item) => owner.has(item));
        },
      }),
    ),
  );
  return { owner, claims, lookups };
}

describe("sweepBatches", () => {
  it("alone, claims every batch once in order from its start, with no look-ups", async () => {
    const seen: number[] = [];
    let lookups = 0;
    await sweepBatches(batchesOf(5, 3), 3, {
      claim: async (batch) => {
        seen.push(batch[0]! / 3);
        return "claimed";
      },
      begun: async (firsts) => {
        lookups++;
        return firsts.map(() => false);
      },
    });
    expect(seen).toEqual([3, 4, 0, 1, 2]);
    expect(lookups).toBe(0);
  });

  it("after a taken batch, skips the batches another replica began and moves to the longest free run", async () => {
    const taken = new Set([2, 3, 4]); // another replica began at batch 2 and has taken 2 to 4
    const seen: number[] = [];
    await sweepBatches(batchesOf(12, 2), 2, {
      claim: async (batch) => {
        const b = batch[0]! / 2;
        seen.push(b);
        return taken.has(b) ? "taken" : "claimed";
      },
      begun: async (firsts) => firsts.map((item) => taken.has(item / 2)),
    });
    // Batches 5..11 and 0..1 are free: a run of 9 from 5, whose middle is 9.
    expect(seen).toEqual([2, 9, 10, 11, 0, 1, 5, 6, 7, 8]);
  });

  it("three replicas claim every slot exactly once and try few batches more than there are", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const batches = batchesOf(500, 4);
      const { owner, claims, lookups } = await sweepTogether(3, batches, seed);
      expect(owner.size).toBe(2000);
      const tried = claims.reduce((a, b) => a + b, 0);
      // Following each other batch by batch, every replica would try all 500 (1,500 in all).
      expect(tried).toBeLessThanOrEqual(500 + 3 * 2 * Math.ceil(Math.log2(500)));
      expect(Math.max(...lookups)).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(500)));
    }
  });

  it("leaves nothing unclaimed when some batches are empty or there is one batch", async () => {
    const { owner } = await sweepTogether(3, [[], [1, 2], [], [3]], 9);
    expect([...owner.keys()].sort()).toEqual([1, 2, 3]);
    const alone = await sweepTogether(2, [[7]], 10);
    expect([...alone.owner.keys()]).toEqual([7]);
  });
});

describe("middleOfLongestRun", () => {
  it("finds the longest run, also across the array's end", () => {
    expect(middleOfLongestRun([true, false, true, true, true, false])).toBe(3);
    expect(middleOfLongestRun([true, true, false, false, true, true, true])).toBe(6);
    expect(middleOfLongestRun([false, false, true])).toBe(2);
    expect(middleOfLongestRun([true, true, true, true])).toBe(0);
  });
});
