// Action tokens: what a button carries back. Every token we write reads back as the same action;
// anything else (forged, oversized, from the wrong control) is refused with the reason in words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Action,
  actionToken,
  controlOf,
  MAX_TOKEN,
  parseActionFrom,
  parseActionToken,
} from "../../commands/action-token.ts";
import { isBriefbotError } from "../../src/core/errors.ts";

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isBriefbotError(error) && error.code === "INPUT_INVALID") return error.message;
    throw error;
  }
  throw new Error("not refused");
};

describe("action tokens", () => {
  const actions: Action[] = [
    { kind: "brief-page", version: "a1b2c3", page: 2, topic: "russia-china", since: "7d" },
    { kind: "brief-page", version: "a1b2c3", page: 3, topic: "russia-china", since: undefined },
    {
      kind: "quote-page",
      version: "zz9",
      page: 2,
      words: 'say "a|b" 100%',
      speaker: "Lin",
      topic: undefined,
    },
    { kind: "context", document: "c30f61f073eafcfb", sentence: 12 },
    { kind: "subscribe", topic: "eu-energy" },
    { kind: "topic", topic: "eu-energy" },
    { kind: "story", topic: "russia-china", story: "1a2b3c4d5e6f" },
  ];

  it.each(actions)("reads back what it wrote: %o", (action) => {
    const token = actionToken(action);
    expect(token).not.toBeNull();
    expect(token?.length).toBeLessThanOrEqual(MAX_TOKEN);
    expect(parseActionToken(token)).toEqual(action);
  });

  it("round-trips any quote search that fits, whatever its characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 500 }), (words, page) => {
        const action: Action = {
          kind: "quote-page",
          version: "v1",
          page,
          words: words === "" ? undefined : words,
          speaker: undefined,
          topic: undefined,
        };
        const token = actionToken(action);
        if (token !== null) expect(parseActionToken(token)).toEqual(action);
      }),
    );
  });

  it("gives no token when the action would not fit (no button then)", () => {
    const words = "w".repeat(120);
    expect(
      actionToken({
        kind: "quote-page",
        version: "v1",
        page: 2,
        words,
        speaker: undefined,
        topic: undefined,
      }),
    ).toBeNull();
  });

  it("refuses forged tokens, naming what was wrong", () => {
    expect(refusal(() => parseActionToken(undefined))).toContain("no value");
    expect(refusal(() => parseActionToken("x".repeat(101)))).toContain("101 characters, at most 100");
    expect(refusal(() => parseActionToken("drop:table"))).toContain("unknown action");
    expect(refusal(() => parseActionToken("more:b:v1|0|russia-china|"))).toContain("bad more:b value");
    expect(refusal(() => parseActionToken("topic:Not A Slug"))).toContain("bad topic value");
    expect(refusal(() => parseActionToken("ctx:../../etc/passwd|1"))).toContain("bad ctx value");
    expect(refusal(() => parseActionToken("sub:russia-china|extra"))).toContain("bad sub value");
  });

  it("refuses a token sent from a control that never sends it, and unknown control ids", () => {
    expect(parseActionFrom("subscribe", "sub:russia-china")).toEqual({
      kind: "subscribe",
      topic: "russia-china",
    });
    expect(refusal(() => parseActionFrom("more", "sub:russia-china"))).toContain(
      "a more control does not send subscribe",
    );
    expect(controlOf("briefbot:context:12")).toBe("context");
    expect(refusal(() => controlOf("briefbot:nuke"))).toContain("unknown action id");
    expect(refusal(() => controlOf(42))).toContain("unknown action id");
  });
});
