// The configuration of many workspaces and replicas: Slack OAuth's three variables together and
// not beside a fixed token; DISCORD_SHARDS parsed or refused with a message naming what is wrong.
import { describe, expect, it } from "vitest";
import { loadConfig, parseShards } from "../../src/config.ts";

const OAUTH = {
  SLACK_CLIENT_ID: "1111.2222",
  SLACK_CLIENT_SECRET: "secret",
  SLACK_STATE_SECRET: "state",
  SLACK_SIGNING_SECRET: "signing",
};

describe("Slack OAuth settings", () => {
  it("accepts the three variables with a signing secret", () => {
    const config = loadConfig(OAUTH);
    expect(config.SLACK_CLIENT_ID).toBe("1111.2222");
    expect(config.SLACK_SCOPES).toBeUndefined();
    expect(loadConfig({ ...OAUTH, SLACK_SCOPES: "commands, chat:write" }).SLACK_SCOPES).toEqual([
      "commands",
      "chat:write",
    ]);
  });

  it("names the missing variable when only some are set", () => {
    expect(() => loadConfig({ SLACK_CLIENT_ID: "1", SLACK_SIGNING_SECRET: "s" })).toThrow(
      /missing SLACK_CLIENT_SECRET, SLACK_STATE_SECRET/,
    );
  });

  it("refuses OAuth beside a fixed bot token, in Socket Mode, or without a signing secret", () => {
    expect(() => loadConfig({ ...OAUTH, SLACK_BOT_TOKEN: "xoxb-1-2-abcdef" })).toThrow(/not both/);
    expect(() => loadConfig({ ...OAUTH, SLACK_APP_TOKEN: "xapp-1-abcdef" })).toThrow(/unset SLACK_APP_TOKEN/);
    const { SLACK_SIGNING_SECRET: _unused, ...noSecret } = OAUTH;
    expect(() => loadConfig(noSecret)).toThrow(/SLACK_SIGNING_SECRET/);
  });
});

describe("DISCORD_SHARDS", () => {
  it("reads the shards of this process and the total", () => {
    expect(parseShards("0,1/4")).toEqual({ shards: [0, 1], count: 4 });
    expect(parseShards(" 2-4 , 7 / 8 ")).toEqual({ shards: [2, 3, 4, 7], count: 8 });
    expect(parseShards("1,1,0/2")).toEqual({ shards: [0, 1], count: 2 });
    expect(loadConfig({ DISCORD_SHARDS: "3/4" }).DISCORD_SHARDS).toEqual({ shards: [3], count: 4 });
    expect(loadConfig({}).DISCORD_SHARDS).toBeUndefined();
  });

  it("says what is wrong with a bad value", () => {
    expect(parseShards("0,1")).toMatch(/such as "0,1\/4"/);
    expect(parseShards("4/4")).toMatch(/shard 4 does not exist: shards of 4 are numbered 0 to 3/);
    expect(parseShards("3-1/4")).toMatch(/runs backwards/);
    expect(parseShards("0/0")).toMatch(/total must be 1 to/);
    expect(parseShards("a/4")).toMatch(/got "a\/4"/);
    expect(() => loadConfig({ DISCORD_SHARDS: "5/4" })).toThrow(
      /shard 5 does not exist[\s\S]*DISCORD_SHARDS/,
    );
  });

  it("refuses shards beside the HTTP interactions endpoint, which opens no gateway", () => {
    expect(() => loadConfig({ DISCORD_SHARDS: "0/2", DISCORD_PUBLIC_KEY: "a".repeat(64) })).toThrow(
      /no gateway is opened/,
    );
  });
});

describe("DISCORD_PUBLIC_KEY", () => {
  it("must be 64 hexadecimal characters", () => {
    expect(loadConfig({ DISCORD_PUBLIC_KEY: "AB".repeat(32) }).DISCORD_PUBLIC_KEY).toBe("AB".repeat(32));
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: "xyz" })).toThrow(
      /64 hexadecimal[\s\S]*DISCORD_PUBLIC_KEY/,
    );
  });
});
