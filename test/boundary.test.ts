// DESIGN.md rules 1 and 4, read off the import statements (and, for the store, the code) of every
// production .ts file: src/, commands/, scripts/ and bench/. Tests are not scanned: SQLite's own
// tests and the fault-injection tests open the database file directly on purpose.
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCANNED = ["src", "commands", "scripts", "bench"];

/** Every specifier imported, re-exported, dynamically imported or required in `source`. */
/** `source` without its comments (which may mention imports, SQL or classes without using them). */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

function importsOf(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^"'`;()]*?\bfrom\s*["']([^"']+)["']/g,
    /\bexport\s+(?:type\s+)?[^"'`;()]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g,
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

const tsFiles = (dir: string): string[] => {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
};

interface Import {
  file: string;
  specifier: string;
  /** The imported file relative to the root, for relative specifiers; the package name otherwise. */
  target: string;
}

const packageName = (specifier: string): string => {
  const bare = specifier.replace(/^node:/, "");
  const parts = bare.split("/");
  return bare.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
};

const allImports = (): Import[] =>
  SCANNED.flatMap((dir) => tsFiles(join(ROOT, dir))).flatMap((path) => {
    const file = relative(ROOT, path).split("\\").join("/");
    return importsOf(readFileSync(path, "utf8")).map((specifier) => ({
      file,
      specifier,
      target: specifier.startsWith(".")
        ? relative(ROOT, resolve(dirname(path), specifier))
            .split("\\")
            .join("/")
        : packageName(specifier),
    }));
  });

const FORBIDDEN_IN_CORE_DIRS = [
  "src/store",
  "src/ingest",
  "src/adapters",
  "src/scheduler",
  "src/cli",
  "commands",
];
const FORBIDDEN_IN_CORE_PACKAGES = new Set([
  // Platform libraries and database drivers.
  "@slack",
  "discord.js",
  "node-cron",
  "better-sqlite3",
  "pg",
  "pino",
  // The file system, processes and the network.
  "fs",
  "child_process",
  "worker_threads",
  "http",
  "https",
  "http2",
  "net",
  "tls",
  "dgram",
  "dns",
  "undici",
  "ws",
  "@mozilla/readability",
  "linkedom",
  "@rowanmanning/feed-parser",
]);

/** Rule 1: what src/core may not import. */
function coreViolations(imports: readonly Import[]): Import[] {
  return imports.filter((entry) => {
    if (!entry.file.startsWith("src/core/")) return false;
    if (entry.specifier.startsWith(".")) {
      return FORBIDDEN_IN_CORE_DIRS.some((dir) => entry.target === dir || entry.target.startsWith(`${dir}/`));
    }
    const name = entry.target.startsWith("@slack/") ? "@slack" : entry.target;
    return (
      FORBIDDEN_IN_CORE_PACKAGES.has(name) || FORBIDDEN_IN_CORE_PACKAGES.has(name.split("/")[0] as string)
    );
  });
}

/** Rule 4: each library only where it belongs. */
const OWNED: Array<{
  library: (name: string) => boolean;
  label: string;
  allowed: (file: string) => boolean;
}> = [
  {
    label: "better-sqlite3",
    library: (n) => n === "better-sqlite3",
    allowed: (f) => f.startsWith("src/store/sqlite/"),
  },
  {
    label: "pg",
    library: (n) => n === "pg" || n.startsWith("pg-"),
    allowed: (f) => f.startsWith("src/store/postgres/"),
  },
  {
    label: "@slack/*",
    library: (n) => n.startsWith("@slack/"),
    allowed: (f) => f.startsWith("src/adapters/slack/"),
  },
  {
    label: "discord.js",
    library: (n) => n === "discord.js" || n.startsWith("@discordjs/"),
    allowed: (f) => f.startsWith("src/adapters/discord/"),
  },
  // node-cron is the scheduler's clock; croner reads schedules for the slot maths, in one core file.
  {
    label: "node-cron",
    library: (n) => n === "node-cron",
    allowed: (f) => f.startsWith("src/scheduler/"),
  },
  {
    label: "croner",
    library: (n) => n === "croner",
    allowed: (f) => f === "src/core/digest/cron.ts",
  },
];

function libraryViolations(imports: readonly Import[]): string[] {
  return imports.flatMap((entry) =>
    entry.specifier.startsWith(".")
      ? []
      : OWNED.filter((rule) => rule.library(entry.target) && !rule.allowed(entry.file)).map(
          (rule) => `${entry.file} imports ${rule.label}`,
        ),
  );
}

describe("the import scanner", () => {
  it("finds every form of import", () => {
    const source = [
      'import a from "one";',
      'import type { B } from "two";',
      'import {\n  c,\n  d,\n} from "three";',
      'export { e } from "four";',
      'import "five";',
      'const f = await import("six");',
      'const g = require("seven");',
      '// import x from "commented";',
      '/* import y from "block"; */',
    ].join("\n");
    expect(importsOf(source)).toEqual(
      expect.arrayContaining(["one", "two", "three", "four", "five", "six", "seven"]),
    );
    expect(importsOf(source)).not.toContain("commented");
    expect(importsOf(source)).not.toContain("block");
  });
  it("flags a core file that reaches into the store, the file system or a platform library", () => {
    const bad: Import[] = [
      { file: "src/core/x.ts", specifier: "../store/sqlite-store.ts", target: "src/store/sqlite/store.ts" },
      { file: "src/core/x.ts", specifier: "node:fs/promises", target: "fs" },
      { file: "src/core/x.ts", specifier: "@slack/bolt", target: "@slack/bolt" },
      { file: "src/core/x.ts", specifier: "./text/sentences.ts", target: "src/core/text/sentences.ts" },
    ];
    expect(coreViolations(bad).map((entry) => entry.specifier)).toEqual([
      "../store/sqlite-store.ts",
      "node:fs/promises",
      "@slack/bolt",
    ]);
    expect(
      libraryViolations([
        { file: "src/main.ts", specifier: "croner", target: "croner" },
        { file: "src/scheduler/start-scheduler.ts", specifier: "croner", target: "croner" },
        { file: "src/core/digest/cron.ts", specifier: "croner", target: "croner" },
        { file: "src/core/digest/slots.ts", specifier: "node-cron", target: "node-cron" },
        { file: "src/scheduler/start-scheduler.ts", specifier: "node-cron", target: "node-cron" },
      ]),
    ).toEqual([
      "src/main.ts imports croner",
      "src/scheduler/start-scheduler.ts imports croner",
      "src/core/digest/slots.ts imports node-cron",
    ]);
  });
});

describe("DESIGN.md rules on the real tree", () => {
  const imports = allImports();

  it("scans the tree", () => {
    expect(imports.some((entry) => entry.file.startsWith("src/core/"))).toBe(true);
  });

  it("rule 1: src/core is pure", () => {
    expect(coreViolations(imports).map((entry) => `${entry.file} imports ${entry.specifier}`)).toEqual([]);
  });

  it("rule 4: each platform library and the database driver stay in their own folder", () => {
    expect(libraryViolations(imports)).toEqual([]);
  });
});

// Rule 4, the store: no SQL outside src/store/, and nothing reaches past the ports (no `instanceof`
// of a store class, no `.db` handle) outside it.
const SQL =
  /\b(?:SELECT\s[^;]*?\bFROM\s|INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER)\s|DROP\s+(?:TABLE|INDEX)\s|ALTER\s+TABLE\s|PRAGMA\s+\w|BEGIN\s+(?:IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION)\b)/;
const DRIVER_CALL = /\.(?:prepare|pragma)\s*\(/;
const DB_HANDLE = /[\w)\]]\??\.db\b(?![\w"'`])/;

/** The classes src/store exports (a caller that tests for one reaches past the ports). */
const storeClasses = (): string[] =>
  tsFiles(join(ROOT, "src/store")).flatMap((path) =>
    [...readFileSync(path, "utf8").matchAll(/\bexport\s+(?:abstract\s+)?class\s+(\w+)/g)].map(
      (match) => match[1] as string,
    ),
  );

/** What a file outside src/store does that only the store may: SQL, driver calls, `.db`, `instanceof` a store class. */
function storeViolations(file: string, source: string, classes: readonly string[]): string[] {
  if (file.startsWith("src/store/")) return [];
  const code = withoutComments(source);
  const found: string[] = [];
  const lineOf = (index: number) => code.slice(0, index).split("\n").length;
  const sql = SQL.exec(code);
  if (sql) found.push(`${file}:${lineOf(sql.index)} has SQL (${sql[0].trim()})`);
  const call = DRIVER_CALL.exec(code);
  if (call) found.push(`${file}:${lineOf(call.index)} calls the database driver (${call[0]})`);
  const handle = DB_HANDLE.exec(code);
  if (handle) found.push(`${file}:${lineOf(handle.index)} reaches for a database handle (.db)`);
  for (const name of classes) {
    const test = new RegExp(`\\binstanceof\\s+${name}\\b`).exec(code);
    if (test) found.push(`${file}:${lineOf(test.index)} tests instanceof ${name}`);
  }
  return found;
}

describe("the store boundary scanner", () => {
  it("flags SQL, driver calls, a .db handle and instanceof a store class outside src/store", () => {
    const bad = [
      'const n = db.prepare("SELECT count(*) AS n FROM quotes").get();',
      "handle.exec(`BEGIN IMMEDIATE`);",
      'store.db.pragma("wal_checkpoint(TRUNCATE)");',
      "if (!(store instanceof SqliteStore)) return;",
      "await x.exec('INSERT OR IGNORE INTO memberships (topic) VALUES (?)');",
    ];
    const found = bad.map((line) => storeViolations("src/x.ts", line, ["SqliteStore"]));
    expect(found.map((list) => list.length > 0)).toEqual([true, true, true, true, true]);
    expect(storeViolations("src/store/sqlite/x.ts", bad.join("\n"), ["SqliteStore"])).toEqual([]);
  });

  it("leaves alone comments, file names and prose that only look like it", () => {
    const fine = [
      "// SELECT name FROM actors: what the store does",
      'const path = join(dir, "bench.db");',
      "const text = `Select the topic from the list`;",
      "if (error instanceof BriefbotError) throw error;",
      "const match = /x/.exec(text);",
      "config.BRIEFBOT_DB;",
    ].join("\n");
    expect(storeViolations("src/x.ts", fine, ["SqliteStore"])).toEqual([]);
  });
});

describe("DESIGN.md rule 4 for the store on the real tree", () => {
  it("finds the store's classes", () => {
    expect(storeClasses()).toContain("SqliteStore");
  });

  it("keeps SQL, the driver, the handle and the store's classes inside src/store", () => {
    const classes = storeClasses();
    const files = SCANNED.flatMap((dir) => tsFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) =>
      storeViolations(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8"), classes),
    );
    expect(found).toEqual([]);
  });
});
