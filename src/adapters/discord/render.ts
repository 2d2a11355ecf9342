// Reply -> Discord embeds. A reply becomes one or more messages (the first is the interaction's
// reply, the rest follow-ups), each within Discord's limits: 10 embeds and 6,000 characters a
// message, 4,096 a description, 256 a title, 2,048 a footer. Sections are written as lines into
// embed descriptions (not fields) because a key point or quote with its citation often passes a
// field's 1,024 characters. Every piece of document text goes through escape.ts first.
import type { APIEmbed } from "discord.js";
import type { Citation, CommandSyntax, Reply, ReplyChannel, ReplyItem } from "../../core/reply.ts";
import { inertMarkdown, inertPlain, markdownLink, safeUrl, truncate } from "./escape.ts";

/** Discord's limits on embeds and messages. */
export const DISCORD_LIMITS = {
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  description: 4096,
  title: 256,
  footer: 2048,
  fields: 25,
  fieldValue: 1024,
} as const;

/** One message's worth of embeds. */
export interface RenderedMessage {
  embeds: APIEmbed[];
}

/** Options of renderReply. */
export interface RenderOptions {
  /** At most this many messages; what does not fit is counted in a closing line. Default 5. */
  maxMessages?: number;
  /** Source characters kept of one item's text. Default 600. */
  maxItemChars?: number;
}

const COLOR_BRIEF = 0x5865f2;
const COLOR_ERROR = 0xed4245;
const COLOR_EPHEMERAL = 0x99aab5;
/** Room kept in every message for the closing "not shown" line. */
const NOTE_RESERVE = 80;

function citationText(citation: Citation): string {
  const label = citation.date ? `${citation.title}, ${citation.date}` : citation.title;
  return markdownLink(label || "source", citation.url, 70);
}

/** An option name as Discord shows its field: inline code, names being [a-z0-9-] (anything else dropped). */
const optionField = (name: string, required: boolean): string => {
  const safe = name.replace(/[^\w-]/g, "").slice(0, 32);
  return required ? `\`${safe}\`` : `\`[${safe}]\``;
};

/** "/quote `words` `[speaker]` `[topic]`": the command as Discord users type it, options as fields. */
function syntaxLine(syntax: CommandSyntax, detail: string | undefined): string {
  const name = syntax.command.replace(/[^\w -]/g, "").slice(0, 48);
  const fields = syntax.options.map((option) => optionField(option.name, option.required)).join(" ");
  const about = detail ? ` — ${inertMarkdown(detail, 200)}` : "";
  return `**/${name}**${fields ? ` ${fields}` : ""}${about}`;
}

/** `<#id>` for a Discord channel (a mention that names it, never pings); otherwise the platform and id. */
function channelText(channel: ReplyChannel): string {
  if (channel.platform === "discord" && /^\d{17,20}$/.test(channel.id)) return `<#${channel.id}>`;
  return `${channel.platform} ${inertMarkdown(channel.id, 40)}`;
}

/** One line of a section. */
export function renderItem(item: ReplyItem, maxItemChars = 600): string {
  if (item.syntax) return syntaxLine(item.syntax, item.detail);
  const channel = item.channel ? ` → ${channelText(item.channel)}` : "";
  const text = inertMarkdown(item.text, maxItemChars) + channel;
  const detail = item.detail ? ` · ${inertMarkdown(item.detail, 120)}` : "";
  const source = item.citation ? ` — ${citationText(item.citation)}` : "";
  switch (item.kind) {
    case "point":
      return `• ${text}${detail}${source}`;
    case "quote": {
      const speaker = item.speaker ? `**${inertMarkdown(item.speaker, 80)}**` : "_speaker not stated_";
      const cited = item.citation ? ` · ${citationText(item.citation)}` : "";
      return `• “${text}” — ${speaker}${detail}${cited}`;
    }
    case "actor":
      return `• **${text}**${detail}${source}`;
    default:
      return `${text}${detail}${source}`;
  }
}

function footerText(reply: Reply): string | null {
  return reply.footer ? inertPlain(reply.footer, 1000) : null;
}

const embedSize = (embed: APIEmbed): number =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.author?.name.length ?? 0);

