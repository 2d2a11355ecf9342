// Discord signs every HTTP interaction with the application's Ed25519 key: X-Signature-Ed25519 is
// the hex signature of X-Signature-Timestamp followed by the raw body. The check runs on the raw
// bytes before anything parses them, with node:crypto alone. Discord sends a fresh timestamp; an
// old or future one is refused, so that a captured request cannot be replayed later.
import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** The DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** How far a request's timestamp may be from our clock, either way. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

/** The public key object for Discord's 64-hex-character application public key. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error("a Discord public key is 64 hexadecimal characters (32 bytes)");
  }
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]);
  return createPublicKey({ key: der, format: "der", type: "spki" });
}

/** What the check found: ok, or why the request is refused (for the log, never for the caller). */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks a request's signature headers against its raw body at `nowMs`. */
export function checkSignature(
  key: KeyObject,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: Buffer,
  nowMs: number,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: "signature headers missing" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "timestamp is not a number of seconds" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return { ok: false, reason: "timestamp too old or in the future" };
  }
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: "signature is not 64 hex bytes" };
  const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
  const valid = verify(null, signed, key, Buffer.from(signature, "hex"));
  return valid ? { ok: true } : { ok: false, reason: "bad signature" };
}
