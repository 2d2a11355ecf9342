// Reply -> Block Kit. A header, key points with links to their sources, actors as a compact context
// line, quotes as block quotes with speaker and source. Slack rejects a message over its limits, so
// a long reply is cut: the first message says "more in thread" and the rest follows as thread
// messages; past `maxThreadMessages` the last one says how many items were left out.
import { controlId } from "../../../commands/action-token.ts";
import type {
  Citation,
  Reply,
  ReplyAction,
  ReplyChannel,
  ReplyItem,
  ReplyMenu,
  ReplySection,
} from "../../core/reply.ts";
import {
  type Block,
  type Button,
  LIMITS,
  type MrkdwnText,
  type SlackMessage,
  type StaticSelect,
} from "./block-kit.ts";
import { cleanText, escapeAndFit, escapeText, safeUrl, slackLink } from "./escape.ts";

/** Options of renderReply. */
export interface RenderOptions {
  /** Thread messages after the first one, at most (default 4, at least 1). */
  maxThreadMessages?: number;
  /** The note closing a first message that continues (default "More in thread ↓"). */
  moreNote?: string;
}

const mrkdwn = (text: string): MrkdwnText => ({ type: "mrkdwn", text, verbatim: true });
const section = (text: string): Block => ({ type: "section", text: mrkdwn(text) });
const context = (texts: string[]): Block => ({ type: "context", elements: texts.map(mrkdwn) });

const MAX_ITEM_TEXT = 2400;

/** A button whose value is the action's token; labels are plain text, escaped as Slack decodes them. */
function button(action: ReplyAction, suffix = ""): Button {
  return {
    type: "button",
    action_id: controlId(action.kind, suffix),
    text: { type: "plain_text", text: escapeAndFit(oneLine(action.label) || action.kind, LIMITS.buttonText) },
    value: action.token,
  };
}

function menuSelect(menu: ReplyMenu): StaticSelect {
  return {
    type: "static_select",
    action_id: controlId("menu"),
    placeholder: {
      type: "plain_text",
      text: escapeAndFit(oneLine(menu.placeholder) || "Choose", LIMITS.optionText),
    },
    options: menu.options.slice(0, LIMITS.selectOptions).map((option) => ({
      text: { type: "plain_text", text: escapeAndFit(oneLine(option.label) || "option", LIMITS.optionText) },
      value: option.token,
    })),
  };
}

/** The "Open a story" menu: the story headlines of the reply that carry an open action. */
function storySelect(reply: Reply): StaticSelect | null {
  const options = reply.sections
    .flatMap((part) => part.items)
    .flatMap((item) =>
      item.action?.kind === "story" ? [{ label: item.text, token: item.action.token }] : [],
    );
  if (options.length === 0) return null;
  return { ...menuSelect({ placeholder: "Open a story", options }), action_id: controlId("story") };
}

/** The actions block after a reply: its buttons and its menus (none when it has neither). */
function actionBlocks(reply: Reply): Block[] {
  const elements: (Button | StaticSelect)[] = (reply.actions ?? []).map((action) => button(action));
  const stories = storySelect(reply);
  if (stories) elements.push(stories);
  if (reply.menu && reply.menu.options.length > 0) elements.push(menuSelect(reply.menu));
  return elements.length > 0 ? [{ type: "actions", elements: elements.slice(0, LIMITS.actionElements) }] : [];
}

/** Text that would render as nothing (Slack rejects empty text objects). */
const blank = (text: string | null | undefined): boolean => !text || cleanText(text).trim() === "";
/** One line, trimmed: headers and fallback text do not wrap. */
const oneLine = (text: string): string => cleanText(text).replace(/\s+/g, " ").trim();
const MAX_TITLE_LABEL = 120;

/** Longest source reference; a longer link (a huge URL) is shown as its title alone. */
const MAX_SOURCE = 600;

/** " (<url|Title>, 2022-09-07)": the source of an item, linked when its URL is http(s). */
function sourceLink(citation: Citation | undefined): string {
  if (!citation) return "";
  const label = blank(citation.title) ? citation.documentId : citation.title;
  const date = blank(citation.date) ? "" : `, ${escapeAndFit(oneLine(citation.date ?? ""), 40)}`;
  const linked = slackLink(citation.url, label, MAX_TITLE_LABEL);
  const source = linked.length <= MAX_SOURCE ? linked : slackLink(null, label, MAX_TITLE_LABEL);
  return ` (${source}${date})`;
}

const detailText = (item: ReplyItem): string =>
  blank(item.detail) ? "" : ` — ${escapeAndFit(oneLine(item.detail ?? ""), 200)}`;

/** Plain text items keep their line breaks (usage lines); points are one sentence, one line. */
const multiLine = (text: string): string =>
  text
    .split(/\r?\n/)
    .map(oneLine)
    .filter((line) => line !== "")
    .slice(0, 20)
    .join("\n");

