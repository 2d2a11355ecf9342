// Things going wrong: a command that never finishes (deferred, then after the command timeout the
// user is told so privately, instead of watching "briefbot is thinking…" until Discord gives up),
// and starting against a Discord that refuses the token or never gets ready.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscord } from "../../../src/adapters/discord/start.ts";
import { createLogger } from "../../../src/logger.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { chatInput } from "../../fakes/discord-interactions.ts";
import { type Harness, startHarness, TOKEN } from "./harness.ts";
import { slowCommand } from "./test-commands.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness([slowCommand(() => new Promise<void>(() => {}))], {
    deferAfterMs: 50,
    commandTimeoutMs: 300,
  });
});
afterAll(async () => {
  await h?.close();
});

it("defers a stuck command, then answers privately that it took too long", async () => {
  const sent = h.fake.push(chatInput(h.fake, "slow"));
  const [answer] = await h.fake.waitForAnswer(sent);
  const steps = h.fake
    .answersTo(sent)
    .map((request) => `${request.method} ${request.path.split("/").at(-1)}`);
  expect(steps).toEqual(["POST callback", "DELETE @original", `POST ${sent.token}`]);
  expect(answer?.flags).toBe(64);
  expect(JSON.stringify(answer)).toContain("took too long");
  expect(h.logs.some((line) => line.includes('"code":"INTERNAL"') && line.includes('"command":"slow"'))).toBe(
    true,
  );
});

describe("starting", () => {
  const config = (fake: FakeDiscord) => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
  });
  const quietLogger = createLogger({ DISCORD_TOKEN: TOKEN }, { level: "silent" });

  it("fails with PLATFORM_FAILED, without the token, when Discord refuses the token", async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.fail({
        method: "GET",
        path: /^\/gateway\/bot$/,
        status: 401,
        body: { message: "401: Unauthorized", code: 0 },
      });
      const error = await startDiscord({
        config: config(fake),
        deps: h.deps,
        commands: [],
        logger: quietLogger,
      }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "PLATFORM_FAILED" });
      expect(String((error as Error).message)).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  it("gives up when the gateway is never ready", async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.fail({ method: "GET", path: /^\/gateway\/bot$/, status: 200, delayMs: 2000, body: {} });
      const error = await startDiscord({
        config: config(fake),
        deps: h.deps,
        commands: [],
        logger: quietLogger,
        readyTimeoutMs: 200,
      }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "PLATFORM_FAILED", message: expect.stringContaining("not ready") });
    } finally {
      await fake.close();
    }
  });

  it("refuses to start without a token or application id", async () => {
    await expect(
      startDiscord({
        config: { DISCORD_TOKEN: undefined, DISCORD_APPLICATION_ID: "1", DISCORD_API_URL: undefined },
        deps: h.deps,
        commands: [],
        logger: quietLogger,
      }),
    ).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });
});
