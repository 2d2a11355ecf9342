// Fetches a URL for ingest with the limits a bot reading links from chat needs: a timeout, a size
// cap, a redirect limit (each hop checked again), a content-type check, and no private or loopback
// addresses unless allowed. The address check runs in the socket's own DNS lookup, so a name that
// resolves differently on the second lookup (DNS rebinding) is still refused.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { BriefbotError } from "../core/errors.ts";

/** Limits and policy of one fetch. */
export interface FetchOptions {
  /** Reach private, loopback and link-local addresses (BRIEFBOT_ALLOW_PRIVATE_URLS=1). */
  allowPrivate?: boolean;
  /** Largest body in bytes, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Whole request, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
}

/** What a fetch returns. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  /** The media type, lower case, without parameters ("text/html"). */
  contentType: string;
  text: string;
}

/** Media types ingest reads: web pages, feeds and plain text. */
export const ACCEPTED_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "text/plain",
  "text/markdown",
];

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv6");
}

/** True for private, loopback, link-local, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return BLOCKED.check(mapped[1]!, "ipv4");
    return BLOCKED.check(address, "ipv6");
  }
  return true;
}

const refused = (url: string, why: string) =>
  new BriefbotError("FETCH_REFUSED", `${url}: ${why} (set BRIEFBOT_ALLOW_PRIVATE_URLS=1 to allow)`);

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A DNS lookup that fails for private addresses: used by the socket itself. */
function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const bad = addresses.find((entry) => isPrivateAddress(entry.address));
    if (bad) {
      const refusal = Object.assign(new Error(`${hostname} resolves to the private address ${bad.address}`), {
        code: "EPRIVATE",
      });
      return callback(refusal, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

function charsetOf(contentType: string): string {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase() ?? "utf-8";
}

/** GETs a URL under FetchOptions; errors are FETCH_REFUSED, FETCH_FAILED or DOCUMENT_TOO_LARGE. */
export async function safeFetch(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let url: URL;
  try {
    url = new URL(address);
  } catch (error) {
    throw new BriefbotError("INPUT_INVALID", `${address}: not a valid URL`, { cause: error });
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new BriefbotError("FETCH_REFUSED", `${url.href}: only http and https links can be read`);
    }
    // "localhost." is localhost too: the trailing dot only makes the name absolute.
    const host = url.hostname
      .replace(/^\[|\]$/g, "")
      .replace(/\.$/, "")
      .toLowerCase();
    if (!options.allowPrivate && (host === "localhost" || host.endsWith(".localhost"))) {
      throw refused(url.href, "loopback addresses are not fetched");
    }
    if (!options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
      throw refused(url.href, `${host} is a private or loopback address`);
    }
    const response = await request(url, options.allowPrivate === true, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= maxRedirects) {
        throw new BriefbotError("FETCH_FAILED", `${address}: more than ${maxRedirects} redirects`);
      }
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new BriefbotError("FETCH_FAILED", `${url.href}: the server answered HTTP ${status}`);
    }
    const contentType = String(response.headers["content-type"] ?? "");
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES.includes(mediaType)) {
      response.resume();
      throw new BriefbotError(
        "FETCH_FAILED",
        `${url.href}: content type "${mediaType || "none"}" is not a web page, feed or text`,
      );
    }
    const length = Number(response.headers["content-length"] ?? Number.NaN);
    if (length > maxBytes) {
      response.destroy();
      throw new BriefbotError(
        "DOCUMENT_TOO_LARGE",
        `${url.href}: ${length} bytes is over the limit of ${maxBytes}`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = await readCapped(decoded(response), maxBytes, deadline, url.href);
    } finally {
      // Over the cap or timed out: stop the download too, not only the decoder reading it.
      response.destroy();
    }
    let text: string;
    try {
      text = new TextDecoder(charsetOf(contentType)).decode(bytes);
    } catch {
      text = new TextDecoder("utf-8").decode(bytes);
    }
    return { url: url.href, contentType: mediaType, text };
  }
}

function request(url: URL, allowPrivate: boolean, deadline: number): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new BriefbotError("FETCH_FAILED", `${url.href}: timed out`));
    const req = client.request(
      url,
      {
        method: "GET",
        headers: {
          "user-agent": "briefbot/0.1 (+ingest)",
          accept:
            "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml;q=0.9, */*;q=0.5",
          "accept-encoding": "gzip, deflate, br",
        },
        ...(allowPrivate ? {} : { lookup: guardedLookup as unknown as typeof dnsLookup }),
      },
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new BriefbotError("FETCH_FAILED", `${url.href}: timed out`));
    }, remaining);
    req.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error instanceof BriefbotError) return reject(error);
      if (error.code === "EPRIVATE") return reject(refused(url.href, error.message));
      reject(
        new BriefbotError("FETCH_FAILED", `${url.href}: ${error.code ?? error.message}`, { cause: error }),
      );
    });
    req.end();
  });
}

function readCapped(stream: Readable, maxBytes: number, deadline: number, href: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () => stream.destroy(new BriefbotError("FETCH_FAILED", `${href}: timed out`)),
      Math.max(0, deadline - Date.now()),
    );
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy(
          new BriefbotError("DOCUMENT_TOO_LARGE", `${href}: over the limit of ${maxBytes} bytes`),
        );
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", (error) => {
      clearTimeout(timer);
      reject(
        error instanceof BriefbotError
          ? error
          : new BriefbotError("FETCH_FAILED", `${href}: ${error.message}`, { cause: error }),
      );
    });
  });
}
