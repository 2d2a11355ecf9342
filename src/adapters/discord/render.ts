// Reply -> Discord embeds. A reply becomes one or more messages (the first is the interaction's
// reply, the rest follow-ups), each within Discord's limits: 10 embeds and 6,000 characters a
// message, 4,096 a description, 256 a title, 2,048 a footer. Sections are written as lines into
// embed descriptions (not fields) because a key point or quote with its citation often passes a
// field's 1,024 characters. Every piece of document text goes through escape.ts first.
import type { APIEmbed } from "discord.js";
import type { Citation, Reply, ReplyItem } from "../../core/reply.ts";
import { inertMarkdown, inertPlain, markdownLink, truncate } from "./escape.ts";

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

/** One line of a section. */
export function renderItem(item: ReplyItem, maxItemChars = 600): string {
  const text = inertMarkdown(item.text, maxItemChars);
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
  (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);

/** Renders a reply as messages of embeds within every Discord limit. */
export function renderReply(reply: Reply, options: RenderOptions = {}): RenderedMessage[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 5);
  const maxItemChars = options.maxItemChars ?? 600;
  const color = reply.errorCode ? COLOR_ERROR : reply.ephemeral ? COLOR_EPHEMERAL : COLOR_BRIEF;
  const title = inertMarkdown(reply.title, 200) || "briefbot";
  const footer = footerText(reply);
  const budget = DISCORD_LIMITS.charsPerMessage - (footer?.length ?? 0) - NOTE_RESERVE;

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
    const heading = `**${inertMarkdown(section.heading, 100)}**`;
    const blank = embed.description ? "\n" : "";
    let first = true;
    for (const item of section.items) {
      // Once the message cap is reached, the rest is only counted.
      if (left > 0) {
        left += 1;
        continue;
      }
      const line = renderItem(item, maxItemChars);
      const ok = first ? add(`${blank}${heading}\n${line}`, null) : add(line, heading);
      first = false;
      if (!ok) left += 1;
    }
  }
  closeMessage();

  if (messages.length === 0) messages.push({ embeds: [{ title, color }] });
  const last = messages.at(-1) as RenderedMessage;
  const lastEmbed = last.embeds.at(-1) as APIEmbed;
  if (left > 0) {
    const note = `\n_…and ${left} more not shown._`;
    lastEmbed.description = truncate(`${lastEmbed.description ?? ""}${note}`, DISCORD_LIMITS.description);
  }
  if (footer) lastEmbed.footer = { text: footer };
  return messages;
}

/** Total characters Discord counts for a message's embeds (for tests and assertions). */
export function messageSize(message: RenderedMessage): number {
  return message.embeds.reduce((sum, embed) => sum + embedSize(embed), 0);
}
