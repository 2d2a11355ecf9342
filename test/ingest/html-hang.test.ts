// Pages that break the HTML reader: one makes Readability loop forever under linkedom, others have
// no <html> element. Ingest must answer each with a coded error, never freeze the bot's thread.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { isBriefbotError } from "../../src/core/errors.ts";
import { htmlToDocument, readHtmlPage } from "../../src/ingest/html-article.ts";
import { closeHtmlWorker } from "../../src/ingest/html-worker.ts";
import { ingestMessage, ingestSources } from "../../src/ingest/ingest.ts";
import { tempStore, topic } from "../store/helpers.ts";

/** Found by fuzzing: Readability's _grabArticle never returns on it. */
const LOOPING_PAGE =
  "<html><body><article><main>]]><![CDATA[--><html title=\"x\">c>[Yz</html><!DOCTYPE x [<!ENTITY a 'b'>]>]]></article></body></html>";

const ARTICLE =
  "<html><head><title>Port reopens | Example</title></head><body><article><h1>Port reopens</h1>" +
  "<p>The port of Example reopened on Monday after a week of repairs, officials said.</p>" +
  "<p>Ships queued outside the harbour for days while divers checked the quay walls.</p></article></body></html>";

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return isBriefbotError(error) ? `${error.code}: ${error.message}` : `uncoded: ${String(error)}`;
  }
};

afterAll(() => closeHtmlWorker());

describe("the HTML reader on hostile pages", () => {
  it("stops a page that makes Readability loop, with a coded error, and keeps the thread free", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const outcome = await codeOf(
      htmlToDocument(LOOPING_PAGE, "https://news.example/loop", {}, { timeoutMs: 1000 }),
    );
    clearInterval(ticker);
    expect(outcome).toBe(
      "DOCUMENT_INVALID: https://news.example/loop: the page could not be read as an article in time",
    );
    // The bot's thread kept running while the page was being read.
    expect(ticks).toBeGreaterThan(5);
  });

  it("reads the next page normally after a page was stopped", async () => {
    await codeOf(htmlToDocument(LOOPING_PAGE, "https://news.example/loop", {}, { timeoutMs: 500 }));
    const document = await htmlToDocument(ARTICLE, "https://news.example/port");
    expect(document.title).toBe("Port reopens");
    expect(document.body).toContain("reopened on Monday");
  });

  it("answers pages with no <html> element or nested <html> tags with coded errors or text", async () => {
    const pages = [
      "",
      "just some plain text",
      "<!-- a comment -->",
      "<style>p{}</style>",
      "<html><html><html>",
    ];
    for (const page of pages) {
      const outcome = await codeOf(htmlToDocument(page, "https://news.example/odd"));
      expect(outcome, page).toMatch(/^(resolved$|DOCUMENT_EMPTY: |DOCUMENT_INVALID: )/);
    }
    // Plain text is wrapped and read as a page.
    expect(readHtmlPage("The minister resigned on Friday.", "https://news.example/t").body).toBe(
      "The minister resigned on Friday.",
    );
    expect(() => readHtmlPage("", "https://news.example/e")).toThrow(/no article text/);
  });
});

describe("ingest of a link or a feed item that points at the looping page", () => {
  it("skips it with DOCUMENT_INVALID and goes on with the rest", async () => {
    const server = createServer((request, response) => {
      if (request.url === "/feed.xml") {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        response.writeHead(200, { "content-type": "application/rss+xml" });
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
            `<item><title>Loop</title><link>${base}/loop</link></item>` +
            `<item><title>Port</title><link>${base}/port</link></item></channel></rss>`,
        );
        return;
      }
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(request.url === "/loop" ? LOOPING_PAGE : ARTICLE);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const opened = tempStore();
    try {
      await opened.store.upsertTopic(topic("world"));
      const options = {
        store: opened.store,
        topics: ["world"],
        fetch: { allowPrivate: true },
        htmlTimeoutMs: 500,
      };
      // "Brief this" on a link to the page.
      const item = await ingestMessage(`have a look ${base}/loop`, options);
      expect(item).toMatchObject({ status: "skipped", code: "DOCUMENT_INVALID" });
      // A feed whose first item points at it: the second still goes in.
      const summary = await ingestSources([`${base}/feed.xml`], options);
      expect(summary.items.map((entry) => [entry.source, entry.status, entry.code])).toEqual([
        [`${base}/loop`, "skipped", "DOCUMENT_INVALID"],
        [`${base}/port`, "added", undefined],
      ]);
    } finally {
      opened.cleanup();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
