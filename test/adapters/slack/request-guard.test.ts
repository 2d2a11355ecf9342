// The pieces of the request guard that need no server: future timestamps, request keys, and the
// bounded memory of seen requests.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { messageToPlain } from "../../../src/adapters/slack/payloads.ts";
import { isFutureTimestamp, RecentKeys, requestKey } from "../../../src/adapters/slack/request-guard.ts";

const request = (timestamp: string | undefined) =>
  ({ headers: timestamp === undefined ? {} : { "x-slack-request-timestamp": timestamp } }) as IncomingMessage;

describe("request guard", () => {
  const now = 1_800_000_000_000;

  it("refuses timestamps more than five minutes ahead, and only those", () => {
    expect(isFutureTimestamp(request(String(now / 1000 + 301)), now)).toBe(true);
    expect(isFutureTimestamp(request(String(now / 1000 + 300)), now)).toBe(false);
    expect(isFutureTimestamp(request(String(now / 1000 - 3600)), now)).toBe(false); // stale: Bolt's to refuse
    expect(isFutureTimestamp(request(undefined), now)).toBe(false);
    expect(isFutureTimestamp(request("soon"), now)).toBe(false);
  });

  it("keys a request by event id, then trigger id, then its content", () => {
    expect(requestKey({ event_id: "Ev1", trigger_id: "t" })).toBe("event:Ev1");
    expect(requestKey({ trigger_id: "123.456" })).toBe("trigger:123.456");
    expect(requestKey({ a: 1 })).toBe(requestKey({ a: 1 }));
    expect(requestKey({ a: 1 })).not.toBe(requestKey({ a: 2 }));
  });

  it("remembers a key for the window, then forgets it", () => {
    const keys = new RecentKeys(100, 1000);
    expect(keys.firstTime("a", 0)).toBe(true);
    expect(keys.firstTime("a", 999)).toBe(false);
    expect(keys.firstTime("a", 1000)).toBe(true);
  });

  it("holds at most its capacity, however many requests come", () => {
    const keys = new RecentKeys(1000, 60_000);
    for (let i = 0; i < 50_000; i++) keys.firstTime(`k${i}`, i);
    expect(keys.size).toBeLessThanOrEqual(1000);
    expect(keys.firstTime("k49999", 50_000)).toBe(false); // the newest are kept
  });
});

describe("messageToPlain", () => {
  it("turns Slack's markup into text and collects the links", () => {
    expect(
      messageToPlain("See <https://a.example/x?y=1&amp;z=2|the story> &amp; <https://b.example/>"),
    ).toEqual({
      text: "See https://a.example/x?y=1&z=2 & https://b.example/",
      urls: ["https://a.example/x?y=1&z=2", "https://b.example/"],
    });
    expect(messageToPlain("hi <@U123> in <#C1|general> <!here> &lt;b&gt;").text).toBe(
      "hi @U123 in #general @here <b>",
    );
    expect(messageToPlain("<mailto:a@b.example|mail me>").urls).toEqual([]);
  });
});

describe("slash command text", () => {
  it("arrives as plain text: entities decoded, escaped mentions and links unwrapped", async () => {
    const { SlashCommandPayload } = await import("../../../src/adapters/slack/payloads.ts");
    const base = { command: "/who", user_id: "U1", channel_id: "C1", response_url: "http://127.0.0.1:9/r" };
    expect(SlashCommandPayload.parse({ ...base, text: "AT&amp;T &lt;3" }).text).toBe("AT&T <3");
    expect(SlashCommandPayload.parse({ ...base, text: "<@U123|bonny> <https://x.example/a>" }).text).toBe(
      "@bonny https://x.example/a",
    );
  });
});
