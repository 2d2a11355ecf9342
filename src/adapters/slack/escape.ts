// Text from documents is untrusted (DESIGN.md): in Slack's mrkdwn, `<!channel>`, `<@U123>` and
// `<https://x|y>` are live syntax, so every piece of document text goes through `escapeText`, and
// every link we build goes through `slackLink`, which accepts http(s) URLs only.
import { linkableUrl, showsUrl } from "../../core/http-url.ts";
import { stripInvisible } from "../../core/text/chat-safe.ts";

/**
 * The shared sanitiser: characters that hide or reorder text, and controls, go. Mentions need no
 * breaking here: escapeText turns `<!channel>` into inert text, and mrkdwn is sent verbatim.
 */
export const cleanText = stripInvisible;

/** Escapes Slack's three control characters; the result is inert in mrkdwn and plain_text. */
export function escapeText(text: string): string {
  return cleanText(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

const ESCAPED_LENGTH: Record<string, number> = { "&": 5, "<": 4, ">": 4 };

/**
 * Escapes `text` and cuts it so the result is at most `max` characters, ending with "…" when cut.
 * Cuts on code points, never inside an entity or a surrogate pair.
 */
export function escapeAndFit(text: string, max: number): string {
  const clean = cleanText(text);
  let escapedLength = 0;
  for (const char of clean) escapedLength += ESCAPED_LENGTH[char] ?? char.length;
  if (escapedLength <= max) return escapeText(clean);
  const budget = max - 1; // room for the ellipsis
  let used = 0;
  let kept = "";
  for (const char of clean) {
    const size = ESCAPED_LENGTH[char] ?? char.length;
    if (used + size > budget) break;
    used += size;
    kept += char;
  }
  return `${escapeText(kept.trimEnd())}…`;
}

/** Returns the URL if it is an absolute http(s) URL without credentials, normalised; otherwise null. */
export function safeUrl(raw: string | null | undefined): string | null {
  const url = linkableUrl(raw);
  if (url === null) return null;
  // `|` ends the URL part of <url|label>; `<`, `>` and spaces are already percent-encoded by URL.
  const href = url.href.replaceAll("|", "%7C").replaceAll("<", "%3C").replaceAll(">", "%3E");
  return href.length <= 2000 ? href : null;
}

/**
 * A mrkdwn link `<url|label>` with an escaped label, or the escaped label alone when the URL is
 * not a safe http(s) URL. `maxLabel` bounds the label's escaped length.
 */
export function slackLink(rawUrl: string | null | undefined, label: string, maxLabel = 200): string {
  const text = escapeAndFit(label, maxLabel);
  const url = safeUrl(rawUrl);
  if (url === null) return text;
  // A label that shows a URL (a title "https://bank.example") is never a link's text: link the real host.
  if (showsUrl(label)) return `${text} (<${url.replaceAll("&", "&amp;")}|${new URL(url).host}>)`;
  return `<${url.replaceAll("&", "&amp;")}|${text}>`;
}
