// INTERACTION_CREATE payloads for the fake Discord: a slash command, an autocomplete request and a
// message context-menu command, with every field discord.js needs before it emits the event
// (entitlements, authorizing_integration_owners, a channel object; DESIGN.md).
import { randomBytes } from "node:crypto";
import type { FakeDiscord, SentInteraction } from "./discord-api.ts";

/** Permissions as Discord sends them: "16" is Manage Channels, "2048" Send Messages. */
export const PERMISSIONS = {
  none: "0",
  sendMessages: "2048",
  manageChannels: "2064",
  administrator: "8",
} as const;

/** Who sends an interaction and where. */
export interface InteractionOrigin {
  userId?: string;
  /** The member's permissions in the channel (a bit-set string). Default: send messages only. */
  permissions?: string;
  channelId?: string;
}

type OptionValue = string | number | boolean;

const OPTION_TYPE = (value: OptionValue): number =>
  typeof value === "boolean" ? 5 : typeof value === "number" ? (Number.isInteger(value) ? 4 : 10) : 3;

function base(
  fake: FakeDiscord,
  type: number,
  data: Record<string, unknown>,
  origin: InteractionOrigin,
): SentInteraction {
  const id = fake.newId();
  const token = `fake-token-${randomBytes(12).toString("hex")}`;
  const userId = origin.userId ?? "1100000000000000099";
  const channelId = origin.channelId ?? fake.channelId;
  const user = { id: userId, username: "alice", discriminator: "0", global_name: "Alice", avatar: null };
  return {
    id,
    token,
    payload: {
      id,
      application_id: fake.applicationId,
      type,
      token,
      version: 1,
      guild_id: fake.guildId,
      channel_id: channelId,
      channel: {
        id: channelId,
        type: 0,
        guild_id: fake.guildId,
        name: "general",
        permissions: origin.permissions ?? PERMISSIONS.sendMessages,
      },
      guild: { id: fake.guildId, locale: "en-US", features: [] },
      member: {
        user,
        roles: [],
        permissions: origin.permissions ?? PERMISSIONS.sendMessages,
        joined_at: "2026-01-01T00:00:00.000Z",
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: "2251799813685247",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": fake.guildId },
      context: 0,
      data,
    },
  };
}

/** `/name option:value...` as a chat-input interaction. */
export function chatInput(
  fake: FakeDiscord,
  name: string,
  options: Record<string, OptionValue> = {},
  origin: InteractionOrigin = {},
): SentInteraction {
  const values = Object.entries(options).map(([option, value]) => ({
    name: option,
    type: OPTION_TYPE(value),
    value,
  }));
  // "digest subscribe": a subcommand (option type 1) holding the options, as Discord sends it.
  const [command = name, subcommand] = name.split(" ");
  const data = subcommand ? [{ name: subcommand, type: 1, options: values }] : values;
  return base(fake, 2, { id: fake.newId(), name: command, type: 1, options: data }, origin);
}

/** An autocomplete request while the user types `focused` into option `focusedName`. */
export function autocomplete(
  fake: FakeDiscord,
  name: string,
  focusedName: string,
  focused: string,
  others: Record<string, OptionValue> = {},
  origin: InteractionOrigin = {},
): SentInteraction {
  const options = [
    ...Object.entries(others).map(([option, value]) => ({ name: option, type: OPTION_TYPE(value), value })),
    { name: focusedName, type: 3, value: focused, focused: true },
  ];
  return base(fake, 4, { id: fake.newId(), name, type: 1, options }, origin);
}

/** The message context-menu command `name` run on a message with `content`. */
export function messageCommand(
  fake: FakeDiscord,
  name: string,
  content: string,
  origin: InteractionOrigin = {},
): SentInteraction {
  const messageId = fake.newId();
  const channelId = origin.channelId ?? fake.channelId;
  const message = {
    id: messageId,
    type: 0,
    channel_id: channelId,
    author: {
      id: "1100000000000000077",
      username: "bob",
      discriminator: "0",
      global_name: "Bob",
      avatar: null,
    },
    content,
    embeds: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: "2026-01-01T00:00:00.000Z",
    edited_timestamp: null,
    flags: 0,
    components: [],
  };
  return base(
    fake,
    2,
    {
      id: fake.newId(),
      name,
      type: 3,
      target_id: messageId,
      resolved: { messages: { [messageId]: message } },
    },
    origin,
  );
}

/** What a press of a component sends: a button's custom_id, or a select's custom_id and values. */
export type ComponentPress = { customId: string } | { customId: string; values: string[] };

/**
 * A press of a button or a pick in a string select (MESSAGE_COMPONENT, type 3) on a message the
 * bot posted, as Discord sends it: `data` with custom_id and component_type (2 button, 3 string
 * select) and its `values`, and the `message` the component is on.
 */
export function componentPress(
  fake: FakeDiscord,
  press: ComponentPress,
  origin: InteractionOrigin & { ephemeralMessage?: boolean } = {},
): SentInteraction {
  const messageId = fake.newId();
  const channelId = origin.channelId ?? fake.channelId;
  const message = {
    id: messageId,
    type: 20,
    channel_id: channelId,
    author: { id: fake.applicationId, username: "briefbot", discriminator: "0", avatar: null, bot: true },
    content: "",
    embeds: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: "2026-01-01T00:00:00.000Z",
    edited_timestamp: null,
    flags: origin.ephemeralMessage ? 64 : 0,
    components: [],
  };
  const data =
    "values" in press
      ? { custom_id: press.customId, component_type: 3, values: press.values }
      : { custom_id: press.customId, component_type: 2 };
  const sent = base(fake, 3, data, origin);
  (sent.payload as Record<string, unknown>).message = message;
  return sent;
}
