// The one retry loop of briefbot: digest posts, Slack thread messages and response_url answers all
// retry through it. Pure: the caller passes `sleep` (tests pass one that records and returns at
// once), so no test waits on a wall clock.

/** How many attempts and how long to wait between them. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  baseMs: number;
  /** The longest wait, whatever the backoff or the platform's Retry-After says. */
  maxMs: number;
}

/** What `retry` needs besides the work. */
export interface RetryOptions {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Whether this failure is worth another attempt (default: every failure is). */
  retryable?: (error: unknown) => boolean;
  /** The wait the platform asked for (Retry-After), if any: the backoff never waits less. */
  retryAfterMs?: (error: unknown) => number | undefined;
  /** Called before each wait, for the log. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** The wait after failed attempt `attempt` (1-based): baseMs doubling, at least `hintMs`, at most maxMs. */
export function backoffMs(policy: RetryPolicy, attempt: number, hintMs = 0): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.max(0, Math.min(policy.maxMs, Math.max(hintMs, exponential)));
}

/**
 * Runs `work(attempt)` until it resolves, a failure is not retryable, or the attempts are used up;
 * then the last failure is thrown as it was.
 */
export async function retry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.policy.attempts));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= attempts || (options.retryable && !options.retryable(error))) throw error;
      const delayMs = backoffMs(options.policy, attempt, options.retryAfterMs?.(error) ?? 0);
      options.onRetry?.({ attempt, delayMs, error });
      await options.sleep(delayMs);
    }
  }
}
