// Near-duplicate detection with MinHash over word 4-shingles, banded for lookup (LSH). The same
// wire story syndicated with small edits shares most shingles; different stories share few.

/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** Rows per band: 16 bands of 4 make pairs at Jaccard 0.7 candidates ~99% of the time. */
const ROWS = 4;
/** Estimated Jaccard similarity at or above which a document is a near-duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

const SHINGLE = 4;

// Fixed odd multipliers and offsets (from a linear congruential sequence), so signatures are
// stable across runs and machines. x -> a*x + b (mod 2^32) with odd a is a permutation of the
// 32-bit values: one hash function of the MinHash family.
const MULTIPLIERS = new Uint32Array(SIGNATURE_SIZE);
const OFFSETS = new Uint32Array(SIGNATURE_SIZE);
{
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Whether a code point is a letter or a digit (\p{L} or \p{N}); non-ASCII answers are kept. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();
function isWordChar(codePoint: number): boolean {
  if (codePoint < 128) {
    return (
      (codePoint >= 97 && codePoint <= 122) ||
      (codePoint >= 48 && codePoint <= 57) ||
      (codePoint >= 65 && codePoint <= 90)
    );
  }
  let known = wordCharCache.get(codePoint);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint));
    // Code points are finitely many, but a hostile text could hold very many distinct ones.
    if (wordCharCache.size > 50_000) wordCharCache.clear();
    wordCharCache.set(codePoint, known);
  }
  return known;
}

/**
 * FNV-1a (32 bits, over UTF-16 code units) of each word of a text: the runs of letters and digits,
 * as /[\p{L}\p{N}]+/gu finds them, hashed as they are read instead of cut out as strings first.
 */
function wordHashes(text: string): Uint32Array {
  let out: Uint32Array<ArrayBuffer> = new Uint32Array(256);
  let count = 0;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const units = codePoint > 0xffff ? 2 : 1;
    if (isWordChar(codePoint)) {
      for (let u = 0; u < units; u++) {
        hash ^= text.charCodeAt(i + u);
        hash = Math.imul(hash, FNV_PRIME);
      }
      inWord = true;
    } else if (inWord) {
      if (count === out.length) out = grow(out);
      out[count++] = hash >>> 0;
      hash = FNV_OFFSET;
      inWord = false;
    }
    i += units;
  }
  if (inWord) {
    if (count === out.length) out = grow(out);
    out[count++] = hash >>> 0;
  }
  return out.subarray(0, count);
}

const grow = (array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
};

/** Final mix (murmur3 fmix32), so that multiplied hashes spread over all bits. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature of a text; null when it has too few words to compare. */
export function minhashSignature(text: string): Uint32Array | null {
  const hashes = wordHashes(text.toLowerCase());
  if (hashes.length < SHINGLE * 2) return null;
  // The distinct shingle hashes, sorted in a typed array (a Set of numbers above 2^31 boxes each).
  const all = new Uint32Array(hashes.length - SHINGLE + 1);
  for (let i = 0; i < all.length; i++) {
    let hash = 0;
    for (let j = 0; j < SHINGLE; j++) hash = mix(hash ^ hashes[i + j]!);
    all[i] = hash;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  const shingles = all.subarray(0, distinct);
  // One hash function at a time over every shingle: the minimum is the same in any order.
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const multiplier = MULTIPLIERS[k]!;
    const offset = OFFSETS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const value = (Math.imul(shingles[i]!, multiplier) + offset) >>> 0;
      if (value < min) min = value;
    }
    signature[k] = min;
  }
  return signature;
}

/** The band keys of a signature: one integer per band, band index folded in. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band * ROWS < signature.length; band++) {
    let hash = mix(band + 1);
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ signature[band * ROWS + row]!);
    // Signed 32 bits fit SQLite's INTEGER exactly.
    keys.push(hash | 0);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A signature as stored (little-endian bytes) and back. */
export const signatureToBuffer = (signature: Uint32Array): Buffer =>
  Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);

export const signatureFromBuffer = (buffer: Buffer): Uint32Array => {
  const copy = new Uint8Array(buffer.length);
  copy.set(buffer);
  return new Uint32Array(copy.buffer);
};
