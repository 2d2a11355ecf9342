// MinHash signatures are stored with each document and compared with later ones: the fast way of
// computing them must give the signature the definition gives (words are runs of letters and
// digits, 4-word shingles, the minimum of each hash function over the distinct shingles).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minhashSignature, SIGNATURE_SIZE, similarity } from "../../src/store/near-duplicate.ts";

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function fmix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The signature by its definition, with strings, a Set and the hash family spelt out. */
function bySpec(text: string): number[] | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 8) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    let hash = 0;
    for (let j = 0; j < 4; j++) hash = fmix(hash ^ fnv(words[i + j]!));
    shingles.add(hash);
  }
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const out: number[] = [];
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const a = next() | 1;
    const b = next();
    let min = 0xffffffff;
    for (const shingle of shingles) min = Math.min(min, (Math.imul(shingle, a) + b) >>> 0);
    out.push(min);
  }
  return out;
}

const pieces = fc.constantFrom(
  "the",
  "Council",
  "met",
  "on",
  "Monday",
  "İstanbul",
  "straße",
  "𝐀𝐁",
  "😀",
  "\uD800",
  "naïve",
  "e\u0301",
  "٣٤",
  "U.S.",
  "-",
  "—",
  " ",
  "\n",
  "2026",
);

describe("near-duplicate signatures", () => {
  it("are what the definition gives, for any text", () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 60 }),
        fc.array(fc.constantFrom(" ", "", ", "), { maxLength: 60 }),
        (words, gaps) => {
          const text = words.map((word, i) => `${word}${gaps[i] ?? " "}`).join("");
          const signature = minhashSignature(text);
          expect(signature === null ? null : [...signature]).toEqual(bySpec(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("find an edited copy similar and another text not", () => {
    const base =
      "The council met on Monday to discuss the harbour works and the new budget for the coming year, said the mayor.";
    const edited = base.replace("Monday", "Tuesday");
    const other =
      "Floods hit the valley overnight and rescue teams worked until dawn to reach the villages cut off by water.";
    expect(similarity(minhashSignature(base)!, minhashSignature(edited)!)).toBeGreaterThan(0.5);
    expect(similarity(minhashSignature(base)!, minhashSignature(other)!)).toBeLessThan(0.2);
  });
});
