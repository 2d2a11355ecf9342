// Opens the SQLite database: checks the path first (a folder that cannot exist, a file that is not a
// database), then WAL, foreign keys, the busy timeout and the migrations. Every failure is a
// STORE_FAILED naming the path.
import { closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { BriefbotError } from "../../core/errors.ts";
import { BUSY_TIMEOUT_MS } from "./errors.ts";
import { migrate } from "./migrate.ts";

/** The first 16 bytes of every SQLite database file. */
const HEADER = "SQLite format 3\u0000";

const failed = (path: string, reason: string, cause?: unknown): BriefbotError =>
  new BriefbotError(
    "STORE_FAILED",
    `cannot open the database ${path} (BRIEFBOT_DB): ${reason}`,
    cause === undefined ? {} : { cause },
  );

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is a file, not a folder";
  if (code === "EROFS") return "the file system is read-only";
  return error instanceof Error ? error.message : String(error);
};

/**
 * Creates the missing folders of `path` one level at a time. Not `mkdirSync(..., { recursive })`:
 * Node's recursive mkdir never returns under /proc (it retries ENOENT forever at full CPU).
 */
function makeFolders(path: string): void {
  const missing: string[] = [];
  let folder = resolve(dirname(path));
  for (;;) {
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(folder);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== "ENOENT") throw failed(path, reasonOf(error), error);
    }
    if (stats) {
      if (!stats.isDirectory()) throw failed(path, `${folder} is a file, not a folder`);
      break;
    }
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const item of missing) {
    try {
      mkdirSync(item);
    } catch (error) {
      if ((error as { code?: unknown }).code === "EEXIST") continue;
      throw failed(path, `cannot create the folder ${item}: ${reasonOf(error)}`, error);
    }
  }
}

/** Refuses an existing path that is a folder or a non-empty file other than a SQLite database. */
function checkExisting(path: string): void {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return;
    throw failed(path, reasonOf(error), error);
  }
  if (stats.isDirectory()) throw failed(path, "it is a folder; give a file name such as data/briefbot.db");
  if (!stats.isFile()) throw failed(path, "it is not a regular file");
  if (stats.size === 0) return;
  const header = Buffer.alloc(HEADER.length);
  let read = 0;
  try {
    const fd = openSync(path, "r");
    try {
      read = readSync(fd, header, 0, HEADER.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw failed(path, reasonOf(error), error);
  }
  if (read < HEADER.length || header.toString("latin1") !== HEADER) {
    throw failed(path, "the file exists and is not a SQLite database; it was left untouched");
  }
}

/** Opens (creating the folder and file) and migrates the database at `path` (":memory:" allowed). */
export function openSqliteDatabase(path: string): Database.Database {
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory) {
    checkExisting(path);
    makeFolders(path);
  }
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw failed(path, reasonOf(error), error);
  }
  try {
    // The busy timeout first: switching to WAL takes a lock that a concurrent open may hold.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    // Durable across a process crash in WAL mode; a power cut may lose the last commits.
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof BriefbotError) throw error;
    throw new BriefbotError("STORE_FAILED", `cannot prepare the database ${path}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  return db;
}
