// Topics defined as data: briefs/<slug>/topic.yaml (validated with TopicFile) and the documents in
// briefs/<slug>/docs/. Loading is idempotent: topics are upserted and known documents skipped.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { BriefbotError } from "../core/errors.ts";
import { type Topic, TopicFile, TopicSlug } from "../core/topic.ts";

/** A topic folder: the topic and its bundled document files. */
export interface TopicFolder {
  topic: Topic;
  /** Absolute or briefs-relative paths of the files in docs/, sorted. */
  documents: string[];
}

const invalid = (file: string, detail: string, cause?: unknown) =>
  new BriefbotError("TOPIC_INVALID", `${file}: ${detail}`, cause === undefined ? {} : { cause });

/** Reads and validates one topic.yaml; the slug is its folder's name. */
export async function readTopicFile(file: string, slug: string): Promise<Topic> {
  const checkedSlug = TopicSlug.safeParse(slug);
  if (!checkedSlug.success) {
    throw invalid(
      file,
      `folder name "${slug}" is not a valid topic slug: ${checkedSlug.error.issues[0]?.message}`,
    );
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw invalid(file, "cannot be read", error);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw invalid(file, `not valid YAML (${(error as Error).message.split("\n")[0]})`, error);
  }
  const parsed = TopicFile.safeParse(data ?? {});
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(top level)"))];
    throw invalid(file, `invalid field ${fields.join(", ")}: ${z.prettifyError(parsed.error)}`, parsed.error);
  }
  return { slug, ...parsed.data };
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

/** Every topic folder under `briefsDir` (folders without topic.yaml are ignored). */
export async function readTopicFolders(briefsDir: string): Promise<TopicFolder[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(briefsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw invalid(briefsDir, "the briefs folder cannot be read", error);
  }
  const folders: TopicFolder[] = [];
  for (const entry of entries
    .filter((item) => item.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(briefsDir, entry.name);
    const file = join(dir, "topic.yaml");
    const names = await readdir(dir);
    if (!names.includes("topic.yaml")) continue;
    const topic = await readTopicFile(file, entry.name);
    const documents = names.includes("docs") ? await listDocumentFiles(join(dir, "docs")) : [];
    folders.push({ topic, documents });
  }
  return folders;
}
