// The ingest, reindex and poll subcommands and the brief-message command, on a real database file.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefMessageCommand } from "../../commands/brief-message.ts";
import type { CommandContext } from "../../commands/command.ts";
import { run as ingest } from "../../src/cli/ingest.ts";
import { run as poll } from "../../src/cli/poll.ts";
import { run as reindex } from "../../src/cli/reindex.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import { tempDir } from "../store/helpers.ts";
import { captureIo } from "../support/capture-io.ts";

const STORIES = [
  "Russia and China held talks on trade this week, and officials from both sides said that the meeting was a success. The two countries have been working on the plan for years.",
  "A storm hit the northern coast on Sunday. The weather service said it was the worst in a decade and that more rain is expected, so people who live near the river were told to leave.",
  "The central bank raised interest rates by a quarter of a point on Thursday, the third rise this year, saying that prices were still climbing faster than it would like.",
  "Scientists in Chile said they had found a new species of frog in a forest that was thought to have been studied in full, and that the find shows how much is still unknown.",
];

const temp = tempDir();
const saved = { ...process.env };
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Frogs</title><link>${base}/frogs</link><pubDate>Fri, 09 Jan 2026 10:00:00 GMT</pubDate></item></channel></rss>`);
      return;
    }
    if (req.url === "/frogs") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<html><head><title>Frogs</title></head><body><article><p>${STORIES[3]}</p><p>${STORIES[3]?.replace("Chile", "Peru")}</p></article></body></html>`,
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const briefs = join(temp.dir, "briefs");
  mkdirSync(join(briefs, "world", "docs"), { recursive: true });
  writeFileSync(
    join(briefs, "world", "topic.yaml"),
    `title: World\nmatch:\n  keywords: [storm]\nfeeds: ["${base}/feed.xml"]\n`,
  );
  writeFileSync(
    join(briefs, "world", "docs", "seed.txt"),
    `title: Seed\ndate: 2026-01-01\n\n${STORIES[2]}\n`,
  );
  mkdirSync(join(temp.dir, "in"));
  writeFileSync(join(temp.dir, "in", "a.txt"), `title: Talks\ndate: 2026-01-02\n\n${STORIES[0]}\n`);
  writeFileSync(join(temp.dir, "in", "b.txt"), `title: Storm\ndate: 2026-01-03\n\n${STORIES[1]}\n`);
  writeFileSync(join(temp.dir, "in", "empty.txt"), "");
  process.env.BRIEFBOT_DB = join(temp.dir, "data", "briefbot.db");
  process.env.BRIEFBOT_BRIEFS_DIR = briefs;
  process.env.BRIEFBOT_ALLOW_PRIVATE_URLS = "1";
});

afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  temp.cleanup();
});

