// The Discord adapter's public face: start it, post through it, register its commands.
export { createDiscordPoster, type DiscordPosterOptions, toDeliveryError } from "./channel-poster.ts";
export { buildApplicationCommands, MESSAGE_COMMAND_NAME } from "./command-json.ts";
export { type RegisterOptions, type RegisterResult, registerCommands } from "./register.ts";
export { renderReply } from "./render.ts";
export { type DiscordAdapter, type StartDiscordOptions, startDiscord } from "./start.ts";
