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

/** FNV-1a over a string, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

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
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE * 2) return null;
  const shingles = new Set<number>();
  // Each word is hashed once; a shingle's hash mixes its words' hashes (no string joins).
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = fnv1a(words[i]!);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0;
    for (let j = 0; j < SHINGLE; j++) hash = mix(hash ^ hashes[i + j]!);
    shingles.add(hash);
  }
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = (Math.imul(shingle, MULTIPLIERS[k]!) + OFFSETS[k]!) >>> 0;
      if (value < signature[k]!) signature[k] = value;
    }
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