describe("briefbot ingest", () => {
  it("ingests a folder, prints a summary, reports the bad file, and again adds nothing", async () => {
    const first = captureIo();
    expect(await ingest([join(temp.dir, "in")], first.io)).toBe(2);
    expect(first.out.stdout).toMatch(/^added 2, duplicates 0, near-duplicates 0, .* skipped 1\n/);
    expect(first.out.stdout).toMatch(/skipped .*empty\.txt: .*empty \[DOCUMENT_EMPTY\]/);
    const again = captureIo();
    expect(await ingest([join(temp.dir, "in", "a.txt"), join(temp.dir, "in", "b.txt")], again.io)).toBe(0);
    expect(again.out.stdout).toMatch(/^added 0, duplicates 2,/);
    const store = openStore(process.env.BRIEFBOT_DB!);
    // The bundled seed went in at start; the storm story joined "world" by its keyword.
    expect(await store.listTopics()).toMatchObject([{ slug: "world", documentCount: 2 }]);
    await store.close();
  });

  it("draws a progress bar on a terminal, and --json prints the items", async () => {
    const tty = captureIo();
    tty.io.isTTY = true;
    await ingest([join(temp.dir, "in", "a.txt")], tty.io);
    expect(tty.out.stderr).toMatch(/\[#+\] 1\/1/);
    const json = captureIo();
    await ingest(["--json", join(temp.dir, "in", "a.txt")], json.io);
    expect(JSON.parse(json.out.stdout)).toMatchObject({
      duplicates: 1,
      items: [{ status: "duplicate", title: "Talks" }],
    });
  });

  it("rejects an unknown --topic and a missing argument", async () => {
    await expect(ingest(["--topic", "nope", join(temp.dir, "in")], captureIo().io)).rejects.toMatchObject({
      code: "TOPIC_NOT_FOUND",
    });
    await expect(ingest([], captureIo().io)).rejects.toMatchObject({ code: "INPUT_INVALID" });
  });
});

describe("briefbot poll and reindex", () => {
  it("poll reads the feeds of the topics; a second poll adds nothing", async () => {
    const first = captureIo();
    expect(await poll([], first.io)).toBe(0);
    expect(first.out.stdout).toMatch(/^added 1,/);
    const second = captureIo();
    expect(await poll([], second.io)).toBe(0);
    expect(second.out.stdout).toMatch(/^added 0, duplicates 1,/);
    const store = openStore(process.env.BRIEFBOT_DB!);
    expect((await store.listTopics())[0]?.documentCount).toBe(3);
    await store.close();
  });

  it("reindex re-extracts documents of another engine version", async () => {
    const store = openStore(process.env.BRIEFBOT_DB!);
    store.db.prepare("UPDATE extracts SET engine_version = 'old'").run();
    const stale = (await store.staleDocumentIds()).length;
    await store.close();
    expect(stale).toBeGreaterThanOrEqual(3);
    const out = captureIo();
    expect(await reindex([], out.io)).toBe(0);
    expect(out.out.stdout).toMatch(new RegExp(`^re-extracted ${stale} of ${stale} documents`));
    const after = openStore(process.env.BRIEFBOT_DB!);
    expect(await after.staleDocumentIds()).toEqual([]);
    await after.close();
  });
});

describe("brief-message", () => {
  const context: CommandContext = {
    platform: "slack",
    channelId: "C1",
    userId: "U1",
    canManageChannel: false,
  };

  it("briefs a message's text, and the link in a message", async () => {
    const store = openStore(process.env.BRIEFBOT_DB!);
    const deps = {
      store,
      clock: () => new Date("2026-01-10T00:00:00Z"),
      ingest: { allowPrivateUrls: true, maxDocumentBytes: 100_000 },
    };
    try {
      const text = briefMessageCommand.input.parse({
        text: `${STORIES[1]?.replace("Sunday", "Monday")} Another storm is coming.`,
      });
      const { reply } = await briefMessageCommand.run(deps, text, context);
      expect(reply.errorCode).toBeUndefined();
      expect(reply.subtitle).toMatch(/A copy of a story already stored|Stored in briefbot's database/);
      const { reply: fresh } = await briefMessageCommand.run(
        deps,
        {
          text: "The museum reopened on Friday after two years of repairs, and the director said that visitors had come from all over the country to see it.",
        },
        context,
      );
      expect(fresh.subtitle).toMatch(/^Stored in briefbot's database/);
      expect(fresh.sections.length).toBeGreaterThan(0);
      const { reply: linked } = await briefMessageCommand.run(
        deps,
        { text: `have a look: <${base}/frogs>` },
        context,
      );
      expect(linked.title).toBe("Frogs");
      expect(linked.subtitle).toMatch(/Already stored/);
      const { reply: german } = await briefMessageCommand.run(
        deps,
        {
          text: "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nachdem die Mitglieder lange über die Pläne für den Hafen gestritten hatten.",
        },
        context,
      );
      expect(german.subtitle).toMatch(/not extracted/);
    } finally {
      await store.close();
    }
  });

  it("refuses a private link unless allowed", async () => {
    const store = openStore(process.env.BRIEFBOT_DB!);
    try {
      const deps = {
        store,
        clock: () => new Date(),
        ingest: { allowPrivateUrls: false, maxDocumentBytes: 100_000 },
      };
      await expect(briefMessageCommand.run(deps, { text: `${base}/frogs` }, context)).rejects.toMatchObject({
        code: "FETCH_REFUSED",
      });
    } finally {
      await store.close();
    }
  });
});
