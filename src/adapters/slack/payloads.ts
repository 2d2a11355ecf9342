// Inbound Slack payloads, validated at the edge (DESIGN.md, rule 6). Only the fields we use; the
// rest passes through untouched.
import { z } from "zod";
import { BriefbotError } from "../../core/errors.ts";

const id = z.string().min(1).max(64);

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/**
 * A slash command as Slack posts it (form fields). Its text arrives with &, <, > escaped, and with
 * mentions and links as markup when the command escapes them: both become plain text.
 */
export const SlashCommandPayload = z.object({
  command: z.string().regex(/^\/[a-z0-9_-]{1,32}$/i, "expected a slash command such as /brief"),
  text: z
    .string()
    .max(40_000) // the command's own parser says "too long" in plain words below this
    .default("")
    .transform((text) => messageToPlain(text).text),
  user_id: id,
  channel_id: id,
  team_id: id.optional(),
  response_url: z.url(),
  trigger_id: z.string().optional(),
});
export type SlashCommandPayload = z.infer<typeof SlashCommandPayload>;

/** A message shortcut ("Brief this") as Slack posts it. */
export const MessageShortcutPayload = z.object({
  type: z.literal("message_action"),
  callback_id: z.string(),
  trigger_id: z.string().optional(),
  response_url: z.url().optional(),
  user: z.object({ id }),
  channel: z.object({ id }),
  message: z.object({
    ts: z.string().min(1),
    thread_ts: z.string().optional(),
    text: z.string().default(""),
    /** Link previews (unfurls) and shared links: where a message with no text keeps its URL. */
    attachments: z
      .array(
        z
          .object({
            from_url: z.string().optional(),
            original_url: z.string().optional(),
            title_link: z.string().optional(),
          })
          .loose(),
      )
      .optional(),
  }),
});
export type MessageShortcutPayload = z.infer<typeof MessageShortcutPayload>;

/** Validates `body` with `schema`; a failure is INPUT_INVALID with the zod error as cause. */
export function parsePayload<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new BriefbotError("INPUT_INVALID", `Slack sent a ${what} we could not read`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * A Slack message's mrkdwn as plain text plus the http(s) links in it: `<https://x|label>` becomes
 * the bare URL (ingest reads the first link of a message), mentions become "@U123"/"#general"/"@here"
 * as text, entities are decoded.
 */
export function messageToPlain(mrkdwn: string): { text: string; urls: string[] } {
  const urls: string[] = [];
  const text = mrkdwn
    .replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_whole, target: string, label: string | undefined) => {
      if (/^https?:\/\//i.test(target)) {
        const url = target.replace(/&amp;/g, "&");
        urls.push(url);
        return url;
      }
      if (target.startsWith("@") || target.startsWith("#")) return label ? `${target[0]}${label}` : target;
      if (target.startsWith("!")) return `@${label ?? target.slice(1).split("^")[0]}`;
      return label ?? "";
    })
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
  return { text, urls };
}

/** The first http(s) URL among a message's attachments (a link preview), if any. */
export function attachmentUrl(message: MessageShortcutPayload["message"]): string | undefined {
  for (const attachment of message.attachments ?? []) {
    for (const url of [attachment.from_url, attachment.original_url, attachment.title_link]) {
      if (url && /^https?:\/\//i.test(url)) return url;
    }
  }
  return undefined;
}
