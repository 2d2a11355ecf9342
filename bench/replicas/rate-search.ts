// The search of the replica bench: offer a rising rate of commands until a step fails (answer p99
// over the limit, an error, an unanswered command), then halve the gap between the last rate that
// held and the first that failed a few times. A failed step is tried again (--retries): on a
// shared machine a slow moment fails a step that the system holds, while nothing makes a step
// hold that it cannot, so a rate holds when any of its tries held. Bounded by a number of steps;
// the rates are whole commands a second.

/** What one step at a rate came to. */
export interface StepVerdict {
  held: boolean;
  /** Why it did not hold (for the report). */
  reason?: string;
}

/** Options of findHighestRate. */
export interface SearchOptions {
  /** The first rate offered (commands a second, >= 1). */
  start: number;
  /** Each rate before the first failure is the previous one times this (> 1). */
  growth: number;
  /** How many times the gap between the last held and the first failed rate is halved. */
  refinements: number;
  /** At most this many steps in all (tries again included). */
  maxSteps: number;
  /** How many more times a rate that failed is tried before it counts as failed (default 0). */
  retries?: number;
}

/** One step taken: the rate and what run() answered. */
export type Step<T> = { rate: number; result: T };

/** The steps taken, in order, and the highest rate that held (null: none did). */
export interface SearchResult<T> {
  steps: Step<T>[];
  best: Step<T> | null;
  /** The lowest rate that failed (null: none failed within maxSteps). */
  failed: Step<T> | null;
}

/** Checks the options, naming the first bad one. */
export function checkSearchOptions(options: SearchOptions): void {
  if (!(Number.isFinite(options.start) && options.start >= 1))
    throw new Error(`the start rate must be a number >= 1, got ${options.start}`);
  if (!(Number.isFinite(options.growth) && options.growth > 1))
    throw new Error(`the growth must be a number > 1, got ${options.growth}`);
  if (!(Number.isInteger(options.refinements) && options.refinements >= 0))
    throw new Error(`refinements must be a whole number >= 0, got ${options.refinements}`);
  if (!(Number.isInteger(options.maxSteps) && options.maxSteps >= 1))
    throw new Error(`the step cap must be a whole number >= 1, got ${options.maxSteps}`);
  const retries = options.retries ?? 0;
  if (!(Number.isInteger(retries) && retries >= 0))
    throw new Error(`retries must be a whole number >= 0, got ${retries}`);
}

/** Runs steps at rising rates (see above); `run` offers one rate and judges it. */
export async function findHighestRate<T extends StepVerdict>(
  run: (rate: number) => Promise<T>,
  options: SearchOptions,
): Promise<SearchResult<T>> {
  checkSearchOptions(options);
  const steps: Step<T>[] = [];
  let best: Step<T> | null = null;
  let failed: Step<T> | null = null;
  const take = async (rate: number): Promise<void> => {
    let last: Step<T> | null = null;
    for (let attempt = 0; attempt <= (options.retries ?? 0); attempt++) {
      if (attempt > 0 && steps.length >= options.maxSteps) break;
      const step = { rate, result: await run(rate) };
      steps.push(step);
      if (step.result.held) {
        if (best === null || rate > best.rate) best = step;
        return;
      }
      last = step;
    }
    if (last !== null && (failed === null || rate < failed.rate)) failed = last;
  };
  let rate = Math.round(options.start);
  while (steps.length < options.maxSteps && failed === null) {
    await take(rate);
    // At least one more a second each time, however small the growth.
    rate = Math.max(rate + 1, Math.round(rate * options.growth));
  }
  for (let n = 0; n < options.refinements && steps.length < options.maxSteps; n++) {
    if (failed === null) break;
    const low = (best as Step<T> | null)?.rate ?? 0;
    const high = (failed as Step<T>).rate;
    const middle = Math.round((low + high) / 2);
    // Nothing left between them at whole rates.
    if (middle <= low || middle >= high || middle < 1) break;
    await take(middle);
  }
  return { steps, best, failed };
}
