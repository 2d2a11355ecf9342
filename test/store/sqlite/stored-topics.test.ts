// A topic row damaged outside briefbot (hand edits, a bad restore) is a coded error naming the
// topic, whether its JSON does not parse or parses to something that is not a topic.
import { afterEach, describe, expect, it } from "vitest";
import { tempStore, topic } from "../helpers.ts";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("stored topics on SQLite", () => {
  it.each([
    ["not JSON", "{keywords", /stored topic damaged is not JSON/],
    ["not a topic's rules", '{"keywords": 3}', /stored topic damaged is invalid/],
  ])("reports match rules that are %s as STORED_DATA_INVALID", async (_what, json, message) => {
    const opened = tempStore();
    cleanup = opened.cleanup;
    await opened.store.upsertTopic(topic("damaged", { keywords: ["pipeline"] }));
    opened.store.db.prepare("UPDATE topics SET match_json = ? WHERE slug = 'damaged'").run(json);
    await expect(opened.store.getTopic("damaged")).rejects.toMatchObject({
      code: "STORED_DATA_INVALID",
      message: expect.stringMatching(message),
    });
  });
});
