// The id ranges quote search reads, newest first (migration 7 puts the buckets in quotes.search):
// each range is twice the one before (4,096 ids, then 8,192, ...), written as an OR of the
// fewest aligned buckets (2^12, 2^16 or 2^20 ids each) that cover it, as tsquery text whose
// lexemes are never normalised (it is cast, not parsed). With them a search reads the rows of the
// newest ranges until it has enough matches, instead of every matching row.

const LEVELS = [
  { level: 3, size: 2 ** 20 },
  { level: 2, size: 2 ** 16 },
  { level: 1, size: 2 ** 12 },
] as const;
const FIRST_RANGE = 2 ** 12;

/** One range of ids, [from, below), and the OR of the buckets that cover it. */
export interface RecencyRange {
  from: number;
  below: number;
  buckets: string;
}

/** The ranges, newest first, covering ids 0..maxId. */
export function recencyRanges(maxId: number): RecencyRange[] {
  const ranges: RecencyRange[] = [];
  // Exclusive upper end, aligned to the smallest bucket.
  let top = (Math.floor(Math.max(0, maxId) / FIRST_RANGE) + 1) * FIRST_RANGE;
  for (let span = FIRST_RANGE; top > 0; span *= 2) {
    const bottom = Math.max(0, top - span);
    const buckets: string[] = [];
    for (let at = top; at > bottom; ) {
      // The largest bucket that ends at `at` and stays inside the range (the smallest always does).
      const { level, size } = LEVELS.find(({ size }) => at % size === 0 && at - size >= bottom) ?? LEVELS[2];
      buckets.push(`'~${level}.${(at - size) / size}'`);
      at -= size;
    }
    ranges.push({ from: bottom, below: top, buckets: buckets.join(" | ") });
    top = bottom;
  }
  return ranges;
}
