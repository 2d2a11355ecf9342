// A Reply as Markdown (`briefbot brief --markdown`): for pasting into notes, wikis and tickets.
// Document text is escaped so that it cannot turn into links, images or HTML.

import { linkableUrl, showsUrl } from "../../core/http-url.ts";
import type { Citation, Reply, ReplyItem } from "../../core/reply.ts";
import { safeLine } from "./sanitize.ts";

/** Escapes Markdown and HTML syntax in untrusted text. */
export function escapeMarkdown(text: string): string {
  return safeLine(text).replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&");
}

const citation = (c: Citation): string => {
  const title = escapeMarkdown(c.title || "Untitled");
  // Only a plain http(s) target (no credentials hiding the host, nothing that ends the link early),
  // and a title that itself shows a URL is never the label: the real host is.
  const target = linkableUrl(c.url);
  const url = target && /^[^\s()<>]+$/.test(target.href) ? target.href : null;
  const label = (text: string) =>
    target && showsUrl(c.title) ? `${text} ([${target.host}](${url}))` : `[${text}](${url})`;
  const linked = url ? label(title) : title;
  return `${linked}${c.date ? `, ${c.date}` : ""}, sentence ${c.sentence + 1}`;
};

const item = (entry: ReplyItem, index: number): string => {
  const cite = entry.citation ? ` (${citation(entry.citation)})` : "";
  const text = escapeMarkdown(entry.text);
  if (entry.kind === "point") return `${index + 1}. ${text}${cite}`;
  if (entry.kind === "quote") {
    const who = entry.speaker ? escapeMarkdown(entry.speaker) : "speaker unclear";
    return `> “${text}”\n> — ${who}${cite}\n`;
  }
  const detail = entry.detail ? ` (${escapeMarkdown(entry.detail)})` : "";
  const channel = entry.channel ? ` → ${entry.channel.platform} ${escapeMarkdown(entry.channel.id)}` : "";
  return `- ${entry.kind === "actor" ? `**${text}**` : text}${channel}${detail}${cite}`;
};

/** Renders a Reply as Markdown. Ends with a newline. */
export function renderMarkdown(reply: Reply): string {
  const out = [`# ${escapeMarkdown(reply.title)}`];
  if (reply.errorCode) out.push("", `Error code: \`${reply.errorCode}\``);
  if (reply.subtitle) out.push("", `_${escapeMarkdown(reply.subtitle)}_`);
  for (const section of reply.sections) {
    out.push("");
    if (section.heading) out.push(`## ${escapeMarkdown(section.heading)}`, "");
    section.items.forEach((entry, index) => {
      out.push(item(entry, index));
    });
  }
  if (reply.footer) out.push("", `---`, "", escapeMarkdown(reply.footer));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
