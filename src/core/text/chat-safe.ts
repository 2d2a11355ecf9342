// The one sanitiser for text briefbot shows in a chat or a terminal. Document text is untrusted
// (DESIGN.md): it must not hide or reorder what it shows, take over a terminal, or ping a room.
// Each renderer then escapes for its own markup (Slack's &<>, Discord's markdown and mentions,
// Markdown files); that part stays with the renderer, which knows its platform.

/**
 * Characters that hide or reorder text: the soft hyphen, the Arabic letter mark, the Mongolian
 * vowel separator, zero-width space, LRM/RLM, bidi embeddings, overrides and isolates, the word
 * joiner and invisible operators, deprecated format characters, and the byte-order mark.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
/**
 * Zero-width (non-)joiners do work between two visible characters (emoji families, Persian and
 * Indic words) and stay there; anywhere else they only hide things (the Discord poster writes its
 * idempotency marker in them at the end of a title), so they go.
 */
const STRAY_JOINER = /(?<![^\s\u200C\u200D])[\u200C\u200D]+|[\u200C\u200D]+(?![^\s\u200C\u200D])/g;
/** C0 controls but tab and newline, DEL and C1 controls: terminal escapes (ESC), bells, NUL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Line breaks in all their forms become "\n". */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
/** Mentions that notify a whole room when a platform parses them: @everyone, @here, @channel, <!here>. */
const MASS_MENTION = /@(?=(?:everyone|here|channel)\b)|<(?=!)/gi;

/** Removes invisible, direction-changing and control characters; keeps tabs and line breaks (as "\n"). */
export function stripInvisible(text: string): string {
  return text.replace(LINE_BREAK, "\n").replace(CONTROL, "").replace(INVISIBLE, "").replace(STRAY_JOINER, "");
}

/**
 * Breaks every mass mention with a zero-width space after the `@` of
 * @everyone/@here/@channel and after the `<` of <!channel>/<!here>/<!everyone>, so no platform
 * reads them as a ping even where a renderer does not escape them.
 */
export function defuseMassMentions(text: string): string {
  return text.replace(MASS_MENTION, "$&\u200B");
}

/** Text fit for a chat: invisible and control characters removed, mass mentions defused. */
export function chatSafe(text: string): string {
  return defuseMassMentions(stripInvisible(text));
}
