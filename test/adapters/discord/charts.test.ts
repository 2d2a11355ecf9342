// `/brief topic chart:true` in Discord, through the real discord.js against the fake Discord and a
// real SQLite store: the brief is answered as before, then a message whose embeds show the charts
// (`attachment://<name>`), sent as files with alt text; the fake refuses files that do not match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import type { RecordedRequest } from "../../fakes/discord-api.ts";
import { readMultipart } from "../../fakes/discord-files.ts";
import { chatInput } from "../../fakes/discord-interactions.ts";
import { decodePng } from "../../support/png.ts";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(COMMANDS);
});
afterAll(async () => {
  await h?.close();
});

const withFiles = (requests: readonly RecordedRequest[]) =>
  requests.filter((request) => request.files !== undefined);

describe("Discord: /brief with charts", () => {
  it("follows the brief with the timeline and the actor graph shown in embeds, as valid PNGs with alt text", async () => {
    const sent = h.fake.push(chatInput(h.fake, "brief", { topic: "russia-china", chart: true }));
    const [brief] = await h.fake.waitForAnswer(sent, 10_000);
    expect(JSON.stringify(brief?.embeds)).toContain("Russia and China");
    const upload = await h.fake.waitFor(
      (request) => h.fake.answersTo(sent).includes(request) && request.files !== undefined,
      10_000,
    );
    expect(upload.status).toBe(200);
    expect(upload.fileProblems).toEqual([]);
    const files = upload.files!;
    expect(files.map((file) => file.filename)).toEqual([
      "russia-china-coverage.png",
      "russia-china-actors.png",
    ]);
    for (const file of files) {
      const image = decodePng(file.bytes);
      expect([image.width, image.height]).toEqual([file.png!.width, file.png!.height]);
    }
    expect(files[0]!.description).toMatch(
      /^Coverage timeline of Russia and China, documents per day: 1 document on 20 Nov 2026\./,
    );
    expect(files[1]!.description).toMatch(
      /^Actor graph of Russia and China: the 4 most mentioned actors in 1 document/,
    );
    const embeds = (upload.body as { embeds: { title: string; image: { url: string } }[] }).embeds;
    expect(embeds.map((embed) => embed.image.url)).toEqual([
      "attachment://russia-china-coverage.png",
      "attachment://russia-china-actors.png",
    ]);
    expect(embeds[0]!.title).toBe("Coverage: Russia and China");
    expect((upload.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it("sends no file for a brief without chart", async () => {
    const sent = h.fake.push(chatInput(h.fake, "brief", { topic: "russia-china" }));
    await h.fake.waitForAnswer(sent, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(withFiles(h.fake.answersTo(sent))).toEqual([]);
  });

  it("has a fake that would refuse a file that is not what the message says", async () => {
    const form = new FormData();
    const payload = {
      embeds: [{ image: { url: "attachment://missing.png" } }],
      attachments: [{ id: 0, filename: "chart.png", description: "alt" }],
    };
    form.append("payload_json", JSON.stringify(payload));
    form.append("files[0]", new Blob([Buffer.from("not a png")]), "chart.png");
    const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
    const raw = Buffer.from(await request.arrayBuffer());
    const { problems } = await readMultipart(raw, request.headers.get("content-type")!);
    expect(problems).toEqual([
      "chart.png is named .png but is not a PNG",
      "an embed shows attachment://missing.png, never sent",
    ]);
  });
});
