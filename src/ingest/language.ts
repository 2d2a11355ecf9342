// Is a text English? The engine is English-only, so other languages are stored unextracted. A
// stop-word ratio is enough: English news has 22-50% of its words among these (the Wikinews corpus),
// French, German, Spanish under 7%, other scripts none; the cut is at 12%.

const STOP_WORDS = new Set(
  (
    "the of and to a in is it that for on was with as he she be by at this are from his her have had not " +
    "but or an they which you were their has been its said would will there who we more one all also after " +
    "about than when up out into two can other over new some could these them only i so what year years " +
    "over last first most did if no our my may people because while"
  ).split(" "),
);

/** Share of the text's words that are common English words (0 to 1). */
export function englishRatio(text: string): number {
  const words =
    text
      .slice(0, 6000)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return 0;
  let common = 0;
  for (const word of words) if (STOP_WORDS.has(word)) common++;
  return common / words.length;
}

/** "en" when the text reads as English, else "und" (undetermined, not extracted). */
export function detectLanguage(text: string): "en" | "und" {
  const sample = text.slice(0, 6000);
  const words = sample.match(/[\p{L}']+/gu) ?? [];
  const letters = sample.match(/[\p{L}]/gu)?.length ?? 0;
  // Too short to judge: give the engine the benefit of the doubt. (Scripts written without spaces
  // make few "words" but many letters.)
  if (words.length < 12 && letters < 40) return "en";
  return englishRatio(text) >= 0.12 ? "en" : "und";
}
