// What "inert" means for a payload that reaches Slack or Discord, as checks that return every problem
// found (empty when the payload is safe): nothing can ping, no link text can disguise its target, no
// invisible or direction-changing character survives, and every platform limit holds.
import { limitViolations } from "../../src/adapters/slack/block-kit.ts";

/** Bidi overrides and isolates: they reorder what a reader sees. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * Invisible characters that can hide text: zero-width space, word joiner, BOM, soft hyphen and the
 * directional marks. ZWJ and ZWNJ (U+200C, U+200D) are left alone: emoji and several scripts need them.
 */
const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF\u00AD\u061C]/g;

/** The text around the first match of `pattern`, with invisible characters made visible. */
const around = (text: string, pattern: RegExp): string => {
  const match = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(text);
  if (!match) return "";
  const from = Math.max(0, match.index - 20);
  return JSON.stringify(text.slice(from, match.index + 20)).replace(
    /[\u200B-\u200F\u2060\uFEFF\u00AD\u061C]/g,
    (c) => `<U+${c.codePointAt(0)?.toString(16).toUpperCase()}>`,
  );
};
/** Control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
/** A URL written out in text: scheme://host or www.host. */
const URL_IN_LABEL = /\b(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,})/gi;

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/** Problems with a link whose visible text is `label` and whose target is `target`. */
function linkProblems(where: string, label: string, target: string): string[] {
  const problems: string[] = [];
  const host = hostOf(target);
  if (host === null || !/^https?:\/\//i.test(target))
    problems.push(`${where}: link to a non-http target ${target}`);
  for (const match of label.matchAll(URL_IN_LABEL)) {
    const shown = (match[1] as string).toLowerCase().replace(/^www\./, "");
    if (host !== null && shown !== host.replace(/^www\./, "")) {
      problems.push(`${where}: link text shows ${shown} but goes to ${host}`);
    }
  }
  return problems;
}

const sharedTextProblems = (where: string, text: string): string[] => {
  const problems: string[] = [];
  if (BIDI.test(text)) problems.push(`${where}: bidi control character`);
  if (CONTROL.test(text)) problems.push(`${where}: control character`);
  return problems;
};

/** Every string a Slack message shows, with where it is. */
function slackTexts(
  body: Record<string, unknown>,
): Array<{ where: string; text: string; mrkdwn: boolean; verbatim: unknown }> {
  const out: Array<{ where: string; text: string; mrkdwn: boolean; verbatim: unknown }> = [];
  if (typeof body.text === "string")
    out.push({ where: "text", text: body.text, mrkdwn: true, verbatim: true });
  const blocks = Array.isArray(body.blocks) ? (body.blocks as Array<Record<string, unknown>>) : [];
  blocks.forEach((block, index) => {
    const text = block.text as { type?: string; text?: string; verbatim?: unknown } | undefined;
    if (typeof text?.text === "string") {
      out.push({
        where: `block ${index} (${block.type})`,
        text: text.text,
        mrkdwn: text.type === "mrkdwn",
        verbatim: text.verbatim,
      });
    }
    const elements = Array.isArray(block.elements)
      ? (block.elements as Array<{ type?: string; text?: string; verbatim?: unknown }>)
      : [];
    elements.forEach((element, j) => {
      if (typeof element.text === "string") {
        out.push({
          where: `block ${index} element ${j}`,
          text: element.text,
          mrkdwn: element.type === "mrkdwn",
          verbatim: element.verbatim,
        });
      }
    });
  });
  return out;
}

/**
 * Problems in a Slack message body (chat.postMessage or a response_url post). In mrkdwn (and the
 * fallback text) every `<` must open a link we built, `<https://…|label>`; `<!channel>`, `<@U…>`,
 * `<#C…>` or a raw `<` would be live syntax.
 */
export function slackPayloadProblems(body: Record<string, unknown>): string[] {
  const problems = limitViolations(body).map((problem) => `limit: ${problem}`);
  if (
    body.link_names === true ||
    body.link_names === 1 ||
    body.link_names === "1" ||
    body.link_names === "true"
  ) {
    problems.push("link_names is on: @channel in text would ping");
  }
  if (body.parse === "full") problems.push('parse is "full": names in text would become mentions');
  for (const { where, text, mrkdwn, verbatim } of slackTexts(body)) {
    problems.push(...sharedTextProblems(where, text));
    if (new RegExp(INVISIBLE.source).test(text))
      problems.push(`${where}: invisible character in ${around(text, INVISIBLE)}`);
    if (mrkdwn && verbatim !== true && where !== "text")
      problems.push(`${where}: mrkdwn without verbatim (Slack would auto-link names)`);
    // Outside links, no angle bracket may stand raw.
    const links = [...text.matchAll(/<([^<>|]*)\|([^<>]*)>|<([^<>]*)>/g)];
    for (const link of links) {
      const target = link[1] ?? link[3] ?? "";
      const label = link[2] ?? target;
      if (!/^https?:\/\//i.test(target)) {
        problems.push(`${where}: live control sequence ${link[0].slice(0, 60)}`);
        continue;
      }
      problems.push(
        ...linkProblems(
          where,
          label.replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">"),
          target,
        ),
      );
    }
    // ">" opens a block quote at a line start (ours); only a raw "<" would be live.
    const outside = text.replace(/<[^<>]*>/g, "");
    if (outside.includes("<")) problems.push(`${where}: raw "<" in ${around(outside, /</)}`);
  }
  return problems;
}

