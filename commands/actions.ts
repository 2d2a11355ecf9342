// Buttons and menus through the one command pipeline: a pressed button's token (action-token.ts)
// becomes a call of execute() with the command's own input, so the same validation, permission
// check and errors apply as when the command is typed. Adapters only read the token from their
// payload and render the Reply. Answers go to the presser only, except a subscription, which the
// channel should see.
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import { isBriefbotError } from "../src/core/errors.ts";
import type { Reply } from "../src/core/reply.ts";
import { type Control, parseActionFrom } from "./action-token.ts";
import type { CommandContext } from "./command.ts";
import { type ExecuteEnv, execute } from "./execute.ts";
import { briefVersion, quoteVersion } from "./pages.ts";

/** The time of day a "Subscribe this channel" digest is posted. */
export const SUBSCRIBE_AT = "08:00";

/** What an action answered: the command it ran (for logs) and the Reply. */
export interface ActionResult {
  path: string;
  reply: Reply;
}

const privately = (reply: Reply): Reply => ({ ...reply, ephemeral: true });

/** Puts `note` before the reply's subtitle ("That brief has changed…"). */
const noted = (reply: Reply, note: string): Reply => ({
  ...reply,
  subtitle: reply.subtitle ? `${note} · ${reply.subtitle}` : note,
});

/**
 * The channel's time zone: that of a digest the channel already has (its people chose it), else
 * the bot's default (BRIEFBOT_TZ). Chat platforms do not give a channel a zone of its own.
 */
async function channelTimeZone(context: CommandContext, env: ExecuteEnv): Promise<string | undefined> {
  const digest = env.deps.digest;
  if (!digest || (context.platform !== "slack" && context.platform !== "discord")) return undefined;
  const existing = await digest.digests.listSubscriptions({
    platform: context.platform,
    channelId: context.channelId,
  });
  return existing[0]?.timeZone ?? digest.defaultTimeZone;
}

/**
 * Runs the action a button or menu option carries, sent from `control`; throws BriefbotErrors as
 * execute() does (a forged token: INPUT_INVALID saying so).
 */
export async function runAction(
  control: Control,
  token: unknown,
  context: CommandContext,
  env: ExecuteEnv,
): Promise<ActionResult> {
  const action = parseActionFrom(control, token);
  switch (action.kind) {
    case "brief-page": {
      const values = { topic: action.topic, since: action.since, page: action.page };
      const done = await execute("brief", { values }, context, env);
      const changed = briefVersion(done.data as TopicBrief) !== action.version;
      const reply = changed
        ? noted(done.reply, `That brief has changed since; here is its current page ${action.page}`)
        : done.reply;
      return { path: done.path, reply: privately(reply) };
    }
    case "quote-page": {
      const values = {
        words: action.words,
        speaker: action.speaker,
        topic: action.topic,
        page: action.page,
      };
      const done = await execute("quote", { values }, context, env);
      const data = done.data as { total: number; more: boolean };
      const changed = quoteVersion(data.total, data.more) !== action.version;
      const reply = changed
        ? noted(done.reply, `Those quotes have changed since; here is the current page ${action.page}`)
        : done.reply;
      return { path: done.path, reply: privately(reply) };
    }
    case "context": {
      const values = { document: action.document, sentence: action.sentence };
      const done = await execute("context", { values }, context, env);
      return { path: done.path, reply: privately(done.reply) };
    }
    case "topic": {
      const done = await execute("brief", { values: { topic: action.topic } }, context, env);
      return { path: done.path, reply: privately(done.reply) };
    }
    case "story": {
      try {
        const done = await execute(
          "brief",
          { values: { topic: action.topic, story: action.story } },
          context,
          env,
        );
        return { path: done.path, reply: privately(done.reply) };
      } catch (error) {
        if (!isBriefbotError(error) || error.code !== "STORY_NOT_FOUND") throw error;
        // The stories were regrouped since the menu was made: show what the brief holds now.
        const now = await execute("brief", { values: { topic: action.topic } }, context, env);
        const note =
          "That story is no longer in the brief (its stories have changed); here is the current brief";
        return { path: now.path, reply: privately(noted(now.reply, note)) };
      }
    }
    case "subscribe": {
      const tz = await channelTimeZone(context, env);
      // Slack takes the schedule as text, Discord as named options: give each its own fields.
      const values =
        context.platform === "discord"
          ? { topic: action.topic, at: SUBSCRIBE_AT, ...(tz ? { tz } : {}) }
          : { topic: action.topic, schedule: `at ${SUBSCRIBE_AT}${tz ? ` tz ${tz}` : ""}` };
      const done = await execute("digest", { values, subcommand: "subscribe" }, context, env);
      return { path: done.path, reply: done.reply };
    }
  }
}
