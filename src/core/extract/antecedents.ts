// Antecedents of pronouns over the mentions of one body: "he"/"she" go to the nearest person of
// a compatible gender, "it" to the nearest organisation, skipping names used as modifiers ("the
// Clinton campaign") and following a chain of the same pronoun back to where it was introduced.
import type { ActorType, Sentence } from "../schemas.ts";
import type { ActorRecord, Mention } from "./actors.ts";
import { MentionIndex } from "./mention-index.ts";
import { MAIN_SAYING } from "./quote-rules.ts";
import type { QuoteSpan } from "./quote-spans.ts";
import { type Gender, genderOf, nominalType } from "./speaker-words.ts";

/** Mention lookups with the text around them, for pronoun antecedents. */
export class AntecedentIndex extends MentionIndex {
  constructor(
    protected readonly body: string,
    protected readonly sentences: readonly Sentence[],
    mentions: readonly Mention[],
    spans: readonly QuoteSpan[],
  ) {
    super(mentions, spans);
  }

  /** The antecedent of a pronoun at `at`: of the actors of that type (and gender, when both are
   * known) named outside quotes, the first one in the nearest sentence that names one, a subject
   * before a possessor ("Roe's plan …, said Doe" -> Doe). A sentence whose own subject is the same
   * pronoun ("He said Doe would win") continues the chain: the antecedent is found before it. */
  antecedent(at: number, type: ActorType, gender: Gender | null): ActorRecord | null {
    let sentence = -1;
    let candidates: Mention[] = [];
    const pick = (): ActorRecord | null => {
      if (candidates.length === 0) return null;
      // Scanned backwards: the last candidate is the first in the sentence.
      const first = candidates[candidates.length - 1]!;
      if (gender && type === "person" && this.pronounBefore(first, gender, at)) return null;
      // "The good news for Doe, Roe said, is …": the one given a verb of saying is who speaks on.
      const speaking = candidates.filter((m) => this.speaksHere(m));
      if (speaking.length === 1 && speaking[0]!.actor !== first.actor) return speaking[0]!.actor;
      const plain = [...candidates].reverse().find((m) => !/^['’]/.test(this.body.slice(m.end, m.end + 1)));
      return (plain ?? first).actor;
    };
    for (let k = this.lowerBound(at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.actor.type !== type || this.insideQuote(m.start) || this.isModifier(m)) continue;
      if (gender && type === "person") {
        const g = genderOf(m.actor);
        if (g !== null && g !== gender) continue;
      }
      if (sentence >= 0 && m.sentence !== sentence) {
        const found = pick();
        if (found) return found;
        candidates = [];
      }
      sentence = m.sentence;
      candidates.push(m);
    }
    return pick();
  }

  /** Whether a main verb of saying follows `m`, past a lower-case apposition ("Roe, a lawyer,
   * said"), and `m` is not the object of a preposition ("of Huntsville, Ala., says"). */
  private speaksHere(m: Mention): boolean {
    if (
      /\b(?:of|in|from|at|to|for|with|by|when|as)\s+$/i.test(
        this.body.slice(Math.max(0, m.start - 6), m.start),
      )
    )
      return false;
    const after = /^\s*(?:,\s\p{Ll}[^,;:"“”]{0,60},\s*)?(\p{Ll}+)/u.exec(this.body.slice(m.end, m.end + 80));
    return after !== null && MAIN_SAYING.test(after[1]!);
  }

  /** Whether the sentence of `m` has the pronoun of `gender` as a subject before `m` (outside
   * quotes, and before `at`). */
  private pronounBefore(m: Mention, gender: Gender, at: number): boolean {
    const sentence = this.sentences[m.sentence];
    if (!sentence) return false;
    const text = this.body.slice(sentence.start, Math.min(m.start, at));
    const re = gender === "f" ? /\b[Ss]he\b/g : /\b[Hh]e\b/g;
    for (const hit of text.matchAll(re)) if (!this.insideQuote(sentence.start + hit.index)) return true;
    return false;
  }

  /** A name used as a modifier ("the Clinton campaign", "Clinton spokeswoman Jane Roe") is not
   * the subject a pronoun points back to. */
  private isModifier(m: Mention): boolean {
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(this.body.slice(m.end, m.end + 40))?.[1];
    if (next && nominalType(next)) return true;
    return (
      /\b(?:the|a|an)\s+$/i.test(this.body.slice(Math.max(0, m.start - 5), m.start)) &&
      m.actor.type === "person"
    );
  }
}
