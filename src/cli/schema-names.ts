// The outputs `briefbot schema <name>` publishes (kept apart so `briefbot help` need not load zod).

/** Every command whose --json output has a published schema. */
export const SCHEMA_NAMES = [
  "extract",
  "brief",
  "quote",
  "who",
  "topics",
  "ingest",
  "digest",
  "docs",
  "rematch",
] as const;
/** One of SCHEMA_NAMES. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];
