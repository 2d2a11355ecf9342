// Which days of a window can hold the best key point candidates of a topic brief, so that the
// store reads the points of a few days instead of every point of the window. A candidate scores
//   weight / (1 + age in days / half-life)     (the store's preselection, as recencyWeight)
// with weight at most MAX_KEY_POINT_WEIGHT. Read first the newest days that hold enough
// documents; the lowest score among the best candidates found there is a floor for the window's
// best; an older day whose best possible score is below that floor can hold none of them.
// Pure: the clock is passed in.
import type { CoverageDay } from "./topic-brief.ts";

/** The highest weight keyPointWeight gives (half relative score, half rank: each at most 1/2). */
export const MAX_KEY_POINT_WEIGHT = 1;

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The first day of the newest days of `coverage` (documents per day, any order) that hold at
 * least `documents` documents together, or null when the whole window holds fewer.
 */
export function newestDaysHolding(coverage: readonly CoverageDay[], documents: number): string | null {
  const days = [...coverage].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let held = 0;
  for (const day of days) {
    held += day.documents;
    if (held >= documents) return day.date;
  }
  return null;
}

/**
 * The oldest day whose key points may still score `floor` or more on `today` (YYYY-MM-DD) with
 * `halfLife` days: every point of an older day scores below the floor. One day of margin, so
 * that rounding never drops a day that could reach it. Null when every day may (floor <= 0).
 * A floor of the highest score there is (a point of full weight on today or a later day) is
 * reached by no day older than `floorDay`, the day of the candidate that set it: at best they
 * tie, and ties go to the newer day.
 */
export function oldestDayReaching(
  floor: number,
  today: string,
  halfLife: number,
  floorDay: string,
): string | null {
  if (!(floor > 0) || !Number.isFinite(floor)) return null;
  if (floor >= MAX_KEY_POINT_WEIGHT) return floorDay;
  // MAX / (1 + age / halfLife) >= floor  <=>  age <= halfLife * (MAX / floor - 1)
  const age = halfLife * (MAX_KEY_POINT_WEIGHT / floor - 1);
  if (!Number.isFinite(age)) return null;
  return dayOf(dayNumber(today) - Math.max(0, Math.ceil(age)) - 1);
}