/** Renders a reply as messages of embeds within every Discord limit. */
export function renderReply(reply: Reply, options: RenderOptions = {}): RenderedMessage[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 5);
  const maxItemChars = options.maxItemChars ?? 600;
  const color = reply.errorCode ? COLOR_ERROR : reply.ephemeral ? COLOR_EPHEMERAL : COLOR_BRIEF;
  const title = inertMarkdown(reply.title, 200) || "briefbot";
  const footer = footerText(reply);
  // The first embed's author (the source) counts too: at most 100 characters.
  const budget =
    DISCORD_LIMITS.charsPerMessage - (footer?.length ?? 0) - NOTE_RESERVE - (reply.source ? 100 : 0);

  const messages: RenderedMessage[] = [];
  let message: RenderedMessage = { embeds: [] };
  let embed: APIEmbed = { title, color };
  let used = title.length;
  let left = 0;

  const closeEmbed = () => {
    if (embed.title || embed.description) message.embeds.push(embed);
    embed = { color };
  };
  const closeMessage = () => {
    closeEmbed();
    if (message.embeds.length > 0) messages.push(message);
    message = { embeds: [] };
    used = 0;
  };
  /** Adds a block of text; false when the message cap is reached and the block was dropped. */
  const add = (block: string, heading: string | null): boolean => {
    const separator = embed.description ? "\n" : "";
    if (
      (embed.description?.length ?? 0) + separator.length + block.length <= DISCORD_LIMITS.description &&
      used + separator.length + block.length <= budget
    ) {
      embed.description = `${embed.description ?? ""}${separator}${block}`;
      used += separator.length + block.length;
      return true;
    }
    const messageFull =
      used + block.length + (heading?.length ?? 0) + 1 > budget ||
      message.embeds.length + 1 >= DISCORD_LIMITS.embedsPerMessage;
    if (messageFull) {
      if (messages.length + 1 >= maxMessages) return false;
      closeMessage();
    } else {
      closeEmbed();
    }
    const text = block.replace(/^\n+/, "");
    const continued = heading ? `${heading} (continued)\n${text}` : text;
    embed.description = truncate(continued, DISCORD_LIMITS.description);
    used += embed.description.length;
    return true;
  };

  if (reply.subtitle) add(inertMarkdown(reply.subtitle, 1000), null);
  for (const section of reply.sections) {
    if (section.items.length === 0) continue;
    // A section without a heading (an error's hints, a confirmation) gets no heading line at all.
    const headingText = inertMarkdown(section.heading, 100);
    const heading = headingText ? `**${headingText}**` : null;
    const blank = embed.description ? "\n" : "";
    let first = true;
    for (const item of section.items) {
      // Once the message cap is reached, the rest is only counted.
      if (left > 0) {
        left += 1;
        continue;
      }
      const line = renderItem(item, maxItemChars);
      const ok = first
        ? add(heading ? `${blank}${heading}\n${line}` : `${blank}${line}`, null)
        : add(line, heading);
      first = false;
      if (!ok) left += 1;
    }
  }
  closeMessage();

  if (messages.length === 0) messages.push({ embeds: [{ title, color }] });
  decorateFirst(messages[0]?.embeds[0], reply);
  const last = messages.at(-1) as RenderedMessage;
  const lastEmbed = last.embeds.at(-1) as APIEmbed;
  if (left > 0) {
    const note = `\n_…and ${left} more not shown._`;
    lastEmbed.description = truncate(`${lastEmbed.description ?? ""}${note}`, DISCORD_LIMITS.description);
  }
  if (footer) lastEmbed.footer = { text: footer };
  return messages;
}

/**
 * The first embed links its title to the page the reply is about, names the source as its author
 * and carries the content's date as its timestamp, when the reply has them.
 */
function decorateFirst(embed: APIEmbed | undefined, reply: Reply): void {
  if (!embed) return;
  const url = safeUrl(reply.url);
  if (url) embed.url = url;
  const source = reply.source ? inertPlain(reply.source, 100) : "";
  if (source) embed.author = { name: source };
  const time = reply.timestamp ? Date.parse(reply.timestamp) : Number.NaN;
  if (Number.isFinite(time)) embed.timestamp = new Date(time).toISOString();
}

/** Total characters Discord counts for a message's embeds (for tests and assertions). */
export function messageSize(message: RenderedMessage): number {
  return message.embeds.reduce((sum, embed) => sum + embedSize(embed), 0);
}
