// Every CLI command that reads HTML exits when its work is done (issue 15, item 1): the HTML reader's
// worker thread used to hold the process open after the summary, so a `poll` from cron piled up.
// Each case spawns the real binary and waits for it to exit on its own.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.ts";

const STORY =
  "Scientists in Chile said they had found a new species of frog in a forest that was thought to have been studied in full, and that the find shows how much is still unknown.";
// Distinct stories, so that no page is stored as a near-duplicate of another.
const SERVED: Record<string, string> = {
  "/page.html":
    "A storm hit the northern coast on Sunday. The weather service said it was the worst in a decade and that more rain is expected, so people who live near the river were told to leave.",
  "/frogs.html": STORY,
  "/message.html":
    "The central bank raised interest rates by a quarter of a point on Thursday, the third rise this year, saying that prices were still climbing faster than it would like.",
};
const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${body.replace("Chile", "Peru")}</p></article></body></html>`;

const temp = tempDir();
let server: Server;
let base = "";
// A generous bound that only a hang reaches: a run takes a few seconds, tens on a loaded machine.
const HANG_MS = 120_000;
/** The test's own limit: past the spawn's, so that a hang reports as "did not finish". */
const TEST_MS = HANG_MS + 10_000;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Frogs</title><link>${base}/frogs.html</link><pubDate>Fri, 09 Jan 2026 10:00:00 GMT</pubDate></item></channel></rss>`);
      return;
    }
    const story = SERVED[req.url ?? ""];
    if (story) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page(`Page ${req.url}`, story));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const briefs = join(temp.dir, "briefs");
  mkdirSync(join(briefs, "frogs"), { recursive: true });
  writeFileSync(join(briefs, "frogs", "topic.yaml"), `title: Frogs\nfeeds: ["${base}/feed.xml"]\n`);
  mkdirSync(join(temp.dir, "folder"));
  writeFileSync(join(temp.dir, "folder", "one.html"), page("One", STORY));
  writeFileSync(join(temp.dir, "local.html"), page("Local", SERVED["/page.html"] ?? ""));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  temp.cleanup();
});

const env = () => ({
  BRIEFBOT_ALLOW_PRIVATE_URLS: "1",
  BRIEFBOT_BRIEFS_DIR: join(temp.dir, "briefs"),
});

describe.concurrent("the CLI exits after reading HTML", () => {
  it(
    "ingest of a local .html file",
    async () => {
      const result = await runCli(["ingest", join(temp.dir, "local.html")], {
        env: env(),
        timeoutMs: HANG_MS,
      });
      expect(result.stdout).toMatch(/^added 1,/);
      expect(result.code).toBe(0);
    },
    TEST_MS,
  );

  it(
    "ingest of a folder holding an .html file",
    async () => {
      const result = await runCli(["ingest", join(temp.dir, "folder")], { env: env(), timeoutMs: HANG_MS });
      expect(result.stdout).toMatch(/^added 1,/);
      expect(result.code).toBe(0);
    },
    TEST_MS,
  );

  it(
    "ingest of a page URL and of a feed URL",
    async () => {
      const result = await runCli(["ingest", `${base}/page.html`, `${base}/feed.xml`], {
        env: env(),
        timeoutMs: HANG_MS,
      });
      expect(result.stdout).toMatch(/^added 2,/);
      expect(result.code).toBe(0);
    },
    TEST_MS,
  );

  it(
    "poll of the topics' feeds",
    async () => {
      const result = await runCli(["poll"], { env: env(), timeoutMs: HANG_MS });
      expect(result.stdout).toMatch(/^added 1,/);
      expect(result.code).toBe(0);
    },
    TEST_MS,
  );

  it(
    "/brief-message <link> in the piped terminal chat",
    async () => {
      const result = await runCli(["start"], {
        env: env(),
        input: `/brief-message ${base}/message.html\n`,
        timeoutMs: HANG_MS,
      });
      expect(result.stdout).toMatch(/Page \/message\.html/);
      expect(result.code).toBe(0);
    },
    TEST_MS,
  );
});
