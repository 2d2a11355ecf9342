// Shared doubles for the digest tests: a recording poster, an in-memory document source, a
// settable clock, a silent logger and a temp database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DigestDocument, DigestSource } from "../../src/core/digest/digest-store.ts";
import type { Platform } from "../../src/core/platforms.ts";
import type { ChannelPoster, PostedMessage } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { DocumentBrief } from "../../src/core/schemas.ts";
import { type DigestDatabase, openDigestDatabase } from "../../src/store/sqlite/digest-db.ts";

/** One post the fake platform accepted. */
export interface RecordedPost {
  channelId: string;
  reply: Reply;
  thread?: Reply;
  key?: string;
  messageId: string;
}

/** A poster that records posts; `failures` are thrown (in order) before posts succeed. */
export class RecordingPoster implements ChannelPoster {
  readonly posts: RecordedPost[] = [];
  failures: Error[] = [];
  calls = 0;
  lookups = 0;
  findPosted?: (channelId: string, key: string) => Promise<PostedMessage | null>;
  constructor(
    readonly platform: Platform = "slack",
    withLookup = true,
  ) {
    if (withLookup) {
      this.findPosted = async (channelId, key) => {
        this.lookups++;
        const found = this.posts.find((post) => post.channelId === channelId && post.key === key);
        return found ? { messageId: found.messageId } : null;
      };
    }
  }
  async post(channelId: string, reply: Reply, options: { thread?: Reply; idempotencyKey?: string } = {}) {
    this.calls++;
    const failure = this.failures.shift();
    if (failure) throw failure;
    const messageId = `m${this.posts.length + 1}`;
    this.posts.push({
      channelId,
      reply,
      messageId,
      ...(options.thread ? { thread: options.thread } : {}),
      ...(options.idempotencyKey ? { key: options.idempotencyKey } : {}),
    });
    return { messageId };
  }
}

/** A brief with the given key points, quotes (text, speaker) and actors (name, mentions). */
export function makeBrief(
  id: string,
  title: string,
  parts: { points?: string[]; quotes?: Array<[string, string | null]>; actors?: Array<[string, number]> },
): DocumentBrief {
  return {
    document: { id, title, date: "2026-11-28", source: "Test Wire", url: `https://example.org/${id}` },
    keyPoints: (parts.points ?? []).map((text, index) => ({ text, sentence: index, score: 1 - index / 10 })),
    actors: (parts.actors ?? []).map(([name, mentions]) => ({
      name,
      type: "person" as const,
      aliases: [],
      mentions,
      roles: [],
    })),
    quotes: (parts.quotes ?? []).map(([text, speaker], index) => ({
      text,
      speaker: speaker === null ? null : { name: speaker, type: "person" as const },
      sentence: 10 + index,
      start: 0,
      end: text.length,
    })),
  };
}

/** An in-memory DigestSource. */
export class MemorySource implements DigestSource {
  readonly documents: Array<DigestDocument & { topic: string }> = [];
  add(topic: string, addedAt: string, brief: DocumentBrief): void {
    this.documents.push({
      topic,
      documentId: brief.document.id,
      title: brief.document.title,
      url: brief.document.url,
      date: brief.document.date,
      license: null,
      addedAt,
      brief,
    });
  }
  async documentsAdded(topic: string, from: string, to: string): Promise<DigestDocument[]> {
    return this.documents.filter((doc) => doc.topic === topic && doc.addedAt >= from && doc.addedAt < to);
  }
  async actorsKnownBefore(topic: string, before: string): Promise<ReadonlySet<string>> {
    return new Set(
      this.documents
        .filter((doc) => doc.topic === topic && doc.addedAt < before)
        .flatMap((doc) => doc.brief?.actors.map((actor) => actor.name) ?? []),
    );
  }
}

/** A clock the test sets. */
export function settableClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    set(iso: string) {
      now = new Date(iso);
    },
  };
}

/** Logs into an array (level and message), so tests can check what the operator would see. */
export function memoryLogger() {
  const lines: Array<{ level: string; message: string; fields: object }> = [];
  const at = (level: string) => (fields: object, message: string) => {
    lines.push({ level, message, fields });
  };
  return { lines, logger: { info: at("info"), warn: at("warn"), error: at("error") } };
}

/** A migrated SQLite file in a fresh temp folder. */
export function tempDatabase(): DigestDatabase & { dir: string; path: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-digest-"));
  const path = join(dir, "briefbot.db");
  const opened = openDigestDatabase(path);
  return {
    ...opened,
    dir,
    path,
    dispose() {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