/** `before` + the item's text, cut so the whole stays within one section (3,000) + `after`. */
const withinSection = (before: string, text: string, after: string): string =>
  `${before}${escapeAndFit(text, Math.min(MAX_ITEM_TEXT, LIMITS.sectionText - before.length - after.length))}${after}`;

/** " → <#C123>" for a Slack channel (a link to it that pings nobody); otherwise the platform and id. */
function channelText(channel: ReplyChannel | undefined): string {
  if (!channel) return "";
  if (channel.platform === "slack" && /^[CGD][A-Z0-9]{2,30}$/.test(channel.id)) return ` → <#${channel.id}>`;
  return ` → ${channel.platform} ${escapeAndFit(oneLine(channel.id), 40)}`;
}

function lineFor(item: ReplyItem): string {
  const text = item.kind === "text" ? multiLine(item.text) : oneLine(item.text);
  return withinSection(
    item.kind === "point" ? "• " : "",
    text,
    `${channelText(item.channel)}${detailText(item)}${sourceLink(item.citation)}`,
  );
}

function quoteText(item: ReplyItem): string {
  const speaker = blank(item.speaker)
    ? "_speaker not stated_"
    : `*${escapeAndFit(oneLine(item.speaker ?? ""), 150)}*`;
  return withinSection(
    ">“",
    oneLine(item.text),
    `”\n— ${speaker}${detailText(item)}${sourceLink(item.citation)}`,
  );
}

const actorEntry = (item: ReplyItem): string =>
  `${escapeAndFit(oneLine(item.text), 150)}${blank(item.detail) ? "" : ` (${escapeAndFit(oneLine(item.detail ?? ""), 100)})`}`;

/** One rendered unit: a block and the section it belongs to (for "continued" headings). */
interface Unit {
  block: Block;
  section: number;
  /** Items of the reply this block carries, for the "N more not shown" count. */
  items: number;
}

/** Packs lines into section blocks of at most 3,000 characters each. */
function packLines(heading: string, lines: string[], sectionIndex: number, units: Unit[]): void {
  let text = heading;
  let count = 0;
  for (const line of lines) {
    const candidate = text ? `${text}\n${line}` : line;
    if (candidate.length > LIMITS.sectionText && text) {
      units.push({ block: section(text), section: sectionIndex, items: count });
      text = line;
      count = 1;
    } else {
      text = candidate;
      count++;
    }
  }
  if (text) units.push({ block: section(text), section: sectionIndex, items: count });
}

/** Packs actor entries into context blocks: "*Actors:* A (person) · B (org) · …". */
function packActors(heading: string, items: ReplyItem[], sectionIndex: number, units: Unit[]): void {
  const elements: string[] = [];
  let current = heading ? `*${escapeAndFit(heading, 100)}:* ` : "";
  let inCurrent = 0;
  let counts: number[] = [];
  const flushBlock = () => {
    if (elements.length === 0) return;
    units.push({
      block: context([...elements]),
      section: sectionIndex,
      items: counts.reduce((a, b) => a + b, 0),
    });
    elements.length = 0;
    counts = [];
  };
  for (const item of items) {
    const entry = actorEntry(item);
    const candidate = inCurrent === 0 ? `${current}${entry}` : `${current} · ${entry}`;
    if (candidate.length > LIMITS.contextElementText && inCurrent > 0) {
      elements.push(current);
      counts.push(inCurrent);
      if (elements.length === LIMITS.contextElements) flushBlock();
      current = entry;
      inCurrent = 1;
    } else {
      current = candidate;
      inCurrent++;
    }
  }
  if (inCurrent > 0) {
    elements.push(current);
    counts.push(inCurrent);
  }
  flushBlock();
}

function sectionUnits(part: ReplySection, sectionIndex: number, units: Unit[]): void {
  const heading = oneLine(part.heading);
  const headingLine = heading ? `*${escapeAndFit(heading, 200)}*` : "";
  const items = part.items.filter((item) => !blank(item.text));
  const actors = items.filter((item) => item.kind === "actor");
  const quotes = items.filter((item) => item.kind === "quote");
  const lines = items.filter((item) => item.kind === "point" || item.kind === "text");
  if (items.length === 0) {
    if (headingLine) units.push({ block: section(headingLine), section: sectionIndex, items: 0 });
    return;
  }
  if (lines.length > 0) packLines(headingLine, lines.map(lineFor), sectionIndex, units);
  if (actors.length > 0) packActors(lines.length > 0 ? "" : heading, actors, sectionIndex, units);
  if (quotes.length > 0) {
    if (headingLine && lines.length === 0 && actors.length === 0) {
      units.push({ block: section(headingLine), section: sectionIndex, items: 0 });
    }
    for (const quote of quotes) {
      const block: Block =
        quote.action?.kind === "context"
          ? {
              type: "section",
              text: mrkdwn(quoteText(quote)),
              accessory: button(quote.action, `:${units.length}`),
            }
          : section(quoteText(quote));
      units.push({ block, section: sectionIndex, items: 1 });
    }
  }
}

