// The order in which a replica claims its due batches. Replicas that share a ledger each start at a
// random batch and walk forward. A batch that comes back entirely taken means this replica has
// caught up with another one walking the same way; following it batch by batch would have every
// replica try every batch (three times the statements with three replicas). Instead the replica
// asks which of its remaining batches another has begun, drops those, and jumps to the middle of
// the longest run nobody has begun, so the replicas split what is left by halves.

/** What one batch's claim found. */
export type BatchClaim = "claimed" | "taken";

export interface SweepSteps<T> {
  /** Claims (and delivers) one batch: "taken" when every slot in it was already someone's. */
  claim(batch: readonly T[]): Promise<BatchClaim>;
  /** For each batch's first item, whether some replica has claimed it already. */
  begun(firsts: readonly T[]): Promise<readonly boolean[]>;
}

/**
 * Claims every batch once, or leaves it to the replica that began it, starting at `start`.
 * A batch left that way is not lost: a slot nobody claimed is still due at the next tick.
 */
export async function sweepBatches<T>(
  batches: ReadonlyArray<readonly T[]>,
  start: number,
  steps: SweepSteps<T>,
): Promise<void> {
  const n = batches.length;
  const left = batches.map((batch) => batch.length > 0);
  let remaining = left.filter(Boolean).length;
  let at = n > 0 ? ((start % n) + n) % n : 0;
  while (remaining > 0) {
    while (!left[at]) at = (at + 1) % n;
    left[at] = false;
    remaining--;
    const found = await steps.claim(batches[at]!);
    if (found === "claimed" || remaining === 0) {
      at = (at + 1) % n;
      continue;
    }
    const open = left.flatMap((isLeft, index) => (isLeft ? [index] : []));
    const begun = await steps.begun(open.map((index) => batches[index]![0]!));
    open.forEach((index, i) => {
      if (begun[i]) {
        left[index] = false;
        remaining--;
      }
    });
    if (remaining > 0) at = middleOfLongestRun(left);
  }
}

/** The middle index of the longest run of `true` in a circular array (one true at least). */
export function middleOfLongestRun(flags: readonly boolean[]): number {
  const n = flags.length;
  // Start just after a false one, so that no run is cut in two by the array's end.
  const firstFalse = flags.indexOf(false);
  if (firstFalse === -1) return 0;
  let bestStart = 0;
  let bestLength = 0;
  let runStart = 0;
  let runLength = 0;
  for (let step = 1; step <= n; step++) {
    const index = (firstFalse + step) % n;
    if (flags[index]) {
      if (runLength === 0) runStart = index;
      runLength++;
      if (runLength > bestLength) {
        bestLength = runLength;
        bestStart = runStart;
      }
    } else runLength = 0;
  }
  return (bestStart + Math.floor(bestLength / 2)) % n;
}
