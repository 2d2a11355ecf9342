// Sentence boundaries at "!" and "?" inside a quote that the sentence goes on after (invented text).
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/text/sentences.ts";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('"!" or "?" inside a quote', () => {
  it("ends no sentence when the quote closes and the sentence goes on in lower case", () => {
    expect(texts('Stepping on stage to shouts of "Roe! Roe!," the senator spoke. She left.')).toEqual([
      'Stepping on stage to shouts of "Roe! Roe!," the senator spoke.',
      "She left.",
    ]);
    expect(texts("“Great! You did it,” he said. Then she left.")).toEqual([
      "“Great! You did it,” he said.",
      "Then she left.",
    ]);
  });

  it("still ends one outside a quote, or when the quote closes on its own", () => {
    expect(texts('It was over! Then the crowd "went home," she said.')).toEqual([
      "It was over!",
      'Then the crowd "went home," she said.',
    ]);
    expect(texts('"It is over!" She left. "Why? Nobody knows." They stayed.')).toEqual([
      '"It is over!"',
      "She left.",
      '"Why?',
      'Nobody knows."',
      "They stayed.",
    ]);
  });
});
