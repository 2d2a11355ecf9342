// Document text is untrusted: in a terminal, control characters could move the cursor, recolour
// or rewrite what the user sees (ANSI escapes), and bidi overrides could reorder it.

// C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, BOM.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Removes characters that can take over a terminal; keeps tabs and newlines. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, "");
}

/** Like safeText, on one line: newlines and tabs become spaces. */
export function safeLine(text: string): string {
  return safeText(text).replace(/\s*[\n\t\r]+\s*/g, " ");
}
