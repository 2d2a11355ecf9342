// The manifests users create the app from are generated from the command list (npm run manifests):
// a checked-in one that differs from what the generator writes fails here. They also match what
// the adapter serves: the slash commands, the shortcut's callback id, the scopes, the one URL.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { briefMessageCommand } from "../../../commands/brief-message.ts";
import { COMMANDS } from "../../../commands/index.ts";
import { MANIFEST_FILES, manifestText, slashCommands } from "../../../scripts/slack-manifest.ts";
import { SLACK_BOT_SCOPES, SLACK_REDIRECT_PATH } from "../../../src/adapters/slack/oauth.ts";
import { SLACK_EVENTS_PATH } from "../../../src/adapters/slack/start-slack.ts";

interface Manifest {
  features: {
    slash_commands: { command: string; url?: string; description: string; usage_hint?: string }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const read = (file: string): string =>
  readFileSync(new URL(`../../../slack/${file}`, import.meta.url), "utf8");

describe.each([
  ["http", false],
  ["socket", true],
  ["oauth", false],
] as const)("the %s-mode manifest", (mode, socketMode) => {
  const text = read(MANIFEST_FILES[mode]);
  const manifest = JSON.parse(text) as Manifest;

  it("is what `npm run manifests` generates from commands/ (run it after changing a command)", () => {
    expect(text).toBe(manifestText(COMMANDS, mode));
  });

  it("declares the slash commands the adapter serves, with their usage", () => {
    const names = manifest.features.slash_commands.map((command) => command.command);
    expect(names).toEqual(slashCommands(COMMANDS).map((definition) => `/${definition.name}`));
    expect(names).toEqual(expect.arrayContaining(["/brief", "/quote", "/who", "/topics", "/digest"]));
    expect(names).not.toContain("/brief-message");
    const digest = manifest.features.slash_commands.find((command) => command.command === "/digest");
    expect(digest?.usage_hint).toMatch(/^subscribe <topic>.* \| unsubscribe <topic> \| list \| now <topic>/);
  });

  it("declares the Brief this message shortcut with the adapter's callback id", () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        type: "message",
        callback_id: briefMessageCommand.messageAction?.slackCallbackId,
        name: "Brief this",
      }),
    ]);
  });

  it("asks for the scopes the adapter uses", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["commands", "chat:write", "users:read", "files:write"]),
    );
    // The OAuth install asks for the same scopes as the manifest.
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it(socketMode ? "turns Socket Mode on and needs no URL" : "sends everything to the one events URL", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(socketMode);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [
      ...manifest.features.slash_commands.map((command) => command.url),
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) {
      if (socketMode) expect(url).toBeUndefined();
      else expect(new URL(url as string).pathname).toBe(SLACK_EVENTS_PATH);
    }
  });
});

describe("the OAuth-mode manifest", () => {
  const manifest = JSON.parse(read(MANIFEST_FILES.oauth)) as {
    oauth_config: { redirect_urls?: string[] };
    settings: { event_subscriptions: { bot_events: string[] } };
  };

  it("names the redirect URL the adapter serves and the events that delete an installation", () => {
    expect(manifest.oauth_config.redirect_urls?.map((url) => new URL(url).pathname)).toEqual([
      SLACK_REDIRECT_PATH,
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_uninstalled", "tokens_revoked"]),
    );
  });
});
