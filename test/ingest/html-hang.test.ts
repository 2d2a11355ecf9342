// Pages that break the HTML reader: one makes Readability loop forever under linkedom, others have
// no <html> element. Ingest must answer each with a coded error, never freeze the bot's thread.
import { afterAll, describe, expect, it } from "vitest";
import { isBriefbotError } from "../../src/core/errors.ts";
import { htmlToDocument, readHtmlPage } from "../../src/ingest/html-article.ts";
import { closeHtmlWorker } from "../../src/ingest/html-worker.ts";

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
