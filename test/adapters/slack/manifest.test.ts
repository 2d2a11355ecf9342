// The manifests users create the app from must match what the adapter serves: the same slash
// commands, the shortcut's callback id, the scopes the code needs, the one events URL.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BRIEF_THIS_CALLBACK_ID } from "../../../src/adapters/slack/message-shortcut.ts";
import { SLASH_COMMANDS } from "../../../src/adapters/slack/slash-commands.ts";
import { SLACK_EVENTS_PATH } from "../../../src/adapters/slack/start-slack.ts";

interface Manifest {
  features: {
    slash_commands: { command: string; url?: string; description: string }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const load = (name: string): Manifest =>
  parse(readFileSync(new URL(`../../../slack/${name}`, import.meta.url), "utf8")) as Manifest;

describe.each([
  ["manifest.yaml", false],
  ["manifest-socket-mode.yaml", true],
])("slack/%s", (file, socketMode) => {
  const manifest = load(file);

  it("declares exactly the slash commands the adapter serves", () => {
    expect(manifest.features.slash_commands.map((command) => command.command.slice(1))).toEqual([
      ...SLASH_COMMANDS,
    ]);
  });

  it("declares the Brief this message shortcut with the adapter's callback id", () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: BRIEF_THIS_CALLBACK_ID, name: "Brief this" }),
    ]);
  });

  it("asks for the scopes the adapter uses", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["commands", "chat:write", "users:read"]),
    );
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
