// The bundled briefs are reloaded at every start: a document or a topic change made since the last
// start is picked up, and an unchanged folder is not re-ingested.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

const doc = (title: string, body: string) =>
  `title: ${title}\nsource: Wikinews\nurl: https://en.wikinews.org/wiki/${title.replaceAll(" ", "_")}\nlicense: CC BY 2.5\ndate: 2026-01-0${title.length % 9}\n\n${body}\n`;

describe("bundled briefs across starts", () => {
  it("picks up a new document and a changed topic file on the next start", async () => {
    const briefs = join(temp.dir, "briefs");
    const docs = join(briefs, "harbour-news", "docs");
    mkdirSync(docs, { recursive: true });
    writeFileSync(
      join(briefs, "harbour-news", "topic.yaml"),
      "title: Harbour news\nmatch:\n  keywords: [harbour]\n",
    );
    writeFileSync(
      join(docs, "one.txt"),
      doc("Harbour opens", "The harbour opened on Monday, officials said."),
    );
    const env = { BRIEFBOT_DB: temp.db, BRIEFBOT_BRIEFS_DIR: briefs };

    const first = await runCli(["topics"], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/harbour-news: Harbour news\n\s+1 document/);

    writeFileSync(
      join(docs, "two.txt"),
      doc("Harbour closes", "The harbour closed again on Friday after a storm."),
    );
    writeFileSync(join(briefs, "harbour-news", "topic.yaml"), "title: Harbour and port news\n");
    const second = await runCli(["topics"], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/harbour-news: Harbour and port news\n\s+2 documents/);
  });
});
