// The replica bench's commands: valid input for their commands, and no command back before the
// gap repeatGap promises (which must be close to the real one, not a bound that says nothing).
import { describe, expect, it } from "vitest";
import {
  type BenchVocabulary,
  distinctCommand,
  READ_CACHE_ENTRIES,
  repeatGap,
} from "../../bench/replicas/distinct-commands.ts";
import { prepare } from "../../commands/execute.ts";

const small: BenchVocabulary = {
  names: ["Ana Lima", "Bo", "Chen Wei", "Dara", "Eve", "Farid", "Gus"],
  words: ["war", "police", "election"],
  world: "world",
  regions: ["region-0", "region-1", "region-2", "region-3"],
};

const key = (i: number, vocab: BenchVocabulary) => {
  const command = distinctCommand(i, vocab);
  return `${command.name} ${command.text}`;
};

describe("distinct bench commands", () => {
  it("never come back sooner than repeatGap, and the gap is close to the first real repeat", () => {
    const gap = repeatGap(small);
    const seen = new Map<string, number>();
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3 * gap; i++) {
      const k = key(i, small);
      const last = seen.get(k);
      if (last !== undefined) closest = Math.min(closest, i - last);
      seen.set(k, i);
    }
    expect(closest).toBeGreaterThanOrEqual(gap);
    expect(closest).toBeLessThan(gap + 10);
  });

  it("with the bench's vocabulary, repeat far beyond what two replicas' read caches hold", () => {
    const vocab: BenchVocabulary = {
      names: Array.from({ length: 100 }, (_, i) => `Person ${i}`),
      words: Array.from({ length: 10 }, (_, i) => `word${i}`),
      world: "world",
      regions: Array.from({ length: 10 }, (_, i) => `region-${i}`),
    };
    const gap = repeatGap(vocab);
    expect(gap).toBeGreaterThan(4 * READ_CACHE_ENTRIES);
    expect(new Set(Array.from({ length: gap }, (_, i) => key(i, vocab))).size).toBe(gap);
  });

  it("are valid Slack input for /brief, /quote and /who, in the load mix's proportions", () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 400; i++) {
      const command = distinctCommand(i, small);
      const prepared = prepare(command.name, { text: command.text }, "slack");
      expect(prepared.kind, `${command.name} ${command.text}`).toBe("run");
      if (prepared.kind !== "run") continue;
      counts[command.name] = (counts[command.name] ?? 0) + 1;
      const input = prepared.input as Record<string, unknown>;
      if (command.name === "brief") {
        expect([small.world, ...small.regions]).toContain(input.topic);
        expect(input.since).toMatch(/^\d+d$/);
      } else if (command.name === "quote") {
        expect(small.words).toContain(input.words);
        if (input.speaker !== undefined) expect(small.names).toContain(input.speaker);
        else expect(input.limit).toBeGreaterThanOrEqual(5);
      } else {
        expect(command.name).toBe("who");
        // The whole rest of the text, quotes kept; /who takes them off.
        expect(small.names).toContain(String(input.name).replace(/^"|"$/g, ""));
        if (command.text.includes("topic:")) expect([small.world, ...small.regions]).toContain(input.topic);
      }
    }
    expect(counts).toEqual({ brief: 160, quote: 160, who: 80 });
  });

  it("refuse a vocabulary they cannot use, saying what is wrong", () => {
    expect(() => distinctCommand(0, { ...small, names: [] })).toThrow(/no actor names/);
    expect(() => repeatGap({ ...small, regions: [] })).toThrow(/no region topics/);
    expect(() => distinctCommand(0, { ...small, names: ['Say "hi"'] })).toThrow(/Say \\"hi\\"/);
  });
});
