// The one list of chat platforms. Types, checks, metrics labels and the store's constraint all
// derive from it (the SQLite migration's CHECK list is compared with it by a test).

/** The chat platforms briefbot serves; each can receive scheduled digests. */
export const PLATFORMS = ["slack", "discord"] as const;

/** A chat platform. */
export type Platform = (typeof PLATFORMS)[number];

/** Where a command can come from: a chat platform, the terminal chat or the command line. */
export const COMMAND_SOURCES = [...PLATFORMS, "terminal", "cli"] as const;

/** A place commands come from. */
export type CommandSource = (typeof COMMAND_SOURCES)[number];

/** Whether `value` names a chat platform. */
export const isPlatform = (value: unknown): value is Platform =>
  typeof value === "string" && (PLATFORMS as readonly string[]).includes(value);
