// The one list of platforms: the chat platforms briefbot posts to, and every surface a command can
// be called from. Types elsewhere (digest subscriptions, metrics, the command context) derive from it.

/** Chat platforms: where commands come from and where digests are posted. */
export const CHAT_PLATFORMS = ["slack", "discord"] as const;
/** A chat platform. */
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

/** Every surface a command is served on: the chat platforms, the terminal chat and the command line. */
export const SURFACES = [...CHAT_PLATFORMS, "terminal", "cli"] as const;
/** A surface a command is called from. */
export type Surface = (typeof SURFACES)[number];

/** Whether `value` names a chat platform. */
export const isChatPlatform = (value: unknown): value is ChatPlatform =>
  (CHAT_PLATFORMS as readonly unknown[]).includes(value);