/** Discord's documented limits. */
const DISCORD = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
};

interface Embed {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name?: string; value?: string }>;
}

/** Problems in a piece of text Discord renders as markdown. */
function discordTextProblems(where: string, text: string): string[] {
  const problems = sharedTextProblems(where, text);
  if (/@(everyone|here)/i.test(text))
    problems.push(`${where}: ${/@(everyone|here)/i.exec(text)?.[0]} in text`);
  const mention = /<(@[!&]?\d+|#\d+|\/[^>\s]+:\d+|t:-?\d+(:[tTdDfFR])?)>/.exec(text);
  if (mention) problems.push(`${where}: live mention or token ${mention[0]}`);
  // A ZWSP is only welcome right after "@" or "<": that is how the escaping breaks mentions.
  const rest = text.replace(/([@<])\u200B/g, "$1");
  if (new RegExp(INVISIBLE.source).test(rest))
    problems.push(`${where}: invisible character in ${around(rest, INVISIBLE)}`);
  if (/(?<!\\)```/.test(text.replace(/\\`/g, ""))) problems.push(`${where}: unescaped code fence`);
  // Masked links [label](target) that are not escaped: only ours, and honest.
  for (const link of text.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\((\S+?)\)/g)) {
    problems.push(...linkProblems(where, (link[1] as string).replace(/\\(.)/g, "$1"), link[2] as string));
  }
  return problems;
}

/** Problems in a Discord message body (interaction callback data, webhook or channel message). */
export function discordMessageProblems(message: Record<string, unknown>, allowedMentions: unknown): string[] {
  const problems: string[] = [];
  const mentions = allowedMentions as
    | { parse?: unknown; users?: unknown[]; roles?: unknown[]; replied_user?: unknown }
    | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0) {
    problems.push(`allowed_mentions.parse is not empty: ${JSON.stringify(allowedMentions)}`);
  }
  if ((mentions?.users?.length ?? 0) > 0 || (mentions?.roles?.length ?? 0) > 0)
    problems.push("allowed_mentions names users or roles");
  if (mentions?.replied_user === true) problems.push("allowed_mentions.replied_user is true");
  const content = typeof message.content === "string" ? message.content : "";
  if (content.length > DISCORD.content) problems.push(`content of ${content.length} characters (max 2000)`);
  if (content) problems.push(...discordTextProblems("content", content));
  const embeds = Array.isArray(message.embeds) ? (message.embeds as Embed[]) : [];
  if (embeds.length > DISCORD.embeds) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const check = (field: string, text: string | undefined, max: number) => {
      if (text === undefined) return;
      total += text.length;
      if (text.length > max) problems.push(`embed ${i} ${field}: ${text.length} characters (max ${max})`);
      problems.push(...discordTextProblems(`embed ${i} ${field}`, text));
    };
    check("title", embed.title, DISCORD.title);
    check("description", embed.description, DISCORD.description);
    check("footer", embed.footer?.text, DISCORD.footer);
    check("author", embed.author?.name, DISCORD.author);
    if ((embed.fields?.length ?? 0) > DISCORD.fields)
      problems.push(`embed ${i}: ${embed.fields?.length} fields (max 25)`);
    for (const field of embed.fields ?? []) {
      check("field name", field.name, DISCORD.fieldName);
      check("field value", field.value, DISCORD.fieldValue);
    }
    if (embed.url !== undefined && !/^https?:\/\//.test(embed.url))
      problems.push(`embed ${i}: url ${embed.url}`);
  });
  if (total > DISCORD.total) problems.push(`embeds hold ${total} characters (max 6000)`);
  return problems;
}

/** Problems in an autocomplete answer (callback type 8). */
export function autocompleteProblems(data: Record<string, unknown>): string[] {
  const choices = Array.isArray(data.choices)
    ? (data.choices as Array<{ name?: unknown; value?: unknown }>)
    : [];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices (max 25)`);
  for (const choice of choices) {
    const name = String(choice.name ?? "");
    if (name.length < 1 || name.length > 100)
      problems.push(`choice name of ${name.length} characters (1-100)`);
    if (typeof choice.value === "string" && choice.value.length > 100)
      problems.push(`choice value of ${choice.value.length} characters`);
    problems.push(...sharedTextProblems("choice", name));
  }
  return problems;
}
