// Counts in replies ("1 document", "3 documents"): English, regular plurals only.

/** `count` and `word`, with an "s" unless the count is one. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
