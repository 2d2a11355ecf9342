// Antecedents of pronouns over the mentions of one body: "he"/"she" go to the nearest person of
// a compatible gender, "it" to the nearest organisation, skipping names used as modifiers ("the
// Clinton campaign") and following a chain of the same pronoun back to where it was introduced.

import { DOCUMENT_NOUNS } from "../data/speaker-nouns.ts";
import { HONOURS, TITLE_MODIFIERS, TITLES } from "../data/titles.ts";
import type { ActorType, Sentence } from "../schemas.ts";
import type { ActorRecord, Mention } from "./actors.ts";
import { MentionIndex } from "./mention-index.ts";
import { FRONTED, MAIN_SAYING } from "./quote-rules.ts";
import type { QuoteSpan } from "./quote-spans.ts";
import { type Gender, genderOf, nominalGender, nominalType } from "./speaker-words.ts";

// A preposition right before a name, past a determiner and up to two titles ("against Sen. Roe").
const PREPOSITION_BEFORE =
  /\b(between|against|with|about|for|of|on|at|from|into|toward|towards|than|like|over|under|to|behind|beside|alongside)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.]*[ \t]+){0,2})$/u;

// A subordinate clause opening a sentence, up to a pronoun in it ("But when asked how she …").
const LEADING_CLAUSE =
  /^\W*(?:(?:but|and|yet|so)\s+)?(?:when|after|before|while|although|though|because|since|if|as|once|until|unless)\b[^,;:—–]*$/i;

/** A participle opening the sentence, then no punctuation ("Asked whether ", "Speaking to "). */
const LEADING_PARTICIPLE = /^\W*[\p{Lu}][\p{Ll}]+(?:ed|ing)\b[^,;:—–]*$/u;

