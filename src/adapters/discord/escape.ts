// Document text is untrusted (DESIGN.md): before it reaches Discord it is made inert. Markdown is
// escaped so a masked link `[bank](https://evil)` shows as typed, every `@` gets a zero-width space
// so `@everyone` or `<@123>` can neither ping nor render as a mention, and invisible or
// direction-changing characters are dropped so text cannot hide or reorder what it shows.
import { linkableUrl, showsUrl } from "../../core/http-url.ts";
import { chatSafe } from "../../core/text/chat-safe.ts";

const ZWSP = "\u200B";

/** Characters that Discord markdown gives a meaning to, wherever they stand. */
const MARKDOWN = /[\\*_`~|[\]()<>#]/g;

/** The shared chat sanitiser (chat-safe.ts), on one line; the common first step. */
export function cleanText(text: string): string {
  return chatSafe(text).replace(/\s+/g, " ").trim();
}

/** Cuts `text` to at most `max` UTF-16 units, ending with "…", without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * `@everyone`, `<@123>`, `<#1>`, `<t:1>`: a zero-width space after `@` and `<` breaks them all
 * (once: chatSafe has already broken the mass mentions).
 */
const neutraliseMentions = (text: string): string => text.replace(/[@<](?!\u200B)/g, `$&${ZWSP}`);

/**
 * Untrusted text for places where Discord renders markdown (descriptions, titles, field values):
 * cleaned, cut to `max` characters of source text, markdown-escaped, mentions neutralised.
 */
export function inertMarkdown(text: string, max = 600): string {
  // Cleaning only shrinks text; cutting a generous prefix first keeps huge inputs cheap.
  const cut = truncate(cleanText(text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text), max);
  return neutraliseMentions(cut.replace(MARKDOWN, "\\$&"));
}

/** Untrusted text for places that show plain text (footers, author names, autocomplete choices). */
export function inertPlain(text: string, max = 100): string {
  const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  return neutraliseMentions(truncate(cleanText(head), max));
}

/**
 * A stored URL made safe to use as a link target: http(s) only, no credentials, and the
 * characters that would end a markdown link target encoded. Null when it is not usable.
 */
export function safeUrl(url: string | null | undefined, max = 512): string | null {
  const parsed = linkableUrl(url);
  if (parsed === null) return null;
  const href = parsed.href.replace(
    /[()<>\s"'`]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return href.length <= max ? href : null;
}

/** A markdown link whose visible text is inert; plain inert text when the URL is not usable. */
export function markdownLink(text: string, url: string | null | undefined, max = 80): string {
  const label = inertMarkdown(text, max);
  const target = safeUrl(url);
  // A label that shows a URL (a title "https://bank.example") is never a link's text: link the real host.
  if (target && showsUrl(text)) return `${label} ([${new URL(target).host}](${target}))`;
  return target ? `[${label}](${target})` : label;
}
