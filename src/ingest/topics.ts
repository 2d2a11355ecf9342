// Topics defined as data: briefs/<slug>/topic.yaml (validated with TopicFile) and the documents in
// briefs/<slug>/docs/. Loading is idempotent: topics are upserted and known documents skipped.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { BriefbotError } from "../core/errors.ts";
import { type InvalidTopic, type Topic, TopicFile, TopicSlug } from "../core/topic.ts";

/** A topic folder: the topic and its bundled document files. */
export interface TopicFolder {
  topic: Topic;
  /** Absolute or briefs-relative paths of the files in docs/, sorted. */
  documents: string[];
}

/** Why a topic file cannot be loaded, or its topic. */
type Checked = { topic: Topic } | { fields: string[]; problem: string; cause?: unknown };

async function checkTopicFile(file: string, slug: string): Promise<Checked> {
  const checkedSlug = TopicSlug.safeParse(slug);
  if (!checkedSlug.success) {
    const reason = checkedSlug.error.issues[0]?.message;
    return { fields: [], problem: `folder name "${slug}" is not a valid topic slug: ${reason}` };
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { fields: [], problem: "cannot be read", cause: error };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return {
      fields: [],
      problem: `not valid YAML (${(error as Error).message.split("\n")[0]})`,
      cause: error,
    };
  }
  const parsed = TopicFile.safeParse(data ?? {});
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(top level)"))];
    const details = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`,
    );
    return {
      fields,
      problem: `invalid field ${fields.join(", ")} (${details.join("; ")})`,
      cause: parsed.error,
    };
  }
  return { topic: { slug, ...parsed.data } };
}

/** Reads and validates one topic.yaml; the slug is its folder's name. Throws TOPIC_INVALID naming file and field. */
export async function readTopicFile(file: string, slug: string): Promise<Topic> {
  const checked = await checkTopicFile(file, slug);
  if ("topic" in checked) return checked.topic;
  throw new BriefbotError(
    "TOPIC_INVALID",
    `${file}: ${checked.problem}`,
    checked.cause === undefined ? {} : { cause: checked.cause },
  );
}

const DOCUMENT_FILE = /\.(txt|md|markdown|html?)$/i;

/** Every document file under a folder, recursively, sorted by path. */
export async function listDocumentFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_FILE.test(entry.name) && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The topic folders under a briefs folder, and the topic files that were skipped as invalid. */
export interface TopicFolders {
  folders: TopicFolder[];
  invalid: InvalidTopic[];
}

/**
 * Every topic folder under `briefsDir` (folders without topic.yaml are ignored). A bad topic.yaml
 * skips that topic only: one broken file must not stop the bot or any command.
 */
export async function readTopicFolders(briefsDir: string): Promise<TopicFolders> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(briefsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { folders: [], invalid: [] };
    throw new BriefbotError("TOPIC_INVALID", `${briefsDir}: the briefs folder cannot be read`, {
      cause: error,
    });
  }
  const folders: TopicFolder[] = [];
  const invalid: InvalidTopic[] = [];
  for (const entry of entries
    .filter((item) => item.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(briefsDir, entry.name);
    const file = join(dir, "topic.yaml");
    const names = await readdir(dir);
    if (!names.includes("topic.yaml")) continue;
    const checked = await checkTopicFile(file, entry.name);
    if (!("topic" in checked)) {
      invalid.push({ slug: entry.name, file, fields: checked.fields, problem: checked.problem });
      continue;
    }
    const documents = names.includes("docs") ? await listDocumentFiles(join(dir, "docs")) : [];
    folders.push({ topic: checked.topic, documents });
  }
  return { folders, invalid };
}

/** The warning logged for each skipped topic file: the file and the field at fault. */
export function warnInvalidTopics(
  logger: { warn(fields: object, message: string): void },
  invalid: readonly InvalidTopic[],
): void {
  for (const topic of invalid) {
    logger.warn(
      { topic: topic.slug, file: topic.file, fields: topic.fields },
      `topic "${topic.slug}" skipped: ${topic.file}: ${topic.problem}`,
    );
  }
}
