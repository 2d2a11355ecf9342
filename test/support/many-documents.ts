// Documents for the button tests: `count` distinct documents in russia-china, each with two key
// points and a quote holding the word "pipeline", so briefs and /quote pipeline run to more than
// one page. Briefs are hand-made (the extraction engine is not what these tests check).
import type { DocumentBrief, SourceDocument } from "../../src/core/schemas.ts";

const PLACES = ["Vladivostok", "Harbin", "Irkutsk", "Urumqi", "Khabarovsk", "Dalian", "Omsk", "Kazan"];
const THINGS = ["grain", "timber", "coal", "fertiliser", "copper", "rail cars", "turbines", "nickel"];
const NUMBERS = ["seven", "twelve", "nineteen", "forty", "sixty", "ninety", "three hundred", "eighty"];

/** Document `i` (from 0): distinct words in every sentence, so no two are near-duplicates. */
export function numberedDocument(i: number): { document: SourceDocument; brief: DocumentBrief } {
  const place = PLACES[i % PLACES.length] as string;
  const thing = THINGS[(i * 3) % THINGS.length] as string;
  const amount = NUMBERS[(i * 5) % NUMBERS.length] as string;
  const points = [
    `Officials in ${place} reported ${amount} new shipments of ${thing} in round ${i + 1} of the talks.`,
    `Trade delegation ${i + 1} from ${place} met buyers about ${thing} contracts worth ${amount} million.`,
  ];
  const quote = `The pipeline through ${place} carries ${thing} deal number ${i + 1}`;
  const body = `${points.join(" ")} “${quote},” the envoy said. Talks resume after round ${i + 1}.`;
  const id = `bulk-${String(i).padStart(3, "0")}`;
  const url = `https://news.example/${id}`;
  const document: SourceDocument = {
    id,
    title: `Talks round ${i + 1} in ${place}`,
    date: `2026-11-${String(1 + (i % 20)).padStart(2, "0")}`,
    source: "Example News",
    url,
    license: null,
    author: null,
    body,
  };
  const brief: DocumentBrief = {
    document: { id, title: document.title, date: document.date, source: document.source, url },
    keyPoints: points.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10 })),
    actors: [{ name: `Envoy ${i + 1}`, type: "person", aliases: [], mentions: 2, roles: [] }],
    quotes: [
      {
        text: quote,
        speaker: { name: `Envoy ${i + 1}`, type: "person" },
        sentence: 2,
        start: body.indexOf(quote),
        end: body.indexOf(quote) + quote.length,
      },
    ],
  };
  return { document, brief };
}
