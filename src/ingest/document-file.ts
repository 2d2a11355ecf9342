// The document loader: a file (or text) -> SourceDocument. Accepts four layouts:
//   1. a header block of `key: value` lines ended by a blank line (../shared/eval/dev/*.txt);
//   2. YAML front matter between `---` lines;
//   3. a leading `date YYYY-MM-DD` (the seed article: the body continues on the same line);
//   4. a bare body.
// The body is kept exactly (only CRLF -> LF and a leading BOM removed): every offset of the
// brief points into it, and the scorer reads header files' bodies as everything after "\n\n".
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { BriefbotError } from "../core/errors.ts";
import { parseHttpUrl } from "../core/http-url.ts";
import { IsoDate, type SourceDocument } from "../core/schemas.ts";
import { decodeDocumentBytes } from "./decode-text.ts";

/** The default size limit (BRIEFBOT_MAX_DOCUMENT_BYTES when unset): 5 MB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const HEADER_KEYS = ["title", "date", "source", "url", "license", "author"] as const;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,40}):[ \t]?(.*)$/;
const DATE_PREFIX = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\n+|$)/;

const isRealDate = (text: string): boolean => {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    const text = value === null || value === undefined ? "" : String(value).trim();
    return text === "" ? null : text;
  });

/** The header fields a document may carry; unknown keys are ignored. */
const Header = z.object({
  title: optionalText,
  // YAML reads an unquoted 2022-09-07 as a Date: accept it and format it back.
  date: z
    .union([z.string(), z.date()])
    .nullish()
    .transform((value) => {
      if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? "invalid" : value.toISOString().slice(0, 10);
      const text = value?.trim() ?? "";
      return text === "" ? null : text;
    })
    .pipe(IsoDate.refine(isRealDate, "expected a real calendar date").nullable()),
  source: optionalText,
  url: optionalText.pipe(
    z
      .string()
      .refine((text) => URL.canParse(text), "expected an absolute URL")
      .nullable(),
  ),
  license: optionalText,
  author: optionalText,
});
type Header = z.infer<typeof Header>;

/** Options of parseDocument. */
export interface ParseOptions {
  /** Title when the document names none and has no first sentence (usually the file name). */
  fallbackTitle: string;
  /** Reject text over this many UTF-8 bytes. */
  maxBytes?: number;
  /** How errors name the document (a path); defaults to fallbackTitle. */
  origin?: string;
  /** Told about what was dropped from the document (a header URL that is not http or https). */
  onWarning?: (message: string) => void;
}

const fail = (
  code: "DOCUMENT_INVALID" | "DOCUMENT_EMPTY" | "DOCUMENT_TOO_LARGE",
  origin: string,
  reason: string,
  cause?: unknown,
) => new BriefbotError(code, `${origin}: ${reason}`, cause === undefined ? {} : { cause });

interface Split {
  fields: Record<string, unknown> | null;
  body: string;
}

function splitFrontMatter(text: string, origin: string): Split | null {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;
  close.lastIndex = 3;
  const end = close.exec(text);
  if (!end) return null;
  const yamlText = text.slice(text.indexOf("\n") + 1, end.index + 1);
  let data: unknown;
  try {
    data = parseYaml(yamlText, { logLevel: "error" }); // untrusted text: no process warnings quoting it
  } catch (error) {
    throw fail(
      "DOCUMENT_INVALID",
      origin,
      `front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`,
      error,
    );
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw fail("DOCUMENT_INVALID", origin, "front matter must be a mapping of key: value");
  }
  // The body starts after the closing line and any blank lines after it.
  let bodyStart = end.index + end[0].length;
  while (text[bodyStart] === "\n") bodyStart++;
  return { fields: (data ?? {}) as Record<string, unknown>, body: text.slice(bodyStart) };
}

function splitHeaderBlock(text: string): Split | null {
  const cut = text.indexOf("\n\n");
  if (cut <= 0) return null;
  const fields: Record<string, unknown> = {};
  let known = 0;
  for (const line of text.slice(0, cut).split("\n")) {
    const match = HEADER_LINE.exec(line);
    if (!match) return null;
    const key = match[1]!.toLowerCase();
    if ((HEADER_KEYS as readonly string[]).includes(key)) {
      known++;
      fields[key] = match[2]!;
    }
  }
  if (known === 0) return null;
  return { fields, body: text.slice(cut + 2) };
}

function splitDatePrefix(text: string): Split | null {
  const match = DATE_PREFIX.exec(text);
  if (!match) return null;
  return { fields: { date: match[1] }, body: text.slice(match[0].length) };
}

