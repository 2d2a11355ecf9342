// A document file's bytes -> text. UTF-8 (with or without a byte-order mark) and UTF-16 with its
// byte-order mark (what Windows editors save as "Unicode") are read; anything else is refused with
// what is wrong and how to fix it, since a user cannot act on "binary" for a Latin-1 file.
import { BriefbotError } from "../core/errors.ts";

const decodeStrict = (encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null => {
  try {
    // ignoreBOM: the byte-order mark is left out by the caller (UTF-16) or kept for parseDocument,
    // which drops a leading U+FEFF (UTF-8), so offsets stay those of the text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || (lead >= 0x80 && lead < 0xc2)) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/** "line 3, column 12" of a byte offset (columns count bytes). */
function position(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Decodes a document file's bytes; `origin` names the file in errors. Throws DOCUMENT_BINARY
 * (NUL bytes, not text) or DOCUMENT_ENCODING (text in another encoding, with the fix).
 */
export function decodeDocumentBytes(bytes: Uint8Array, origin: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  if (utf16) {
    const text = decodeStrict(utf16, bytes.subarray(2));
    if (text === null) {
      throw new BriefbotError(
        "DOCUMENT_ENCODING",
        `${origin}: starts with a UTF-16 byte-order mark but is not valid UTF-16 text; save it as UTF-8`,
      );
    }
    if (text.includes("\u0000")) {
      throw new BriefbotError(
        "DOCUMENT_BINARY",
        `${origin}: binary file (contains NUL characters), expected text`,
      );
    }
    return text;
  }
  if (bytes.includes(0)) {
    throw new BriefbotError(
      "DOCUMENT_BINARY",
      `${origin}: binary file (contains NUL bytes), expected UTF-8 text (or UTF-16 with a byte-order mark)`,
    );
  }
  const text = decodeStrict("utf-8", bytes);
  if (text !== null) return text;
  const offset = firstInvalidUtf8(bytes);
  const where = offset >= 0 ? ` (byte ${hex(bytes[offset]!)} at ${position(bytes, offset)})` : "";
  throw new BriefbotError(
    "DOCUMENT_ENCODING",
    `${origin}: not UTF-8 text${where}. It is probably Latin-1 (ISO-8859-1) or Windows-1252: ` +
      "save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8`",
  );
}