/** The plain fallback text: the title and subtitle, escaped. */
function fallbackText(reply: Reply): string {
  const title = oneLine(reply.title) || "briefbot";
  const text = blank(reply.subtitle) ? title : `${title} — ${oneLine(reply.subtitle ?? "")}`;
  return escapeAndFit(text, LIMITS.fallbackText);
}

/** http(s) URLs as they stand in plain text (a footer's "Sources: … (https://…, https://…)"). */
const URL_IN_TEXT = /https?:\/\/[^\s,;()<>]+/g;

/**
 * The footer, escaped, with each URL in it a link labelled with that same URL (without its scheme),
 * so a link always shows where it goes; a URL that is not a safe http(s) URL stays plain text.
 */
function footerText(footer: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const match of footer.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.!?'"]+$/, "");
    parts.push(escapeText(footer.slice(at, match.index)));
    const target = safeUrl(url);
    const label = escapeAndFit((target ?? url).replace(/^https?:\/\//, ""), 80);
    parts.push(target ? `<${target.replaceAll("&", "&amp;")}|${label}>` : escapeText(url));
    at = match.index + url.length;
  }
  parts.push(escapeText(footer.slice(at)));
  const linked = parts.join("");
  // Links make the text longer; past Slack's limit the plain escaped footer is cut instead.
  return linked.length <= LIMITS.contextElementText
    ? linked
    : escapeAndFit(footer, LIMITS.contextElementText);
}

function headerBlock(title: string): Block {
  // Escaped like mrkdwn: Slack decodes the three entities in every text field.
  return {
    type: "header",
    text: { type: "plain_text", text: escapeAndFit(oneLine(title) || "briefbot", 150) },
  };
}

/**
 * Renders `reply` as one or more messages: [first, ...thread]. Every message is within Slack's
 * limits; a reply too long for one message continues in thread messages.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const maxThread = Math.max(1, options.maxThreadMessages ?? 4);
  // An error is one plain line, not a large header: it is a note to the caller, not a brief.
  const intro: Block[] = reply.errorCode
    ? [context([`:warning: ${escapeAndFit(oneLine(reply.title) || "Something went wrong", 2900)}`])]
    : [headerBlock(reply.title)];
  if (!blank(reply.subtitle))
    intro.push(context([escapeAndFit(reply.subtitle ?? "", LIMITS.contextElementText)]));
  const units: Unit[] = [];
  reply.sections.forEach((part, index) => {
    sectionUnits(part, index, units);
  });
  // Buttons and the menu close the reply, before its footer: on the last message when it is long.
  const footer: Block[] = [
    ...actionBlocks(reply),
    ...(blank(reply.footer) ? [] : [context([footerText(reply.footer ?? "")])]),
  ];
  const text = fallbackText(reply);

  const max = LIMITS.blocksPerMessage;
  if (intro.length + units.length + footer.length <= max) {
    return [{ text, blocks: [...intro, ...units.map((unit) => unit.block), ...footer] }];
  }

  // Too long for one message: first message = intro + as many units as fit + "more in thread".
  const messages: SlackMessage[] = [];
  let next = 0;
  const firstRoom = max - intro.length - 1;
  const first = units.slice(0, firstRoom);
  next = first.length;
  messages.push({
    text,
    blocks: [
      ...intro,
      ...first.map((unit) => unit.block),
      context([`_${escapeAndFit(options.moreNote ?? "More in thread ↓", 200)}_`]),
    ],
  });
  const continuedTitle = escapeAndFit(
    `${oneLine(reply.title) || "briefbot"} (continued)`,
    LIMITS.fallbackText,
  );
  while (next < units.length && messages.length <= maxThread) {
    const blocks: Block[] = [];
    const firstUnit = units[next] as Unit;
    const previous = units[next - 1];
    const heading = oneLine(reply.sections[firstUnit.section]?.heading ?? "");
    if (previous && previous.section === firstUnit.section && heading) {
      blocks.push(section(`*${escapeAndFit(heading, 200)}* (continued)`));
    }
    const isLast = messages.length === maxThread;
    const room = max - blocks.length - (isLast ? footer.length + 1 : footer.length);
    const slice = units.slice(next, next + room);
    next += slice.length;
    blocks.push(...slice.map((unit) => unit.block));
    messages.push({ text: continuedTitle, blocks });
  }
  const last = messages[messages.length - 1] as SlackMessage;
  if (next < units.length) {
    const omitted = units.slice(next).reduce((sum, unit) => sum + unit.items, 0);
    last.blocks.push(context([`_… ${omitted} more item${omitted === 1 ? "" : "s"} not shown._`]));
  }
  if (footer.length > 0 && last.blocks.length + footer.length <= max) last.blocks.push(...footer);
  return messages;
}
