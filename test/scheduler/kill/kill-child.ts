// The process the kill test SIGKILLs: it runs every due digest slot at a given instant against a
// real SQLite ledger and a "platform" that appends each accepted post to a file (one write call, so
// a post is either on file or not). Usage: node kill-child.cjs <db> <posts-file> <now-iso>
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { DigestSource } from "../../../src/core/digest/digest-store.ts";
import type { ChannelPoster } from "../../../src/core/ports.ts";
import { createDigestRunner } from "../../../src/scheduler/digest-runner.ts";
import { openDigestDatabase } from "../../../src/store/sqlite/digest-db.ts";

const [dbPath, postsPath, nowIso] = process.argv.slice(2);
if (!dbPath || !postsPath || !nowIso) {
  process.stderr.write("usage: kill-child <db> <posts-file> <now-iso>\n");
  process.exit(2);
}
const now = new Date(nowIso);
// Small random pauses widen the windows between claim, post and mark-sent, so that random kill
// times land in each of them.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * 3)));

// KILL_NO_LOOKUP=1 drops the "already posted?" check, to show what it guards against.
const lookup = process.env.KILL_NO_LOOKUP !== "1";
const poster: ChannelPoster = {
  platform: "slack",
  async post(channelId, _reply, options = {}) {
    await pause();
    const messageId = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    appendFileSync(postsPath, `${options.idempotencyKey}\t${channelId}\t${messageId}\n`);
    await pause();
    return { messageId };
  },
  async findPosted(_channelId, key) {
    if (!lookup || !existsSync(postsPath)) return null;
    const line = readFileSync(postsPath, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith(`${key}\t`));
    return line ? { messageId: line.split("\t")[2] ?? "" } : null;
  },
};

const source: DigestSource = {
  documentsAdded: async (topic, from) => [
    {
      documentId: `${topic}-${from}`,
      title: "Something happened",
      url: null,
      date: null,
      license: null,
      addedAt: from,
      brief: null,
    },
  ],
  actorsKnownBefore: async () => new Set(),
};

const { digests, close } = openDigestDatabase(dbPath);
const runner = createDigestRunner({
  digests,
  source,
  topicTitle: async (slug) => slug,
  posters: { slack: poster },
  clock: () => now,
  logger: { info() {}, warn() {}, error() {} },
  firstWindowMs: 86_400_000,
  catchupMs: 6 * 3_600_000,
});
// What the previous (killed) run left: claims, and claims whose post may have gone out. (No
// top-level await: the harness bundles this file as CommonJS.)
void digests.claimedEntries().then(async (left) => {
  const attempted = left.filter((entry) => entry.attempts > 0).length;
  process.stdout.write(`left ${left.length} ${attempted}\nready\n`);
  const summary = await runner.runDue({ now });
  close();
  process.stdout.write(`${JSON.stringify(summary)}\n`);
});