// A subordinating word, then no punctuation up to where a pronoun stands ("the day that ").
const FRONTED_SUBORDINATE =
  /\b(?:when|after|before|while|although|though|because|since|if|as|once|until|unless|that)\s+(?:[^,;:—–"“”]*\s)?$/i;

// A pronoun, then a verb of telling and nothing else before the one told ("he told ", "she
// later asked ").
const TELLING_AFTER_PRONOUN =
  /^[\p{L}]+\s+(?:[\p{Ll}]+ly\s+)?(?:told|tells|asked|asks|assured|assures|reminded|reminds|warned|warns)\s+$/u;

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
   * pronoun ("He said Doe would win") continues the chain: the antecedent is found before it.
   * `quote`: the span of the quote being attributed, whose speaker is not someone it names in
   * the third person ("Roe is our best hope," he says). `oldest`: the first sentence searched.
   * Whoever the pronoun, or the same pronoun earlier in its chain, tells something ("he told Roe")
   * is not its antecedent, nor is `excluded`. */
  antecedent(
    at: number,
    type: ActorType,
    gender: Gender | null,
    quote: { open: number; close: number } | null = null,
    oldest = -1,
    excluded: ActorRecord | null = null,
  ): ActorRecord | null {
    let sentence = -1;
    let candidates: Mention[] = [];
    const addressees = new Set<ActorRecord>();
    if (excluded) addressees.add(excluded);
    const addressee = type === "person" ? this.addressedBy(at) : null;
    if (addressee) addressees.add(addressee);
    const pick = (): ActorRecord | null => {
      if (candidates.length === 0) return null;
      // Scanned backwards: the last candidate is the first in the sentence.
      const first = candidates[candidates.length - 1]!;
      // "The good news for Doe, Roe said, is …": the one given a verb of saying is who speaks on,
      // even after a pronoun of the same gender ("…, which he is expected to win, Roe said").
      const speaking = candidates.filter((m) => this.speaksHere(m));
      if (speaking.length === 1) return speaking[0]!.actor;
      // "Asked about Doe's vote, she replied": the pronoun after a fronted participle naming
      // everyone the sentence names is that participle's subject, someone further back.
      const chain =
        gender && type === "person"
          ? Math.max(this.pronounBefore(first, gender, at), this.pronounAfterParticiple(candidates, gender))
          : -1;
      if (chain >= 0) {
        const told = this.addressedBy(chain);
        if (told) addressees.add(told);
        return null;
      }
      // A possessor ("Roe's plan") or the object of a preposition ("between Roe and Doe") is passed
      // over for a name that can be the subject the pronoun continues.
      const ordered = [...candidates].reverse();
      // "Filling in for Roe where Doe spoke, Moe landed a dig": a name inside a phrase fronted
      // before the main clause is passed over for the main clause's subject.
      const subject =
        ordered.find((m) => !this.isPossessor(m) && !this.prepositionObject(m) && !this.inFrontedPhrase(m)) ??
        ordered.find((m) => !this.isPossessor(m) && !this.prepositionObject(m));
      // "The actress recalled her year with the Harbor Players": when the sentence's subject is a
      // description of a person and every name in it is an object, the pronoun points further back.
      if (!subject && type === "person" && this.describedOpening(first.sentence)) return null;
      const plain = ordered.find((m) => !this.isPossessor(m));
      return (subject ?? plain ?? first).actor;
    };
    // "One of the riders chose to speak. She said …": a sentence opening on someone described
    // but not named stands between the pronoun and any name before it.
    let unchecked = type === "person" ? this.sentenceIndexAt(at) : -1;
    // ("His neighbour was less convinced, he says": in the pronoun's own sentence, someone
    // described as the relative or the like of "his"/"her" is someone else, whose owner the
    // pronoun is.)
    const own = unchecked;
    // "Asked about Roe's vote, she replied": the pronoun right after a fronted participle is that
    // participle's subject, never someone named inside it.
    const participleFrom = type === "person" ? this.frontedParticipleBefore(at) : -1;
    for (let k = this.lowerBound(at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.sentence < oldest) break;
      // (Names in a sentence after that one are still nearer: "A company spokesman said …. Jo Roe
      // has lived here for years. "…," he said".)
      for (; unchecked > m.sentence; unchecked--)
        if (
          this.opensOnSomeone(unchecked) &&
          !(unchecked === own && this.opensOnOwnersKin(unchecked, gender))
        )
          return sentence > unchecked ? pick() : (this.namedOpening(candidates, unchecked)?.actor ?? null);
      if (
        m.actor.type !== type ||
        addressees.has(m.actor) ||
        this.insideQuote(m.start) ||
        this.isModifier(m) ||
        this.inQuoteAside(m)
      )
        continue;
      if (m.start >= participleFrom && participleFrom >= 0) continue;
      // Someone named inside the quote is not who says it ("Trump is wrong," he said), though a body's
      // statement often names the body itself ("The Federation has always condemned …," it read).
      if (quote && type === "person" && this.namedIn(m.actor, quote)) continue;
      if (gender && type === "person") {
        const g = this.personGender(m.actor) ?? this.genderBefore(m);
        if (g !== null && g !== gender) continue;
      }
      if (sentence >= 0 && m.sentence !== sentence) {
        const found = pick();
        if (found) return found;
        candidates = [];
        // (The sentence just passed may have shown that the chain's pronoun told this one.)
        if (addressees.has(m.actor)) continue;
      }
      sentence = m.sentence;
      candidates.push(m);
    }
    return pick();
  }

  /** Where the sentence holding a pronoun at `at` starts, when it opens on a participle phrase
   * ("Asked about …", "Speaking to …") closed by a comma right before the pronoun; else -1. */
  private frontedParticipleBefore(at: number): number {
    const sentence = this.sentences[this.sentenceIndexAt(at)];
    if (!sentence) return -1;
    const lead = this.body.slice(sentence.start, at);
    const opening = /^\W*([\p{L}]+)\s/u.exec(lead)?.[1] ?? "";
    return /^[\p{Lu}][\p{Ll}]{2,}(?:ed|ing)$/u.test(opening) && /,\s*$/.test(lead) ? sentence.start : -1;
  }

  /** The index of the sentence holding offset `at`. */
  private sentenceIndexAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether sentence `index` opens on "His"/"Her" agreeing with `gender` ("His neighbour"). */
  private opensOnOwnersKin(index: number, gender: Gender | null): boolean {
    const sentence = this.sentences[index]!;
    const opening = this.body.slice(sentence.start, sentence.start + 8);
    return gender === "m" ? /^\s*His\s/.test(opening) : gender === "f" && /^\s*Her\s/.test(opening);
  }

  /** Whether sentence `index` opens on someone described but not named ("One of the victims
   * decided", "A local woman said"). */
  protected opensOnSomeone(index: number): boolean {
    return this.someoneOpening(index) !== null;
  }

  /** The description of someone not named that opens sentence `index` ("One of the victims", "A
   * local woman", "A Skyway spokeswoman", "Roe's spokeswoman", "One victim, a widow,", "An
   * employee who asked not to be named", "One worker, who feared for her job,", "A nurse at the
   * clinic", "A worker on the night shift", "A spokeswoman for the operator, Lotto Ventures,", "One resident, reached by phone,",
   * "A local nurse did not …", "But a former engineer …"), or null. */
  protected someoneOpening(index: number): string | null {
    const sentence = this.sentences[index];
    if (!sentence) return null;
    const opening =
      /^\s*(?:(?:But|And|Yet|Still)\s+)?((?:(?:[Oo]ne|[Ss]ome)\s+of\s+the|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s)\s+((?:[\p{Lu}][\p{L}.-]*\s+){0,2}(?:[\p{Ll}\d-]+\s+){0,2}?[\p{Ll}-]+)(?:\s+(?:at|from|for|with|in|of|on)\s[^,;:"“”]{2,60}?(?:,\s[\p{Lu}][^,;:"“”]{1,40},)?)?)(?:,\s(?:a|an|the)\s[^,;:"“”]{2,50},|,\s[\p{Ll}]+(?:ed|ing|en)\s[^,;:"“”]{2,60},|(,?)\s+who\s[^,;:"“”]{2,120}?\3)?\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+(?:ed|s)|said|told|spoke|wrote|took|came|went|gave|made|saw|found|felt|knew|thought|began|became|lost|won|had|was|did|could|would|left|met|got|kept|held|heard|paid|sold|spent|fell|broke|fought|bought|brought|sat|stood|ran|wept|slept|fled|rose|drove|flew|grew|threw|wore|woke|shook|struck|hid|sought|caught|chose|drew)\b/u.exec(
        this.body.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)),
      );
    const subject = opening?.[2];
    // (Not a quantity: "A few minutes later".)
    return subject !== undefined &&
      !/^(?:few|couple|handful|number|lot|dozen)\b/.test(subject) &&
      nominalType(subject) === "person"
      ? opening![1]!.replace(/,$/, "")
      : null;
  }

  /** "A spokeswoman for the government, Kate Weil, said …": of the candidates in sentence `index`,
   * the one named right after the description of someone that opens it, as that someone's name. */
  private namedOpening(candidates: readonly Mention[], index: number): Mention | undefined {
    const opening = this.someoneOpening(index);
    // (An honour may stand before the name: "Its chair, Sir Jo Roe,".)
    return opening === null
      ? undefined
      : candidates.find((m) => {
          const name = this.body.slice(m.start, m.end);
          return opening.endsWith(name) && HONOURED_APPOSITION.test(opening.slice(0, -name.length));
        });
  }

  /** The description of one person that opens sentence `index` as its subject, before a verb
   * ("The actress said", "The retired teacher recalled"), maybe after a phrase set off before it
   * ("Speaking from her bed, the woman said"), or null. A title may be written in
   * capitals ("The Prime Minister said"), but capitals among lower-case words are a name's or a
   * party's ("The Ohio governor", "The Republican nominee": someone named before). */
  protected describedSubject(index: number): string | null {
    const sentence = this.sentences[index];
    if (!sentence) return null;
    const opening =
      /^\s*(?:[\p{Lu}][^,;:"“”]{2,60},\s+)?([Tt]he\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+))\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+ed|says|said|told|wrote|spoke|thought|felt|knew)\b/u.exec(
        this.body.slice(sentence.start, Math.min(sentence.end, sentence.start + 140)),
      );
    const subject = opening?.[2];
    // (One person: not "The protesters", though "The actress".)
    return subject !== undefined &&
      !/[^s]s$/.test(subject) &&
      (/^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*$/u.test(subject) ||
        subject.split(/\s+/).every((word) => TITLES.has(word) || TITLE_MODIFIERS.has(word))) &&
      nominalType(subject) === "person"
      ? opening![1]!
      : null;
  }

  /** The description of a body, not named, that opens sentence `index` as its subject before a
   * verb ("The foreign ministry was blunter", "Ukraine's defence ministry said"; past a phrase set
   * off, "The ministry, in a statement, said"), with where it starts; or null. */
  protected describedBody(index: number): { text: string; start: number } | null {
    const sentence = this.sentences[index];
    if (!sentence) return null;
    const opening =
      /^(\s*)((?:[Tt]he|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+))(?:,\s+(?:in|on|at|through|via)\s+[^,;:"“”]{1,40},)?\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+ed|was|is|has|had|says|said|told|wrote|issued|put|took|gave|([\p{Ll}]+s))\b/u.exec(
        this.body.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)),
      );
    const subject = opening?.[3];
    // (A document with any verb in the present: "The bankruptcy filing lists debts".)
    const verbFits = opening?.[4] === undefined || DOCUMENT_NOUNS.has(subject?.split(" ").at(-1) ?? "");
    return subject !== undefined && verbFits && !/[^s]s$/.test(subject) && nominalType(subject) === "org"
      ? { text: opening![2]!, start: sentence.start + opening![1]!.length }
      : null;
  }

  /** Whether sentence `index` opens on a description of a person ("The actress recalled"). */
  private describedOpening(index: number): boolean {
    const sentence = this.sentences[index];
    if (!sentence) return false;
    const words = /^\s*[Tt]he\s+((?:[\p{Ll}-]+\s+){1,3})/u
      .exec(this.body.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)))?.[1]
      ?.trim()
      .split(/\s+/);
    // The shortest run of words that describes a person ("actress", "radio talker").
    return (words ?? []).some((_, n) => nominalType(words!.slice(0, n + 1).join(" ")) === "person");
  }

  /** Whether a main verb of saying follows `m`, past a lower-case apposition ("Roe, a lawyer,
   * said"), and `m` is not the object of a preposition ("of Huntsville, Ala., says"). */
  private speaksHere(m: Mention): boolean {
    // "…, said Jane Roe, a director.": the inverted verb of saying right before the name, which
    // ends the clause (not "Roe, said Doe was …").
    if (
      /[,"”]\s*(?:said|says|added|adds|wrote|writes)\s+$/.test(
        this.body.slice(Math.max(0, m.start - 12), m.start),
      ) &&
      /^\s*(?:[,.;]|$)/.test(this.body.slice(m.end, m.end + 2))
    )
      return true;
    if (
      /\b(?:of|in|from|at|to|for|with|by|when|as)\s+$/i.test(
        this.body.slice(Math.max(0, m.start - 6), m.start),
      )
    )
      return false;
    const after = /^\s*(?:,\s[\p{Ll}][^,;:"“”]{0,60},\s*)?([\p{Ll}]+)/u.exec(
      this.body.slice(m.end, m.end + 80),
    );
    return after !== null && MAIN_SAYING.test(after[1]!);
  }

  /** "…," he told Roe: the person named right after the verb of telling that follows the pronoun
   * at `at` is who was told, so not who the pronoun is. */
  private addressedBy(at: number): ActorRecord | null {
    const m = this.mentionsIn(at, at + 60).find((n) => n.actor.type === "person");
    if (!m) return null;
    // ("he told Sen. Roe": titles may stand between the verb and the name.)
    const between = this.body.slice(at, m.start).replace(/(?:[\p{Lu}][\p{Ll}]*\.?\s+)+$/u, "");
    return TELLING_AFTER_PRONOUN.test(between) ? m.actor : null;
  }

  /** Where the sentence of `m` has the pronoun of `gender` as a subject before `m` (outside
   * quotes, and before `at`); -1 when it has none. */
  private pronounBefore(m: Mention, gender: Gender, at: number): number {
    const sentence = this.sentences[m.sentence];
    if (!sentence) return -1;
    const text = this.body.slice(sentence.start, Math.min(m.start, at));
    const re = gender === "f" ? /\b[Ss]he\b/g : /\b[Hh]e\b/g;
    for (const hit of text.matchAll(re)) {
      if (this.insideQuote(sentence.start + hit.index)) continue;
      // "When asked what she meant, Roe smiled": a pronoun in a clause opening the sentence may
      // point ahead to the subject after the comma.
      // ("Asked whether she had confidence in him, Roe paused": so may one in a participle's phrase.)
      if (
        (LEADING_CLAUSE.test(text.slice(0, hit.index)) ||
          LEADING_PARTICIPLE.test(text.slice(0, hit.index))) &&
        /[,—–]|\s-\s/.test(text.slice(hit.index))
      )
        continue;
      // So may one in an aside set off by dashes or brackets before the name ("A former coach —
      // he ran a team for years — Roe offered his view").
      if (ASIDE_OPENS.test(text.slice(0, hit.index)) && ASIDE_CLOSES.test(text.slice(hit.index))) continue;
      // So may one in a subordinate clause of a phrase fronted before a name that opens the main
      // clause ("On Friday, the night that he lost, Roe backed Doe").
      if (
        FRONTED_SUBORDINATE.test(text.slice(0, hit.index)) &&
        /,\s*(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(text.slice(hit.index))
      )
        continue;
      return sentence.start + hit.index;
    }
    return -1;
  }

  /** Where the pronoun of `gender` is, when it opens the main clause right after a participle
   * phrase that opens the sentence of `mentions` and holds them all ("Asked about Roe, she said");
   * else -1. */
  private pronounAfterParticiple(mentions: readonly Mention[], gender: Gender): number {
    const sentence = this.sentences[mentions[0]!.sentence];
    if (!sentence) return -1;
    const text = this.body.slice(sentence.start, sentence.end);
    // (The phrase may hold commas of its own: "Asked whether Roe, who lost, would run, she said".)
    const pronoun = gender === "f" ? "she" : "he";
    const opening = new RegExp(`^\\W*([\\p{L}]+)\\s[^;:—–"“”]*?,\\s*(?=${pronoun}\\b)`, "u").exec(text);
    if (!opening || !/^[\p{Lu}][\p{Ll}]{2,}(?:ed|ing)$/u.test(opening[1]!)) return -1;
    const end = sentence.start + opening[0].length;
    return mentions.some((m) => m.start >= end) ? -1 : end;
  }

  /** Whether `m` sits in a phrase that opens its sentence on a preposition, a subordinator or a
   * participle, before that phrase's comma. */
  private inFrontedPhrase(m: Mention): boolean {
    const sentence = this.sentences[m.sentence];
    if (!sentence) return false;
    const lead = this.body.slice(sentence.start, m.start);
    const opening = /^\W*([\p{L}]+)/u.exec(lead)?.[1]?.toLowerCase() ?? "";
    return (FRONTED.has(opening) || /^[\p{L}]{3,}ing$/u.test(opening)) && !/[,;:—–]/.test(lead);
  }

  /** `actor`, or when its gender is the other one, the person of the same surname and `gender`. */
  protected bySurnameAndGender(actor: ActorRecord, gender: Gender): ActorRecord {
    const g = genderOf(actor);
    if (actor.type !== "person" || g === null || g === gender) return actor;
    const surname = actor.name.split(/\s+/).at(-1);
    for (const m of this.mentions) {
      const other = m.actor;
      if (other !== actor && other.type === "person" && other.name.split(/\s+/).at(-1) === surname)
        if (genderOf(other) === gender) return other;
    }
    // "His wife, Loretta, …. "…," Mrs. Roe said": a spouse the text names by a given name alone.
    for (const m of this.mentions) {
      const spouse = SPOUSE_BEFORE.exec(this.body.slice(Math.max(0, m.start - 24), m.start))?.[1];
      if (spouse && m.actor.type === "person" && !/\s/.test(m.actor.name) && nominalGender(spouse) === gender)
        return m.actor;
    }
    return actor;
  }

  /** "Choosing between Roe and Doe is a "…," she said": the object of a preposition is not the
   * subject a pronoun continues ("according to Roe" is a source, so it stays). */
  protected prepositionObject(m: Mention): boolean {
    const before = this.body.slice(Math.max(0, m.start - 40), m.start);
    const hit = PREPOSITION_BEFORE.exec(before);
    // "As for Roe, he said …" names the topic the clause goes on about.
    if (!hit || /\bas\s+$/i.test(before.slice(0, hit.index))) return false;
    // Only titles may stand between ("against Sen. Roe"); "of State Jane Roe" is part of a title.
    return hit[2]!.split(/\s+/).every((w) => !w || TITLES.has(w) || TITLES.has(w.replace(/\.$/, "")));
  }

  /** The genders the words before any mention give each person ("his wife, Nadia Roe" makes a
   * later "Roe" a woman), found once per person; null when none, or when they disagree. */
  private readonly namedGenders = new Map<ActorRecord, Gender | null>();

  /** A person's gender: a woman when a word right before the name says so ("widow Dale Roe"),
   * though the given name is more often a man's; otherwise the gender the name and roles give, or
   * else the one the text gives elsewhere. (Words for men are not trusted over a woman's given
   * name: "spokesman", "chairman" are written of women too; nor is a "She" opening the next
   * sentence, which may be someone else.) */
  protected personGender(actor: ActorRecord): Gender | null {
    if (this.genderWorded(actor) === "f") return "f";
    return genderOf(actor) ?? this.genderNamed(actor);
  }

  /** The gender the words right before a person's mentions give ("widow", "Mrs."), found once per
   * person; null when none, or when they disagree. */
  private readonly wordedGenders = new Map<ActorRecord, Gender | null>();

  private genderWorded(actor: ActorRecord): Gender | null {
    let gender = this.wordedGenders.get(actor);
    if (gender === undefined) {
      const found = new Set(actor.mentions.map((m) => this.genderBefore(m)).filter((g) => g !== null));
      gender = found.size === 1 ? [...found][0]! : null;
      this.wordedGenders.set(actor, gender);
    }
    return gender;
  }

  protected genderNamed(actor: ActorRecord): Gender | null {
    let gender = this.namedGenders.get(actor);
    if (gender === undefined) {
      const found = new Set(
        actor.mentions
          .flatMap((m) => [this.genderBefore(m), this.genderContinued(m)])
          .filter((g) => g !== null),
      );
      gender = found.size === 1 ? [...found][0]! : null;
      this.namedGenders.set(actor, gender);
    }
    return gender;
  }

  /** "Jane Quill, who says Tom Roe misled her, spoke on Monday. She said …": a sentence opening on
   * "He" or "She" right after one that opens on the mention gives the person that gender, when no
   * one else that sentence names can be the pronoun (their genders known and other). */
  private genderContinued(m: Mention): Gender | null {
    const sentence = this.sentences[m.sentence];
    const next = this.sentences[m.sentence + 1];
    if (!sentence || !next || !/^\W*$/.test(this.body.slice(sentence.start, m.start))) return null;
    const pronoun = /^\s*(He|She)\b/.exec(this.body.slice(next.start, next.start + 8))?.[1];
    if (!pronoun || this.insideQuote(m.start)) return null;
    const gender: Gender = pronoun === "She" ? "f" : "m";
    for (const other of this.mentionsIn(sentence.start, sentence.end)) {
      if (other.actor === m.actor || other.actor.type !== "person" || this.insideQuote(other.start)) continue;
      const known = genderOf(other.actor) ?? this.genderBefore(other);
      if (known === null || known === gender) return null;
    }
    return gender;
  }

  /** "her husband, Milton Roe", "Mrs. Roe": the gender a word right before the mention gives it,
   * when the name itself tells none. */
  private genderBefore(m: Mention): Gender | null {
    const word = /(?:^|[^\p{L}.])([\p{L}.-]+),?\s+$/u.exec(
      this.body.slice(Math.max(0, m.start - 30), m.start),
    )?.[1];
    return word ? nominalGender(word) : null;
  }

  /** `"The old polls" -- the ones that put Roe last -- "were wrong," he told them`: a mention in
   * an aside set off by dashes between two quotes is what the words are about, not who says them. */
  private inQuoteAside(m: Mention): boolean {
    const k = this.firstSpanAfter(m.start);
    const before = this.spans[k - 1];
    const after = this.spans[k];
    if (!before || !after || before.close > m.start) return false;
    const gap = this.body.slice(before.close, after.open);
    return gap.length <= 200 && /^[\s,]*[-—–]/.test(gap) && /[-—–]\s*$/.test(gap);
  }

  /** Whether `actor` is named inside the quote span. */
  private namedIn(actor: ActorRecord, quote: { open: number; close: number }): boolean {
    for (const m of this.mentionsIn(quote.open, quote.close))
      if (m.actor === actor && !this.isModifier(m) && !this.isPossessor(m) && !this.isAddressed(m))
        return true;
    return false;
  }

  /** `"He whispered, ‘Jane Roe, you are the Queen,’" she said`: a name opening a quote inside the
   * quote, before a comma, is someone spoken to, maybe the speaker. */
  private isAddressed(m: Mention): boolean {
    return /[‘']\s*$/.test(this.body.slice(Math.max(0, m.start - 2), m.start)) && this.body[m.end] === ",";
  }

  /** "Roe's plan": the mention is followed by a possessive. */
  protected isPossessor(m: Mention): boolean {
    return /^['’]/.test(this.body.slice(m.end, m.end + 1));
  }

  /** A name used as a modifier ("the Clinton campaign", "Clinton spokeswoman Jane Roe") is not
   * the subject a pronoun points back to. */
  private isModifier(m: Mention): boolean {
    const after = /^\s+([\p{Ll}][\p{L}-]*)(\s+(?:the|a|an|his|her|its|their)\s)?/u.exec(
      this.body.slice(m.end, m.end + 40),
    );
    // (Not a verb in "-s" before its object: "Roe chairs the committee", "Roe hosts a show".)
    if (after && nominalType(after[1]!) && !(after[2] && after[1]!.endsWith("s"))) return true;
    return (
      /\b(?:the|a|an)\s+$/i.test(this.body.slice(Math.max(0, m.start - 5), m.start)) &&
      m.actor.type === "person"
    );
  }
}

/** An aside opened by a dash or a bracket and not yet closed at the end of the text. */
const ASIDE_OPENS = /(?:—|–|\s-\s|\()[^—–()]*$/;
/** The text closes an aside (a dash or a bracket) before any other opens. */
const ASIDE_CLOSES = /^[^—–()]*(?:—|–|\s-\s|\))/;

/** The comma setting off a name, maybe with honours before it (", ", ", Sir "). */
const HONOURED_APPOSITION = new RegExp(`,\\s(?:(?:${HONOURS})\\.?\\s)*$`);

/** A spouse's word and comma right before a name ("his wife, ", "Her husband, "). */
const SPOUSE_BEFORE = /\b(?:[Hh]is|[Hh]er)\s+(wife|husband),\s+$/;