/** The first sentence of the body, cut to about 100 characters, as a title of last resort. */
export function firstSentenceTitle(body: string): string | null {
  const head = body.slice(0, 2000).trim();
  if (!head) return null;
  const stop = /[.!?](?=\s|$)|\n/.exec(head);
  let sentence = (stop ? head.slice(0, stop.index + (stop[0] === "\n" ? 0 : 1)) : head)
    .replace(/\s+/g, " ")
    .trim();
  if (sentence.length > 100) {
    const space = sentence.lastIndexOf(" ", 100);
    sentence = `${sentence.slice(0, space > 40 ? space : 100).trimEnd()}…`;
  }
  return sentence || null;
}

/** Hex id of a body: the first 16 hex digits of its SHA-256. */
export const documentId = (body: string): string =>
  createHash("sha256").update(body).digest("hex").slice(0, 16);

/** Parses the text of a document in any of the four layouts; throws DOCUMENT_* errors. */
export function parseDocument(raw: string, options: ParseOptions): SourceDocument {
  const origin = options.origin ?? options.fallbackTitle;
  if (options.maxBytes !== undefined && Buffer.byteLength(raw, "utf8") > options.maxBytes) {
    throw fail("DOCUMENT_TOO_LARGE", origin, `larger than the limit of ${options.maxBytes} bytes`);
  }
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const split = splitFrontMatter(text, origin) ??
    splitHeaderBlock(text) ??
    splitDatePrefix(text) ?? { fields: null, body: text };
  let header: Header = { title: null, date: null, source: null, url: null, license: null, author: null };
  if (split.fields) {
    const parsed = Header.safeParse(split.fields);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "header")))];
      throw fail(
        "DOCUMENT_INVALID",
        origin,
        `invalid header field ${fields.join(", ")}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`,
        parsed.error,
      );
    }
    header = parsed.data;
  }
  if (header.url !== null && parseHttpUrl(header.url) === null) {
    // The URL is the document's citation and becomes a link in chat: javascript:, data:, file: and
    // the like are dropped here, at the one place every document passes, and the caller is told.
    options.onWarning?.(
      `${origin}: header url "${header.url.slice(0, 80)}" dropped: only http and https links are kept`,
    );
    header = { ...header, url: null };
  }
  const body = split.body;
  if (body.trim() === "") throw fail("DOCUMENT_EMPTY", origin, "the document has no text");
  return {
    id: documentId(body),
    title: header.title ?? firstSentenceTitle(body) ?? options.fallbackTitle,
    date: header.date,
    source: header.source,
    url: header.url,
    license: header.license,
    author: header.author,
    body,
  };
}

/** Options of loadDocumentFile. */
export interface LoadOptions {
  /** Size limit in bytes (BRIEFBOT_MAX_DOCUMENT_BYTES); 5 MB when not given. */
  maxBytes?: number;
  /** Told about what was dropped from the document (a header URL that is not http or https). */
  onWarning?: (message: string) => void;
}

const unreadable = (path: string, reason: string, cause: unknown) =>
  new BriefbotError("DOCUMENT_UNREADABLE", `${path}: ${reason}`, { cause });

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return `cannot be read (${code ?? (error as Error | undefined)?.message ?? "unknown error"})`;
}

/**
 * Reads a document file's text within the size limit: UTF-8, or UTF-16 with its byte-order mark.
 * Every error is a BriefbotError naming the file and why (and, for another encoding, the fix).
 * The reads are synchronous on purpose: a document is at most a few megabytes of local disk, and
 * for the many small files of a batch the thread-pool round trip of fs/promises cost more than the
 * read itself.
 */
export async function readDocumentText(path: string, maxBytes: number): Promise<string> {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    throw unreadable(path, reasonOf(error), error);
  }
  if (size > maxBytes) {
    throw new BriefbotError(
      "DOCUMENT_TOO_LARGE",
      `${path}: ${size} bytes is over the limit of ${maxBytes} bytes (BRIEFBOT_MAX_DOCUMENT_BYTES)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw unreadable(path, reasonOf(error), error);
  }
  if (bytes.length > maxBytes) {
    throw new BriefbotError("DOCUMENT_TOO_LARGE", `${path}: over the limit of ${maxBytes} bytes`);
  }
  if (bytes.length === 0) throw new BriefbotError("DOCUMENT_EMPTY", `${path}: the file is empty`);
  return decodeDocumentBytes(bytes, path);
}

/** Reads and parses one document file; every error is a BriefbotError naming the file and why. */
export async function loadDocumentFile(path: string, options: LoadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const text = await readDocumentText(path, maxBytes);
  const name = basename(path, extname(path)) || basename(path);
  return parseDocument(text, {
    fallbackTitle: name,
    origin: path,
    maxBytes,
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
}
