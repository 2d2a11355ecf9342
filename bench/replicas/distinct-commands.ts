// The commands of the replica bench (bench/replicas.ts): the load mix of the load runs (briefs of
// the whole store and of a region, quote searches, profiles) varied so that no command comes back
// until thousands of others have passed. Each replica's read cache keeps its last 256 answers, so
// every command misses it and costs the replica its full work, whichever replica gets it: the
// rate measured is the rate of distinct commands. /topics is left out: it has one form only.

/** What the commands ask about, read from the store (see the bench). */
export interface BenchVocabulary {
  /** Actor names (none holding a double quote: they are quoted in the command text). */
  names: readonly string[];
  /** Words to search quotes for. */
  words: readonly string[];
  /** The topic of the whole store. */
  world: string;
  /** The smaller topics (regions). */
  regions: readonly string[];
}

/** The read cache of one replica keeps this many answers (src/store/{sqlite,postgres}/read-cache.ts). */
export const READ_CACHE_ENTRIES = 256;

/** The first `since` window of the briefs, in days: older than every bench document, so the work is the whole topic. */
const FIRST_DAYS = 60;
/** The longest `since` window /brief accepts, in days (100 years). */
const LAST_DAYS = 36_525;
/** Quote limits cycle over LIMITS values from FIRST_LIMIT (the default answer shows 8). */
const FIRST_LIMIT = 5;
const LIMITS = 20;

export interface BenchCommand {
  name: string;
  text: string;
}

/** Which kind each of ten consecutive commands is, as in the load workload (without /topics). */
const SLOTS = [
  "brief-world",
  "brief-region",
  "brief-region",
  "quote",
  "quote",
  "quote",
  "who",
  "who",
  "quote-speaker",
  "brief-region",
] as const;
type Kind = (typeof SLOTS)[number];

/** How many of every ten commands are of `kind`, and which of them the i-th is. */
function kindIndex(i: number): { kind: Kind; k: number } {
  const slot = i % SLOTS.length;
  const kind = SLOTS[slot] as Kind;
  const perTen = SLOTS.filter((other) => other === kind).length;
  const before = SLOTS.slice(0, slot).filter((other) => other === kind).length;
  return { kind, k: perTen * Math.floor(i / SLOTS.length) + before };
}

const check = (vocab: BenchVocabulary): void => {
  if (vocab.names.length === 0)
    throw new Error("the bench vocabulary has no actor names: is the store empty?");
  if (vocab.words.length === 0) throw new Error("the bench vocabulary has no words");
  if (vocab.regions.length === 0) throw new Error("the bench vocabulary has no region topics");
  const quoted = vocab.names.find((name) => name.includes('"'));
  if (quoted !== undefined)
    throw new Error(`the bench vocabulary's name ${JSON.stringify(quoted)} holds a "`);
};

/**
 * The i-th command. Each kind walks all combinations of its parameters before it repeats one
 * (mixed radix over the kind's own counter), so command i and command j are equal only when
 * |i - j| is a multiple of a kind's whole cycle (see repeatGap).
 */
export function distinctCommand(i: number, vocab: BenchVocabulary): BenchCommand {
  check(vocab);
  const { kind, k } = kindIndex(i);
  const { names, words, regions, world } = vocab;
  // Quote and profile filters: no topic, the whole store, or one region.
  const filters = [undefined, world, ...regions];
  const days = (n: number) => FIRST_DAYS + (n % (LAST_DAYS - FIRST_DAYS + 1));
  switch (kind) {
    case "brief-world":
      return { name: "brief", text: `${world} ${days(k)}d` };
    case "brief-region": {
      const region = regions[k % regions.length] as string;
      return { name: "brief", text: `${region} ${days(Math.floor(k / regions.length))}d` };
    }
    case "quote": {
      const word = words[k % words.length] as string;
      const rest = Math.floor(k / words.length);
      const topic = filters[rest % filters.length];
      const limit = FIRST_LIMIT + (Math.floor(rest / filters.length) % LIMITS);
      return { name: "quote", text: `${word}${topic ? ` topic:${topic}` : ""} limit:${limit}` };
    }
    case "who": {
      const name = names[k % names.length] as string;
      const topic = filters[Math.floor(k / names.length) % filters.length];
      return { name: "who", text: `"${name}"${topic ? ` topic:${topic}` : ""}` };
    }
    case "quote-speaker": {
      const word = words[k % words.length] as string;
      const speaker = names[Math.floor(k / words.length) % names.length] as string;
      return { name: "quote", text: `${word} speaker:"${speaker}"` };
    }
  }
}

/**
 * The fewest commands between two equal ones (a lower bound). A kind of which `perTen` of every
 * ten commands are repeats after its cycle of C parameter combinations: its counter k comes back
 * to the same value after C steps, at least 10 * floor(C / perTen) - 9 commands later (the kind's
 * slots within the ten are at most 9 apart).
 */
export function repeatGap(vocab: BenchVocabulary): number {
  check(vocab);
  const filters = 2 + vocab.regions.length;
  const cycles: Record<Kind, number> = {
    "brief-world": LAST_DAYS - FIRST_DAYS + 1,
    "brief-region": vocab.regions.length * (LAST_DAYS - FIRST_DAYS + 1),
    quote: vocab.words.length * filters * LIMITS,
    who: vocab.names.length * filters,
    "quote-speaker": vocab.words.length * vocab.names.length,
  };
  return Math.min(
    ...SLOTS.map((kind) => {
      const perTen = SLOTS.filter((other) => other === kind).length;
      return SLOTS.length * Math.floor(cycles[kind] / perTen) - (SLOTS.length - 1);
    }),
  );
}
