// The Slack app manifests (slack/manifest.json for HTTP mode, slack/manifest-socket-mode.json,
// slack/manifest-oauth.json for OAuth mode: many workspaces),
// generated from the command list: a slash command per command served on Slack, the message
// shortcut of the command with a message action. Build-time only (the adapter never reads them):
// `npm run manifests` writes them; test/adapters/slack/manifest.test.ts fails when one is stale.
import { type CommandDefinition, messageActionOf, typedOn } from "../commands/command.ts";
import { usageOf } from "../commands/help.ts";
import { SLACK_REDIRECT_PATH } from "../src/adapters/slack/oauth.ts";
import { SLACK_EVENTS_PATH } from "../src/adapters/slack/start-slack.ts";

/** Where the HTTP-mode manifest sends Slack: replace with the public address that reaches SLACK_PORT. */
export const EXAMPLE_BASE_URL = "https://briefbot.example.com";

/** The ways to run the Slack adapter, and the manifest file of each. */
export const MANIFEST_FILES = {
  http: "manifest.json",
  socket: "manifest-socket-mode.json",
  oauth: "manifest-oauth.json",
} as const;

/** A way to run the Slack adapter: one workspace over HTTP or Socket Mode, or OAuth (many, HTTP). */
export type ManifestMode = keyof typeof MANIFEST_FILES;

/** The commands served as slash commands (a command with a message action is a shortcut instead). */
export const slashCommands = (definitions: readonly CommandDefinition[]): CommandDefinition[] =>
  definitions.filter((definition) => typedOn(definition, "slack"));

/** The manifest for `mode`. */
export function slackManifest(definitions: readonly CommandDefinition[], mode: ManifestMode): object {
  const overHttp = mode !== "socket";
  const url = overHttp ? { url: `${EXAMPLE_BASE_URL}${SLACK_EVENTS_PATH}` } : {};
  const action = messageActionOf(definitions)?.messageAction;
  const shortcuts = action
    ? [
        {
          name: action.title,
          type: "message",
          callback_id: action.slackCallbackId,
          description: action.description,
        },
      ]
    : [];
  return {
    display_information: {
      name: "briefbot",
      description:
        "Briefs of the news on a topic, with key points, actors and quotes that cite their sources.",
      background_color: "#1f3b57",
    },
    features: {
      bot_user: { display_name: "briefbot", always_online: true },
      // The Home tab lists the topics and this workspace's digests (views.publish on app_home_opened).
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: false,
        messages_tab_read_only_enabled: false,
      },
      slash_commands: slashCommands(definitions).map((definition) => {
        const hint = usageOf(definition, "slack")
          .map((line) => line.replace(`/${definition.name}`, "").trim())
          .filter((line) => line !== "")
          .join(" | ");
        return {
          command: `/${definition.name}`,
          ...url,
          description: definition.description,
          ...(hint ? { usage_hint: `${hint} | help` } : {}),
          should_escape: false,
        };
      }),
      shortcuts,
    },
    oauth_config: {
      // OAuth mode: where Slack sends the browser back after "Allow" (src/adapters/slack/oauth.ts).
      ...(mode === "oauth" ? { redirect_urls: [`${EXAMPLE_BASE_URL}${SLACK_REDIRECT_PATH}`] } : {}),
      scopes: {
        bot: [
          "commands", // slash commands and the message shortcut
          "chat:write", // answers in threads, digests
          "chat:write.public", // digests and long answers in public channels the bot has not joined
          "users:read", // /digest subscribe: is the caller a workspace admin?
          "channels:history", // digests: after a crash, find a digest already posted (public channels)
          "groups:history", // the same in private channels
          "files:write", // /brief chart:yes: the charts, uploaded to the channel
        ],
      },
    },
    settings: {
      interactivity: {
        is_enabled: true,
        ...(overHttp ? { request_url: `${EXAMPLE_BASE_URL}${SLACK_EVENTS_PATH}` } : {}),
      },
      // Events: app_home_opened, to publish the Home tab (buttons and menus use interactivity above).
      event_subscriptions: {
        ...(overHttp ? { request_url: `${EXAMPLE_BASE_URL}${SLACK_EVENTS_PATH}` } : {}),
        // OAuth mode: an uninstall or a revoked bot token deletes the workspace's installation.
        bot_events:
          mode === "oauth" ? ["app_home_opened", "app_uninstalled", "tokens_revoked"] : ["app_home_opened"],
      },
      org_deploy_enabled: false,
      socket_mode_enabled: mode === "socket",
      token_rotation_enabled: false,
    },
  };
}

/** The text of a manifest file, as checked in. */
export const manifestText = (definitions: readonly CommandDefinition[], mode: ManifestMode): string =>
  `${JSON.stringify(slackManifest(definitions, mode), null, 2)}\n`;
