// Channel ids per platform, checked where they enter (digest subscribe, from chat or the shell) and
// again by the posters before an id goes into a request: an id is later spliced into API paths
// (Discord's /channels/{id}/messages), so "../../applications/..." must never be stored.
import { z } from "zod";
import { PLATFORMS, type Platform } from "./platforms.ts";

/** Slack conversation ids: C (channel), G (private channel, group DM) or D (DM), then upper-case letters and digits. */
const SLACK_CHANNEL_ID = /^[CGD][A-Z0-9]{1,23}$/;
/** Discord ids are snowflakes: an unsigned 64-bit integer written in decimal. */
const SNOWFLAKE = /^\d{1,20}$/;
const MAX_SNOWFLAKE = 2n ** 64n - 1n;

/** What a valid id of each platform looks like, for error messages. */
const EXPECTED: Record<Platform, string> = {
  slack: "a Slack channel id: C, G or D followed by upper-case letters and digits, like C0123456",
  discord: "a Discord channel id: a snowflake of up to 20 digits, like 112233445566778899",
};

/** The check of each platform's ids (a new platform must say what its ids look like). */
const CHECKS: Record<Platform, (id: string) => boolean> = {
  slack: (id) => SLACK_CHANNEL_ID.test(id),
  discord: (id) => SNOWFLAKE.test(id) && BigInt(id) <= MAX_SNOWFLAKE,
};

/** Whether `id` is a well-formed channel id of `platform`. */
export function isChannelId(platform: Platform, id: string): boolean {
  return CHECKS[platform](id);
}

/** Why `id` is not a channel id of `platform` ("expected ..."), or null when it is one. */
export function channelIdProblem(platform: Platform, id: string): string | null {
  if (isChannelId(platform, id)) return null;
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return `"${shown}" is not ${EXPECTED[platform]}`;
}

/** A platform and one of its channels, validated (the digest command and `briefbot digest` parse with it). */
export const ChannelRef = z
  .object({ platform: z.enum(PLATFORMS), channelId: z.string() })
  .superRefine((value, ctx) => {
    const problem = channelIdProblem(value.platform, value.channelId);
    if (problem) ctx.addIssue({ code: "custom", path: ["channelId"], message: problem });
  });

/** A validated channel reference. */
export type ChannelRef = z.infer<typeof ChannelRef>;
