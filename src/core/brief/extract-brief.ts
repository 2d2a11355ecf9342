// One document -> its brief (DESIGN.md, "The brief contract"): sentences, then actors, then
// quotes with their speakers, then key points. Pure and deterministic.

import { TITLE_MODIFIERS } from "../data/titles.ts";
import { type ActorRecord, extractActors, type Mention } from "../extract/actors.ts";
import { rankKeyPoints, type SentenceSignals } from "../extract/key-points.ts";
import { JOIN } from "../extract/quote-rules.ts";
import { extractQuotes } from "../extract/quotes.ts";
import { asWritten, withDoubleQuoteMarks } from "../extract/single-quotes.ts";
import type { Actor, DocumentBrief, SourceDocument } from "../schemas.ts";
import { splitSentences } from "../text/sentences.ts";

/** Extracts the brief of one document: key points, actors and quotes, each citing its sentence. */
export function extractBrief(doc: SourceDocument): DocumentBrief {
  // The body as the extractors read it: single quotation marks written as double ones, offsets
  // kept; every text in the brief is cut from the document's own body.
  const body = withDoubleQuoteMarks(doc.body);
  const sentences = splitSentences(body);
  const records = extractActors(body, sentences, doc.title);
  const mentions: Mention[] = records.flatMap((r) => r.mentions).sort((a, b) => a.start - b.start);
  // A party's adjective ("a Republican on the panel", "a Labour MP") names the party among the
  // actors but never speaks: the person it describes does.
  const found = extractQuotes(
    body,
    sentences,
    mentions.filter((m) => !TITLE_MODIFIERS.has(body.slice(m.start, m.end))),
  );
  const quotes =
    body === doc.body
      ? found
      : found.map((q) => ({ ...q, text: asWritten(q.text, q.start, body, doc.body, JOIN) }));

  const signals: SentenceSignals[] = sentences.map(() => ({ quoted: false }));
  // A quote may run over several sentences: each sentence mostly inside one is quotation.
  for (const q of quotes) {
    for (let i = q.sentence; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.start >= q.end) break;
      const inside = Math.min(s.end, q.end) - Math.max(s.start, q.start);
      if (inside > (s.end - s.start) / 2) signals[i]!.quoted = true;
    }
  }
  const ownSentences =
    body === doc.body ? sentences : sentences.map((s) => ({ ...s, text: doc.body.slice(s.start, s.end) }));
  const keyPoints = rankKeyPoints(doc.title, ownSentences, signals, 5, {
    date: doc.date,
    source: doc.source,
  });

  // Speakers are actors too, of the same type.
  const actors = records
    .filter((r) => r.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)
    .map(toActor);
  return {
    document: { id: doc.id, title: doc.title, date: doc.date, source: doc.source, url: doc.url },
    keyPoints,
    actors,
    quotes,
  };
}

function toActor(record: ActorRecord): Actor {
  return {
    name: record.name,
    type: record.type,
    aliases: [...record.aliases],
    mentions: record.mentions.length,
    // (A courtesy title, "Mr" or "Ms", tells the gender the engine reads, but no role; a role
    // written once opening a sentence and once inside one, "Rival" and "rival", is one role.)
    roles: [...record.roles].filter(
      (role, i, all) =>
        !COURTESY_TITLE.test(role) && all.findIndex((r) => r.toLowerCase() === role.toLowerCase()) === i,
    ),
  };
}

const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?$/;
