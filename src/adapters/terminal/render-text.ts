// A Reply as readable terminal text: headings, numbered key points, actors, quotes with their
// speakers, and under every item the document and sentence it comes from.
import type { Citation, Reply, ReplyItem } from "../../core/reply.ts";
import { safeLine, safeText } from "./sanitize.ts";

/** Options of renderText. */
export interface TextOptions {
  /** Bold headings with ANSI escapes (only on a terminal). */
  color?: boolean;
  /** Wrap width for long lines; 0 leaves lines unwrapped. */
  width?: number;
}

/** Titles taken from a first sentence can be long; a citation needs only enough to recognise it. */
const CITED_TITLE_MAX = 60;

const shortTitle = (title: string): string => {
  if (title.length <= CITED_TITLE_MAX) return title;
  const cut = title.slice(0, CITED_TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > CITED_TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…-]+$/u, "")}…`;
};

/** "Title, 2022-09-07, sentence 5 · https://…" (sentence counted from 1, as people count). */
export function citationText(citation: Citation): string {
  const parts = [shortTitle(safeLine(citation.title || "Untitled"))];
  if (citation.date) parts.push(citation.date);
  parts.push(`sentence ${citation.sentence + 1}`);
  const where = parts.join(", ");
  return citation.url ? `${where} · ${safeLine(citation.url)}` : where;
}

const wrap = (text: string, width: number, indent: string, firstIndent = indent): string => {
  if (width <= 0) return firstIndent + text;
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of text.split(/ +/)) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (lineHasWord ? " " : "") + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join("\n");
};

const renderItem = (item: ReplyItem, index: number, width: number): string => {
  const lines: string[] = [];
  const text = safeLine(item.text);
  if (item.kind === "point") {
    const marker = `${String(index + 1).padStart(2)}. `;
    lines.push(wrap(text, width, "      ", `  ${marker}`));
  } else if (item.kind === "quote") {
    lines.push(wrap(`“${text}”`, width, "    ", "  "));
    lines.push(`      — ${item.speaker ? safeLine(item.speaker) : "speaker unclear"}`);
  } else if (item.kind === "actor") {
    const detail = item.detail ? ` (${safeLine(item.detail)})` : "";
    lines.push(wrap(`${text}${detail}`, width, "      ", "  • "));
  } else {
    // Plain text may hold several lines (usage forms); keep them.
    const channel = item.channel ? ` → ${item.channel.platform} ${safeLine(item.channel.id)}` : "";
    const body = `${safeText(item.text)}${channel}`
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n");
    lines.push(body);
    if (item.detail) lines.push(wrap(safeLine(item.detail), width, "      ", "      "));
  }
  if (item.citation) lines.push(wrap(`[${citationText(item.citation)}]`, width, "        ", "      "));
  if (item.kind === "point" && item.detail) lines.push(`      ${safeLine(item.detail)}`);
  return lines.join("\n");
};

/** Renders a Reply for a terminal (or a pipe). Ends with a newline. */
export function renderText(reply: Reply, options: TextOptions = {}): string {
  const width = options.width ?? 100;
  const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const out: string[] = [];
  if (reply.errorCode) {
    out.push(`error [${reply.errorCode}]: ${safeLine(reply.title)}`);
  } else {
    out.push(bold(safeLine(reply.title)));
  }
  if (reply.subtitle) out.push(wrap(safeLine(reply.subtitle), width, ""));
  for (const section of reply.sections) {
    out.push("");
    if (section.heading) out.push(bold(safeLine(section.heading)));
    section.items.forEach((item, index) => {
      out.push(renderItem(item, index, width));
    });
  }
  if (reply.footer) {
    out.push("");
    out.push(wrap(safeLine(reply.footer), width, ""));
  }
  return `${out.join("\n")}\n`;
}
