// A document made of just a body of made-up text, for the engine's unit tests.
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import type { DocumentBrief, SourceDocument } from "../../src/core/schemas.ts";

export const textDocument = (body: string): SourceDocument => ({
  id: "t",
  title: "Test",
  date: null,
  source: null,
  url: null,
  license: null,
  author: null,
  body,
});

/** The engine's brief of a body of text. */
export const briefOfText = (body: string): DocumentBrief => extractBrief(textDocument(body));
