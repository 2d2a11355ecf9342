// Document text is untrusted: in a terminal, control characters could move the cursor, recolour
// or rewrite what the user sees (ANSI escapes), and bidi overrides could reorder it.

// The shared sanitiser (chat-safe.ts) removes them; a terminal pings nobody, so mentions stay as written.
import { stripInvisible } from "../../core/text/chat-safe.ts";

/** Removes characters that can take over a terminal or hide text; keeps tabs and newlines. */
export function safeText(text: string): string {
  return stripInvisible(text);
}

/** Like safeText, on one line: newlines and tabs become spaces. */
export function safeLine(text: string): string {
  return safeText(text).replace(/\s*[\n\t\r]+\s*/g, " ");
}
