// Quotes: quoted spans -> speech with its speaker. Joins a quote split by its attribution,
// attributes by the usual news patterns (after: `"…," X said` / `"…," said X`; before: `X said:
// "…"`, `according to X, "…"`, partial quotes after a reporting verb), resolves "he", "she",
// "the company"... to the actor last named, carries the speaker over to a quote-only paragraph
// after an attributed one, and drops scare quotes and names in quotation marks.
import { REPORTING_VERBS, SAYING_VERBS } from "../data/reporting-verbs.ts";
import { SHORT_TITLES } from "../data/titles.ts";
import type { Quote, Sentence } from "../schemas.ts";
import type { Mention } from "./actors.ts";
import {
  asPutIt,
  closingAttribution,
  creditedPerson,
  creditLine,
  endsParagraph,
  invertedSpeaker,
  longApposition,
  namedSubject,
  newSpeakerBetween,
  openingAttribution,
  ownClosing,
  subjectWithOtherVerb,
  verbFirstSubject,
} from "./clause-subjects.ts";
import { nameLeadDescriptions } from "./lead-descriptions.ts";
import type { MentionIndex } from "./mention-index.ts";
import {
  GOES_ON_ABOUT,
  isBareAttribution,
  JOIN,
  MAIN_SAYING,
  MAX_SUBJECT_WORDS,
  NAME_LEAD,
  readsAsSpeech,
  sentenceIndexer,
  WORD,
} from "./quote-rules.ts";
import { findQuoteSpans, type QuoteSpan } from "./quote-spans.ts";
import { nominalType, PAST_TENSES } from "./speaker-words.ts";
import { type SpeakerRef, SpeakerResolver, toSpeaker } from "./speakers.ts";
import { ADVERB_TAIL } from "./subject-segments.ts";

/** Whether the words before a possessor (`by Director Jane Roe's`, a sentence's start) leave its noun
 * phrase no object of another verb: `Doe called Roe's assertion "…"` quotes Doe. */
const possessorLeads = (before: string): boolean =>
  /(?:^|[,;:(]|(?<![\p{L}])(?:by|of|in|with|after|despite|from|on|about|over|amid|following))\s*(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(
    before,
  );

/** Nouns for what someone said, whose possessor is their speaker (`Roe's conclusion that the plan
 * was "…"`). The verbs of saying that are nouns too ("claim", "remarks") are in REPORTING_VERBS. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  `conclusion assertion contention insistence argument allegation accusation suggestion prediction
declaration observation admission explanation description characterization characterisation assessment
complaint statement message advice response plea verdict`.split(/\s+/),
);

interface Draft {
  parts: QuoteSpan[];
  speaker: SpeakerRef | null;
  attributed: boolean;
  sentence: number;
  paragraph: number;
  /** Attributed by a source named after it ("…" according to X): speech, whatever its lead. */
  sourced?: boolean;
  /** Given its speaker by a verb of saying, not only by a source ("according to X"). */
  reported?: boolean;
}

/** Extracts the quotes of the body with their speakers. `mentions` must be sorted by start. */
export function extractQuotes(
  body: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): Quote[] {
  const spans = findQuoteSpans(body);
  if (spans.length === 0 || sentences.length === 0) return [];
  const sentenceAt = sentenceIndexer(sentences);
  const paragraphStarts: number[] = [];
  for (const sentence of sentences) {
    const prev = sentences[sentence.index - 1];
    paragraphStarts.push(
      prev && prev.paragraph === sentence.paragraph ? paragraphStarts[sentence.index - 1]! : sentence.start,
    );
  }
  const drafts: Draft[] = [];
  /** Where the paragraph holding offset `at` starts. */
  const paragraphStartAt = (at: number): number => paragraphStarts[sentenceAt(at)]!;
  let sourceAfter = false;
  let lastSpeaker: SpeakerRef | null = null;
  const resolver = new SpeakerResolver(body, sentences, mentions, spans, sentenceAt);
  let lastParagraph = -1;

  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const sentence = sentences[sentenceAt(span.start)]!;
    const parts = [span];
    // A quote split by its attribution: `"A," X said. "B"` / `"A," said X, "B"`.
    let after = attributionAfter(i, sentence);
    while (after && i + 1 < spans.length) {
      const next = spans[i + 1]!;
      const last = parts[parts.length - 1]!;
      const gap = body.slice(last.close, next.open);
      if (gap.length > 160 || gap.includes("\n") || !isBareAttribution(gap)) break;
      // (A part its attribution interrupts ends on a comma or a question mark, or opens its
      // sentence; not a phrase the sentence goes on after: `is a "steady reformer" who won
      // …, X writes. "B"`.)
      if (
        !/[,;:?!…—–-][\s"“”'‘’]*$/.test(body.slice(last.start, last.close + 1)) &&
        !/^\s*$/.test(body.slice(sentences[sentenceAt(last.open)]!.start, last.open))
      )
        break;
      // `"A," Roe said. "B," Doe said.` (or `"B?" Doe asked.`): a next sentence with its own
      // attribution is its own quote.
      if (
        /\.\s*$/.test(gap) &&
        /[,?!…]\s*["”]?$/.test(body.slice(next.start, next.close)) &&
        attributionAfter(i + 1, sentence)
      )
        break;
      parts.push(next);
      i++;
      after = null;
    }
    let speaker: SpeakerRef | null = null;
    let attributed = false;
    // `calling it "A" and "B"`: a quote coordinated with the one before shares its attribution.
    const previous = drafts[drafts.length - 1];
    const previousSpan = spans[i - parts.length];
    const coordinated =
      previous !== undefined &&
      previousSpan !== undefined &&
      previous.sentence === sentence.index &&
      /^\s*(?:,|and|or|,\s*and|as well as)(?:\s+(?:a|an|the))?\s*$/.test(
        body.slice(previousSpan.close, span.open),
      );
    // `"A" and "B," Roe said`: the last of coordinated quotes carries their attribution after it;
    // the quotes before it take its speaker (below).
    const attributesBoth =
      coordinated && !previous.attributed && attributionAfter(i - parts.length + 1, sentence);
    if (previous && coordinated && !attributesBoth) {
      drafts.push({
        parts,
        speaker: previous.speaker,
        attributed: previous.attributed,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        reported: previous.reported === true,
      });
      continue;
    }
    // `tweeted "A" and offered "B"`, `said it would be "A" while "B"`, `said there is "A" he
    // is "B"`: a later quote of the same sentence has that speaker, unless someone else is given
    // a verb of saying between them (`… "A," while Roe called it "B"`) or the quote has its own
    // attribution after it. (The sentence is the one the earlier quote ends in: `remarked, "A. B,"
    // further remarking, "C"`.)
    if (
      previous?.speaker &&
      previousSpan &&
      (previous.sentence === sentence.index || sentenceAt(previousSpan.close - 1) === sentence.index) &&
      !NAME_LEAD.test(body.slice(Math.max(0, previousSpan.open - 12), previousSpan.open))
    ) {
      const between = body.slice(previousSpan.close, span.open);
      const gapWords = between.match(WORD) ?? [];
      if (
        between.length < 200 &&
        gapWords.length <= 30 &&
        // (Abbreviations end no sentence: `said a former U.S. official who called it "B"`.)
        !/[;.!?]/.test(between.replace(ABBREVIATED, "")) &&
        !newSpeakerBetween(body, resolver, previousSpan.close, span.open, previous.speaker) &&
        !attributionAfter(i - parts.length + 1, sentence)
      ) {
        drafts.push({
          parts,
          speaker: previous.speaker,
          attributed: true,
          sentence: sentence.index,
          paragraph: sentence.paragraph,
          reported: previous.reported === true,
        });
        lastSpeaker = previous.speaker;
        lastParagraph = sentence.paragraph;
        continue;
      }
    }
    // `Responding to Roe, who called the results "…", Doe said`: words a relative clause right
    // before the quote gives its antecedent are that person's, whoever speaks after them.
    const inRelative = RELATIVE_NAMING_BEFORE.test(
      body.slice(Math.max(sentence.start, span.open - 90), span.open),
    );
    const post = inRelative ? null : attributionAfter(i - parts.length + 1, sentence);
    // A source named after the quote ("…," according to NBC) relays it: a speaker named before
    // the quote (`X called it "…," according to NBC`) comes first.
    const relayed = post !== null && sourceAfter;
    const source = relayed ? resolve(post[0], post[1], span.open) : null;
    if (post && !relayed) {
      attributed = true;
      speaker = resolve(post[0], post[1], span.open);
    }
    // Whether the speaker is a source the quote is credited to ("according to X"), which
    // vouches for the claim rather than for the quoted word.
    let viaSource = false;
    if (!speaker) {
      for (const pre of attributionBefore(i - parts.length + 1, sentence, source !== null)) {
        attributed = true;
        speaker = resolve(pre[0], pre[1], span.open);
        // An earlier verb's subject only when it names someone or is a short description.
        if (speaker && pre[2] && !speaker.actor && speaker.name.split(" ").length > 5) speaker = null;
        viaSource = /according to\s*$/i.test(body.slice(Math.max(0, pre[0] - 14), pre[0]));
        if (speaker) break;
      }
    }
    let sourced = false;
    if (!speaker && relayed) {
      attributed = true;
      speaker = source;
      sourced = speaker !== null;
      viaSource = true;
    }
    // `Roe's "every family gets a seat" promise`: a person's possessive right
    // before a quote of several words owns the words.
    if (!speaker) {
      const owner = mentionsIn(Math.max(0, span.open - 60), span.open).at(-1);
      if (
        owner?.actor.type === "person" &&
        /^['’]s?\s*$/.test(body.slice(owner.end, span.open)) &&
        (body.slice(span.start, span.end).match(WORD)?.length ?? 0) >= 3
      ) {
        speaker = resolve(owner.start, owner.end, span.open);
        attributed = speaker !== null;
      }
    }
    const paragraph = sentence.paragraph;
    const pStart = paragraphStarts[sentence.index]!;
    const startsParagraph = span.open - pStart < 8 && /^\s*$/.test(body.slice(pStart, span.open));
    if (
      !attributed &&
      lastSpeaker &&
      (paragraph === lastParagraph || (paragraph === lastParagraph + 1 && startsParagraph))
    ) {
      // Only quote marks and punctuation around the quote in its sentence (bounded windows).
      const lead = span.open - sentence.start;
      const tail = sentence.end - parts[parts.length - 1]!.close;
      const rest =
        lead > 40 || tail > 40
          ? "long"
          : body.slice(sentence.start, span.open) + body.slice(parts[parts.length - 1]!.close, sentence.end);
      // `But "…"`, `And "…"`: a conjunction opening the quote's sentence still continues the speech;
      // so does a short phrase of time (`During the premiere, "…"`).
      if (
        !/[\p{L}]{3}/u.test(
          rest
            .replace(/^\s*(?:During|At|After|Before|Later|Earlier|Since|Until)\s[^,"“”]{1,30},/, "")
            .replace(
              /^\s*(?:But|And|Yet|Still|So|Then|Instead|Indeed|Again|Also|Plus|Rather|Otherwise)\b/,
              "",
            ),
        )
      )
        speaker = lastSpeaker;
      // `"…," said Roe. "…" to back him yet.`: a quote of several words opening its sentence, in
      // the speaker's paragraph, goes on with that speaker when the words after it name no one.
      else if (
        paragraph === lastParagraph &&
        lead < 3 &&
        tail < 120 &&
        (body.slice(span.start, span.end).match(WORD)?.length ?? 0) >= 5 &&
        mentionsIn(parts[parts.length - 1]!.close, sentence.end).length === 0 &&
        ![...body.slice(parts[parts.length - 1]!.close, sentence.end).matchAll(WORD)].some((w) =>
          REPORTING_VERBS.has(w[0].toLowerCase()),
        )
      )
        speaker = lastSpeaker;
      // `"…," Roe told us. The kiln "gets so hot I keep the door open."`: words in the first person
      // inside a sentence that names no one else (no name, no "he", "she" or "they", `and she's
      // like "I …"`) and has no verb of saying go on with the speaker of the paragraph.
      else if (
        paragraph === lastParagraph &&
        FIRST_PERSON.test(body.slice(span.start, span.end)) &&
        !mentionsIn(sentence.start, sentence.end).some((m) => !resolver.insideQuote(m.start)) &&
        !namesSomeone(
          `${body.slice(sentence.start, span.open)} ${body.slice(parts[parts.length - 1]!.close, sentence.end)}`,
        )
      )
        speaker = lastSpeaker;
    }
    // `X criticised the decision on Twitter. "…"`, `X agreed. "…"`: a quote opening a sentence, after a sentence
    // in which someone reports something without quoting, is theirs.
    const prevSentence = sentences[sentence.index - 1];
    // (Not when its own sentence gives a source after it: `A "living wage" is $12, according to …`.)
    const ownSource = /\baccording to\b/i.test(body.slice(parts[parts.length - 1]!.close, sentence.end));
    if (
      !attributed &&
      !speaker &&
      !ownSource &&
      span.open - sentence.start < 3 &&
      prevSentence &&
      (prevSentence.paragraph === paragraph ||
        (prevSentence.paragraph === paragraph - 1 &&
          startsParagraph &&
          endsParagraph(body, parts[parts.length - 1]!.close)))
    ) {
      // (A credit line, "- Jane Roe, writing after the speech.", credits the quote before it.)
      const prevText =
        prevSentence.text.length < 400 && !/^\s*[-—–―]/.test(prevSentence.text) ? prevSentence.text : "";
      // `Asked whether she would stand again, Roe paused.` ¶ `"…"`: the quote is the answer of the
      // one asked, whatever their own verb.
      const unquoted = prevText !== "" && !/["“”]/.test(prevText);
      const asked = unquoted ? askedSubject(body, resolver, prevSentence) : null;
      // `Why do trials take so long?` ¶ `"…"`: a question that is a paragraph of its own, then a
      // quote-only paragraph: the answer of the one being interviewed, the last speaker or, before
      // any, the one person the article has named.
      const questionLine =
        prevSentence.paragraph === paragraph - 1 &&
        unquoted &&
        /\?\s*$/.test(prevText) &&
        sentences[prevSentence.index - 1]?.paragraph !== prevSentence.paragraph;
      if (asked) speaker = resolve(asked[0], asked[1], span.open);
      else if (questionLine) {
        const named: Mention | undefined = lastSpeaker
          ? undefined
          : onlyPersonBefore(resolver, prevSentence.start);
        speaker = lastSpeaker ?? (named ? resolve(named.start, named.end, span.open) : null);
      } else if (unquoted) {
        // (Not a noun after a determiner: "made the claim".)
        const verb = [...prevText.matchAll(WORD)].find(
          (m) =>
            (SAYING_VERBS.has(m[0]) ||
              /^(?:criticised|criticized|condemned|praised|wrote|tweeted|posted|agreed|agrees|disagreed|disagrees)$/.test(
                m[0],
              )) &&
            !DETERMINER_BEFORE.test(prevText.slice(Math.max(0, m.index - 12), m.index)),
        );
        // `…, said Jane Roe, an analyst. "…"`: a verb after a comma with a name after it is inverted.
        const inverted = verb
          ? /^\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*)(?=\s*[,.])/u.exec(
              prevText.slice(verb.index + verb[0].length),
            )
          : null;
        if (verb && inverted && /,\s+$/.test(prevText.slice(0, verb.index))) {
          const at =
            prevSentence.start + verb.index + verb[0].length + inverted[0].length - inverted[1]!.length;
          speaker = resolve(at, at + inverted[1]!.length, span.open);
        } else if (verb) {
          // (`The Times made the claim, and the Courier responded.` ¶ `"…"`: the last clause's subject.)
          const start = prevSentence.start + lastClauseStart(prevText.slice(0, verb.index), false);
          speaker = resolve(start, prevSentence.start + verb.index, span.open);
        } else {
          // `Roe touted her record. "…"`: a named or pronoun subject opening it, with its own verb.
          // In the paragraph before, a name opening it that is the last quote's speaker too
          // (`"…," Roe notes.` ¶ `Roe is upbeat about it.` ¶ `"…"`).
          const subject = namedSubject(body, resolver, prevSentence, prevSentence.end);
          if (subject && prevSentence.paragraph === paragraph)
            speaker = resolve(subject[0], subject[1], span.open);
          const opener = mentionsIn(prevSentence.start, prevSentence.start + 60)[0];
          if (
            prevSentence.paragraph !== paragraph &&
            lastSpeaker?.actor &&
            opener?.actor === lastSpeaker.actor &&
            /^\s*$/.test(body.slice(prevSentence.start, opener.start))
          )
            speaker = lastSpeaker;
          // (So is "he" or "she" opening a paragraph of one sentence right after the speaker's:
          // `"…," Roe said.` ¶ `She pauses.` ¶ `"…"`.)
          const pronoun = /^\s*(?:He|She)\b/.exec(prevSentence.text);
          if (
            !speaker &&
            pronoun &&
            lastSpeaker?.actor &&
            prevSentence.paragraph === paragraph - 1 &&
            lastParagraph === paragraph - 2 &&
            sentences[prevSentence.index - 1]?.paragraph !== prevSentence.paragraph
          ) {
            const word = pronoun[0].trimStart();
            const at = prevSentence.start + pronoun[0].length - word.length;
            const who = resolve(at, at + word.length, span.open);
            if (who?.actor === lastSpeaker.actor) speaker = lastSpeaker;
          }
          // `Mary Roe was a nurse in 2020. She retired last year.` ¶ `"We had no idea …"`: words in
          // the first person opening a paragraph, before anyone has been quoted, after a paragraph
          // about one person (each sentence opening on that person's name or "he"/"she"), are theirs.
          const about =
            prevSentence.paragraph !== paragraph &&
            !lastSpeaker &&
            (FIRST_PERSON.test(body.slice(span.start, span.end)) ||
              /(?<![\p{L}'’])(?:[Ww]e|our|us)(?![\p{L}'’])/u.test(body.slice(span.start, span.end)))
              ? paragraphAbout(body, resolver, sentences, prevSentence.index)
              : undefined;
          if (about) speaker = resolve(about.start, about.end, span.open);
        }
      }
    }
    // `Facts are hard to dislodge, he said. Good ones win only when "…"`: a quote in a sentence
    // with no attribution of its own, after a sentence of the paragraph that ends on its own
    // attribution (", he said."), is that speaker's.
    if (!attributed && !speaker && prevSentence && prevSentence.paragraph === paragraph) {
      const tail = prevSentence.text.length < 400 ? closingAttribution(prevSentence.text) : null;
      if (tail) speaker = resolve(prevSentence.start + tail[0], prevSentence.start + tail[1], span.open);
    }
    // `Jane Roe said she was upset by the vote. Doing so "looked like …"`: a quote in a sentence
    // with no attribution, no name and no pronoun of its own before it, after a sentence of the
    // paragraph that reports what someone named said, goes on with what they said.
    if (
      !attributed &&
      !speaker &&
      prevSentence &&
      prevSentence.paragraph === paragraph &&
      prevSentence.text.length < 400 &&
      NO_SUBJECT_OF_ITS_OWN.test(body.slice(sentence.start, span.open)) &&
      mentionsIn(sentence.start, span.open).length === 0
    ) {
      const head = openingAttribution(prevSentence.text);
      if (head) speaker = resolve(prevSentence.start + head[0], prevSentence.start + head[1], span.open);
    }
    // `"…," said Roe. "…," which Roe thinks will cut hours.`: a quote with no attribution, in the
    // last speaker's paragraph, whose sentence names that speaker and no other person, is theirs.
    if (!attributed && !speaker && lastSpeaker?.actor && paragraph === lastParagraph) {
      const people = mentionsIn(sentence.start, sentence.end).filter(
        (m) => m.actor.type === "person" && !resolver.insideQuote(m.start),
      );
      if (people.length > 0 && people.every((m) => m.actor === lastSpeaker!.actor)) speaker = lastSpeaker;
    }
    // `Dr. Roe stated:` ¶ `"…"`: a paragraph (or a line) that ends with a colon introduces the
    // quote that opens the next one; the speaker is the subject of that introducing clause.
    if (
      !attributed &&
      !speaker &&
      prevSentence &&
      ((startsParagraph && prevSentence.paragraph === paragraph - 1) ||
        (prevSentence.paragraph === paragraph &&
          /:\s*\n\s*$/.test(body.slice(Math.max(0, span.open - 6), span.open))))
    ) {
      const intro = body.slice(prevSentence.start, prevSentence.end).trimEnd();
      if (intro.endsWith(":") && intro.length < 400 && !/["“”]/.test(intro)) {
        const verb = [...intro.matchAll(WORD)].reverse().find((m) => REPORTING_VERBS.has(m[0].toLowerCase()));
        const end = prevSentence.start + (verb ? verb.index : intro.length - 1);
        // `It matters to the movement, as the foundation's website notes:`: the subject starts after
        // the last clause boundary before the verb.
        const start =
          prevSentence.start + lastClauseStart(intro.slice(0, verb ? verb.index : intro.length - 1));
        // `Stated Roe:` ¶ `"…"`: a verb opening the introducing clause has its subject after it.
        const inverted = verb ? verbFirstSubject(intro, 0, verb.index, verb[0]) : null;
        // `Roe reflects this view in Kessa Times comments:`: where the words before the verb of
        // saying (here a noun) give no speaker, the subject named before the clause's first verb.
        const subject = mentionsIn(start, end).find((m) => {
          const next = /^\s+([\p{Ll}]+)/u.exec(body.slice(m.end, m.end + 24))?.[1] ?? "";
          return m.actor.type !== "place" && (/(?:[^s]s|ed)$/.test(next) || PAST_TENSES.has(next));
        });
        speaker = inverted
          ? resolve(prevSentence.start + inverted[0], prevSentence.start + inverted[1], span.open)
          : (resolve(start, end, span.open) ?? (subject ? resolve(start, subject.end, span.open) : null));
        attributed = speaker !== null;
      }
    }
    // `"…"` ¶ `- Jane Roe.`, `"…" ― Jane Roe`: a quote on a line of its own credited by a dash
    // and a person; the credit outranks a speaker carried over from before.
    const lineStart = body.lastIndexOf("\n", span.open - 1) + 1;
    const startsLine = span.open - lineStart < 8 && /^\s*$/.test(body.slice(lineStart, span.open));
    // `"…` ¶ `Jane Roe, Acme Institute."`: a pull quote credited on its last line.
    const lastPart = parts[parts.length - 1]!;
    const credited = attributed
      ? null
      : lastPart.credit !== undefined
        ? creditedPerson(body, resolver, lastPart.credit, false)
        : startsLine
          ? creditLine(body, resolver, lastPart.close)
          : null;
    if (credited) {
      speaker = resolve(credited.start, credited.end, span.open);
      attributed = speaker !== null;
    }
    // `"…" from diplomacy to defence, in Roe's view.`, `In Roe's view, "…"`: whose view it is.
    if (!attributed) {
      const held = viewHolder(sentence, span.open, lastPart.close);
      if (held) {
        speaker = resolve(held[0], held[1], span.open);
        attributed = speaker !== null;
      }
    }
    // `Roe said the report was "not good." Adding, "…"`: a participle of saying opening the
    // sentence, with no subject of its own, goes on with the last speaker of the paragraph.
    if (
      !speaker &&
      lastSpeaker &&
      paragraph === lastParagraph &&
      /^\s*(?:and\s+)?(?:adding|saying|continuing|concluding|noting|explaining|writing)\s*[,:]?\s*$/i.test(
        body.slice(sentence.start, span.open),
      )
    ) {
      speaker = lastSpeaker;
      attributed = true;
    }
    // `"Jane Roe: We will win the vote."`: a line of a transcript quoted whole opens on its
    // speaker's name and a colon; that name outranks whoever quotes the transcript.
    const label = TRANSCRIPT_LABEL.exec(body.slice(span.start, Math.min(span.end, span.start + 60)));
    const labelled = label
      ? mentionsIn(span.start, span.start + label[1]!.length).find(
          (m) =>
            m.start === span.start && m.end === span.start + label[1]!.length && m.actor.type === "person",
        )
      : undefined;
    if (labelled) {
      speaker = resolve(labelled.start, labelled.end, span.open);
      attributed = speaker !== null;
      viaSource = false;
    }
    const reported = attributed && speaker !== null && !viaSource;
    drafts.push({ parts, speaker, attributed, sentence: sentence.index, paragraph, sourced, reported });
    if (attributesBoth && previous && speaker) Object.assign(previous, { speaker, attributed, reported });
    // A credit line closes its speaker's turn: the next quote is not carried over to them.
    if (speaker && !credited) {
      lastSpeaker = speaker;
      lastParagraph = paragraph;
    } else if (attributed && !(previous?.speaker && previous.sentence === sentence.index)) {
      // (A term quoted in the same sentence after a speaker's quote does not end that turn.)
      lastSpeaker = null;
    }
  }

  // `"We lost everything. ¶ "Now the insurers will not pay," said Jane Lee.`: a quote running on
  // into the next paragraph, with no speaker of its own, is the speaker's whose attribution
  // closes the quote it runs on into (back over several paragraphs).
  for (let k = drafts.length - 2; k >= 0; k--) {
    const draft = drafts[k]!;
    const next = drafts[k + 1]!;
    // (Only an attribution of its own: `"…," said Jane Lee`, not a speaker carried over.)
    if (draft.speaker || !draft.parts.at(-1)!.continues || !next.speaker || !next.reported) continue;
    if (
      next.paragraph !== draft.paragraph + 1 ||
      next.parts[0]!.open !== paragraphStartAt(next.parts[0]!.open)
    )
      continue;
    Object.assign(draft, { speaker: next.speaker, attributed: true, reported: true });
  }

  nameLeadDescriptions(drafts, body, sentences);
  const out: Quote[] = [];
  for (const draft of drafts) {
    const texts = draft.parts.map((p) => body.slice(p.start, p.end));
    const named = draft.speaker !== null || draft.attributed;
    const open = draft.parts[0]!.open;
    const ok = readsAsSpeech(body, texts, open, {
      attributed: named,
      sourced: draft.sourced === true,
      reported: draft.reported === true,
    });
    if (!ok) continue;
    out.push({
      text: texts.join(JOIN),
      speaker: draft.speaker ? toSpeaker(draft.speaker) : null,
      sentence: draft.sentence,
      start: draft.parts[0]!.start,
      end: draft.parts[draft.parts.length - 1]!.end,
    });
  }
  return out;

  /** `"…," X said.` / `"…" said X` / `"…", X told the press.`: the speaker's range, or null.
   * Sets `sourceAfter` when the range is a source ("according to X", "as X put it"). */
  function attributionAfter(index: number, sentence: Sentence): [number, number] | null {
    sourceAfter = false;
    const span = spans[index]!;
    let closing = sentences[sentenceAt(Math.max(span.start, span.close - 1))] ?? sentence;
    // `"… Bush?" Lichtman said`, `"… different people…" Roe said`: the splitter ends the sentence
    // at a closing "?", "!" or ellipsis; the attribution is then the next sentence of the paragraph
    // on the same line (after "." it is a new sentence).
    // So does a full stop closing the quote when the next sentence is only a name and a verb of
    // saying (`"… missing." Trump said.`). Only when that sentence quotes nothing itself (else it
    // attributes its own quote).
    // `"…" — Jane Roe, in a speech in Denver.`: a dash after the quote, then who said it, as an
    // epigraph or a fact-check credits its quote.
    // (Not after a verb of saying before the quote: `She said "…" — Texas, she meant.`)
    const credit = /[—–]/.test(body.slice(span.close, span.close + 3))
      ? DASH_CREDIT.exec(body.slice(span.close, span.close + 80))
      : null;
    const saidBefore = () =>
      [...body.slice(sentence.start, span.open).matchAll(WORD)].some((w) => REPORTING_VERBS.has(w[0]));
    if (credit && !saidBefore()) {
      const at = span.close + credit[0].length - credit[1]!.length;
      return [at, at + credit[1]!.length];
    }
    const following = sentences[closing.index + 1];
    const closesOn = body.slice(span.start, span.end);
    if (
      (/(?:[?!]|…|\.\.\.)['’]?$/.test(closesOn) ||
        (/\.['’]?$/.test(closesOn) &&
          following !== undefined &&
          BARE_CREDIT.test(body.slice(following.start, following.end)))) &&
      closing.end <= span.close + 1 &&
      following &&
      following.paragraph === closing.paragraph &&
      !body.slice(span.close, following.start).includes("\n") &&
      ((spans[index + 1]?.open ?? body.length) >= following.end ||
        opensOnCredit(body.slice(following.start, spans[index + 1]!.open)))
    )
      closing = following;
    // `"…" Roe, wearing "Vote Doe" pins, said`: a short quoted term inside the clause is part of it.
    const inner = spans[index + 1];
    const term =
      inner && inner.close < closing.end && /^[^.!?,]{1,40}$/.test(body.slice(inner.start, inner.end))
        ? inner
        : null;
    const limit = Math.min(
      Math.max(closing.end, span.close),
      span.close + 200,
      spans[index + (term ? 2 : 1)]?.open ?? body.length,
    );
    const text = term
      ? body.slice(span.close, term.open) + " ".repeat(term.close - term.open) + body.slice(term.close, limit)
      : body.slice(span.close, limit);
    const m = /^[\s,.!?;:—–-]*/.exec(text)!;
    // `Roe lamented her gaffes - "why does she do it?" - and voters said …`: a quote set off by
    // dashes after a verb of saying is that verb's; what follows the second dash is another clause.
    if (/\s[-—–]\s*$/.test(body.slice(span.open - 3, span.open)) && /[-—–]\s/.test(m[0])) {
      const lead = body.slice(Math.max(sentence.start, span.open - 200), span.open);
      if ([...lead.matchAll(WORD)].some((w) => REPORTING_VERBS.has(w[0]))) return null;
    }
    if (m[0].includes(".") && !/[?!,]/.test(body[span.end] ?? "") && /\.\s/.test(m[0])) return null;
    // `"… last words." He added …`: a quote closed by its own full stop, then a capitalised
    // pronoun, ends the sentence; the pronoun opens the next one.
    if (/[.!?]$/.test(body.slice(span.start, span.end)) && /^\s+(?:He|She|They|It|We|I)\s/.test(text))
      return null;
    const clause = text.slice(m[0].length);
    // `Roe - who said he would "…" oil fields - said at a rally`: a quote inside a parenthetical set
    // off by dashes; the verb after the closing dash is the main clause's.
    // (Within the sentence's first 400 characters, like the attribution before a quote.)
    const lead = span.open - sentence.start <= 400 ? body.slice(sentence.start, span.open) : "";
    if ((lead.match(/\s[-—–]\s/g)?.length ?? 0) % 2 === 1 && /\s[-—–]\s/.test(clause)) return null;
    // `Roe kept saying "for sure" Doe has more volunteers and then argued …`: a quote that a verb
    // of saying right before it takes as object, running on with no punctuation, is that verb's;
    // the words after it go on with the reported sentence, whose later verbs are not its
    // attribution (but `was branded "in honour of" Doe, Roe wrote` closes on one after a comma).
    const objectOf = /(?<![\p{L}])([\p{L}]+)\s+(?:that\s+)?$/u.exec(lead.slice(-40));
    if (
      objectOf &&
      SAYING_VERBS.has(objectOf[1]!) &&
      /^\s+$/.test(m[0]) &&
      !/^[^.;:!?]*,/.test(clause) &&
      /[\p{L}\d]\s*["”'’]?$/u.test(body.slice(span.start, span.close))
    )
      return null;
    // `After Doe said it was "A," Roe said: "B"`, `When Doe called it "A," Roe agreed`: a quote
    // inside a fronted clause with a verb of saying of its own; the clause after the comma is the
    // main clause, whose subject did not say it.
    // So in a later clause (`…, and as Roe went on about "A," Doe nodded`).
    // (Also after a conjunction or a focusing adverb: `But even as Doe claimed that "A," Roe said`.)
    const leadClause = lead.slice(lastClauseStart(lead, false));
    const opening = leadClause.replace(/^\s*(?:(?:but|and|yet|so)\s+)?(?:(?:even|just|only)\s+)?/i, "");
    if (
      SUBORDINATE_OPENING.test(opening.replace(/^\s*[\p{Ll}]/u, (c) => c.toUpperCase())) &&
      !leadClause.includes(",") &&
      ([...leadClause.matchAll(WORD)].some((w) => SAYING_VERBS.has(w[0])) || GOES_ON_ABOUT.test(leadClause))
    )
      return null;
    // `"…," while Roe called it "…"`: a new clause with its own subject, not this quote's.
    // Unless that clause ends on an attribution of its own (`"…" because X, he said.`).
    if (
      /^(?:while|whereas|but|although|though|because|and then|until|unless|whereupon|at which point|after which)\s/i.test(
        clause,
      )
    )
      return ownClosing(clause, span.close + m[0].length);
    // So is `and` with a subject and a verb of saying right after it: `X called it "…" and Roe
    // says …` (not `"…" and donations rose, Roe said`, whose clause ends on the attribution).
    const andSays = /^and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)([\p{Ll}]+)/u.exec(clause);
    if (andSays && SAYING_VERBS.has(andSays[1]!)) return null;
    // `"…" according to X`, `"…" — as X put it —`: the source named after the quote.
    // `"…" in the handling of it – as described by X –`: so is the agent of a participle of
    // describing set off after the quote.
    const source =
      /^(?:(?:[^"“”;.,]{0,40}?\s)?according to\s+|as\s+(?=[^.;:"“”]{2,80}?\s(?:put|puts)\s+it\b)|(?:[^"“”;.]{0,80}?[,—–-]\s*)?as\s+(?:described|called|termed|characteri[sz]ed|labell?ed|dubbed)\s+by\s+)/i.exec(
        clause,
      );
    if (source) {
      const from = span.close + m[0].length + source[0].length;
      const rest = body.slice(from, limit);
      // "according to her lawyers in a motion": the source ends before where it said so.
      const end = /\s(?:put|puts)\s+it\b|\s(?:in|on|at|during)\s|[,.;:!?"“”—–(]/.exec(rest);
      sourceAfter = true;
      return [from, from + (end ? end.index : rest.length)];
    }
    // A period ends the clause unless it ends an abbreviation or an initial ("said Sen. Roe",
    // "Roe, R-Pa., said"), sits inside a party label ("Rep. Roe (D-Wash.) said") or a web address
    // ("who founded example.com tweeted"); commas do
    // not ("Roe, the group's director, said": the verb decides).
    const stop = CLAUSE_STOP.exec(clause);
    const head = stop ? clause.slice(0, stop.index) : clause;
    const base = span.close + m[0].length;
    const words = [...head.matchAll(WORD)];
    for (let w = 0; w < words.length && w < MAX_SUBJECT_WORDS; w++) {
      const word = words[w]!;
      // `"…," Roe points out`: "point out" says as much as "note".
      // So does "go on" ("…," Roe went on), not "went on to" a verb of its own.
      const pointsOut =
        (/^point(?:s|ed)$/.test(word[0]) && /^\s+out\b/.test(head.slice(word.index + word[0].length))) ||
        (/^(?:went|goes)$/.test(word[0]) &&
          /^\s+on\b(?!\s+to\b)/.test(head.slice(word.index + word[0].length)));
      // `"…," he mocks.`, `"…," she scoffed.`: any verb of reporting right after a pronoun, closing
      // the clause, attributes the quote before it.
      // (`"…," it begins`: so does a verb of a text's order after "it", a letter's or a note's.)
      const bareCredit =
        w === 1 &&
        /^(?:he|she|they|it)$/.test(words[0]![0]) &&
        (REPORTING_VERBS.has(word[0]) || (words[0]![0] === "it" && TEXT_ORDER_VERB.test(word[0]))) &&
        (head.slice(word.index + word[0].length).match(WORD)?.length ?? 0) <= 2;
      // "Roe, the group's head, Tweeted on Friday": a past verb of saying in capitals by mistake.
      if (
        !SAYING_VERBS.has(word[0]) &&
        !pointsOut &&
        !bareCredit &&
        !(w > 0 && /ed$/.test(word[0]) && SAYING_VERBS.has(word[0].toLowerCase()))
      )
        continue;
      // `"…," his spokesman quoted him as saying`: the one quoted speaks, not the one quoting.
      const quotedObject = /^(?:quoted|quotes|cited|cites)$/.test(word[0])
        ? QUOTED_OBJECT.exec(head.slice(word.index + word[0].length))
        : null;
      if (quotedObject) {
        const at = base + word.index + word[0].length + quotedObject[0].indexOf(quotedObject[1]!);
        return [at, at + quotedObject[1]!.length];
      }
      // A noun after a determiner or a preposition ("in the state", "his remarks", "the secretary
      // of state"): not a verb. (Only a lower-case preposition: "…," From said.)
      if (
        /(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|of|for|about|with|from|in|on|at)\s+$/u.test(
          head.slice(Math.max(0, word.index - 8), word.index),
        )
      )
        continue;
      // `"…" that would respond to requests, Roe wrote`: a verb of saying of the quote's own
      // relative clause, or after "to", goes on with the quoted sentence; the attribution is later.
      if (
        /^(?:(?:that|which)\s+(?:(?:would|will|could|can|might|may|should|must|not)\s+)*|(?:^|.*\s)to\s+)$/s.test(
          head.slice(0, word.index),
        )
      )
        continue;
      // "…", adding / also observing, "…": a new reporting clause, not this quote's attribution.
      if (word[0].endsWith("ing")) return null;
      // `regretted the "gloomy" mood of the race`: after a determiner and a quoted
      // modifier the quote runs straight into, the first word is the noun they qualify (not `a
      // "raw time," said Roe`).
      if (
        w === 0 &&
        DETERMINER_BEFORE.test(body.slice(Math.max(0, span.open - 12), span.open)) &&
        /[\p{L}\d]$/u.test(body.slice(span.start, span.close - 1)) &&
        /^\s+$/.test(m[0]) &&
        /^[\p{Ll}]/u.test(head)
      )
        continue;
      if (w === 0) {
        // Verb first: `said X, the ...` -> X up to the next comma or end of clause, or up to a
        // clause of its own (`said Roe when asked about Doe`: Doe is not the speaker).
        const from = base + word.index + word[0].length;
        const tail = body.slice(from, base + head.length);
        // `said the University of Dunmore's chancellor, Jane Roe`, `said his father, John Roe`: the
        // person named after a role noun is the speaker, not the body or the description; so is
        // one the apposition calls a person (`said Roe's introducer, actress Jane Doe`).
        // (So is one the text describes, with an age or an occupation: `said one of them,
        // 78-year-old retired teacher Jane Roe`, `said a neighbour, Jane Roe`; or one of a group
        // just named: `said one, Jane Roe`.)
        const role =
          /^\s*(?:(?:(?:the\s+)?[\p{Lu}][\p{L}.&-]*(?:,?\s+(?:[\p{Lu}][\p{L}.&-]*|of|the|and|for)){0,8}['’]s|the|an?|his|her|their|its)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)|one(?:\s+of\s+(?:them|those|(?:the|his|her|their|its)\s+[\p{Ll}]+))?),\s+(?:\d{1,3}-year-old\s+)?((?:[\p{Ll}-]+\s+){1,3})?([\p{Lu}][^,;:"“”]{1,60}?)\s*(?:,|$)/u.exec(
            tail,
          );
        // (The noun heads the words before a preposition: "her editor of three decades".)
        const person = (noun: string | undefined) =>
          noun !== undefined &&
          nominalType(
            noun
              .trim()
              .split(/\s(?:of|at|for|from|in|with|on)\s/)[0]!
              .split(/\s+/)
              .at(-1)!,
          ) === "person";
        if (role && (role[2] === undefined ? role[1] === undefined || person(role[1]) : person(role[2]))) {
          const at = from + role.index + role[0].lastIndexOf(role[3]!);
          return [at, at + role[3]!.length];
        }
        // ("known as" names the speaker: `said the camp leader known as Bob Roe`; "per"/"via" names
        // the outlet that relayed it: `said Jane Roe per ABC News`.)
        const cut =
          /,|\s(?:when|while|after|before|because|during|who|whose|per|via)\s|(?<!\b(?:known|identified)(?:\s+only)?)\sas\s/.exec(
            tail,
          );
        // `said study co-author Jane Roe of Acme's Institute for Research`: the person first
        // named, after a description, before a preposition that opens where they work.
        const first = mentionsIn(from, from + (cut?.index ?? tail.length))[0];
        if (
          first?.actor.type === "person" &&
          /^[\s\p{Ll}-]*$/u.test(body.slice(from, first.start).replace(/\b[\p{Lu}][\p{L}.-]*\s+$/u, "")) &&
          /^\s+(?:of|at|from|with)\s/.test(body.slice(first.end, first.end + 8))
        )
          return [from, first.end];
        return [from, from + (cut?.index ?? tail.length)];
      }
      // `"…," Roe was told by Inspector Jo Doe`: a passive verb of saying speaks through its agent.
      const agentAfter = /^\s+by\s+/.exec(head.slice(word.index + word[0].length));
      if (agentAfter && /\b(?:was|were|been|being|is|are)\s+$/.test(head.slice(0, word.index))) {
        const from = base + word.index + word[0].length + agentAfter[0].length;
        const agent = mentionsIn(from, from + 80)[0];
        if (agent && agent.start - from <= 30 && agent.actor.type !== "place")
          return [agent.start, agent.end];
      }
      // `"…," for instance, and Roe vowed to …`: a new coordinated clause, not this quote's (but
      // `"…," Roe, secretary for refugees, and migration, said` closes a list in an apposition).
      if (/,\s+(?:and|but|or)\s[^,]*$/.test(head.slice(0, word.index))) return null;
      // `"…" in a "tragedy" while Minister Roe wrote …`: so is a clause opened by a conjunction
      // before the verb (not one closed by a comma before it: `"…" while it lasted, Roe said`).
      if (/(?:^|\s)(?:while|whereas|although|though|because)\s[^,]*$/.test(head.slice(0, word.index)))
        return null;
      // `Roe opposes "…" and recalled …`: a verb coordinated with the one before the quote shares
      // its subject; it is no attribution after the quote.
      if (/^\s*(?:and|or)\s+(?:[\p{Ll}]+ly\s+)?$/u.test(head.slice(0, word.index))) return null;
      // `a "Town Hall" hosted by Acme News and said …`: a participle and its agent right after the
      // quote qualify the quoted words; the verb after "and" goes on with the clause before them.
      if (
        /^\s*[\p{Ll}]+ed\s+by\s/u.test(head) &&
        /\s(?:and|or)\s+(?:[\p{Ll}]+ly\s+)?$/u.test(head.slice(0, word.index))
      )
        return null;
      const inverted = invertedSpeaker(body, resolver, base, head, word);
      if (inverted) return inverted;
      return [base, base + word.index];
    }
    if (words.length > MAX_SUBJECT_WORDS) {
      const named = longApposition(resolver, base, head, words);
      if (named) return named;
      // `"…" who has won twice, the editorial board writes.`: a reporting clause closing the sentence.
      const closing = closingReport(head);
      if (closing) return [base + closing[0], base + closing[1]];
    }
    return subjectWithOtherVerb(body, resolver, body.slice(span.start, span.close), base);
  }

  /** `X said: "…"`, `according to X, "…"`, `X said the deal was "…"`: the speaker's range. */
  function attributionBefore(
    index: number,
    sentence: Sentence,
    sourced = false,
  ): Array<[number, number, boolean?]> {
    const span = spans[index]!;
    const out: Array<[number, number, boolean?]> = [];
    // Attribution is local: look at most 400 characters back within the sentence. (A sentence the
    // splitter opened inside an earlier quote, `to shouts of "Roe! Roe!," the senator said "…"`,
    // starts where that quote's sentence starts.)
    let start = sentence.start;
    for (let k = index - 1; k >= 0 && spans[k]!.close > start; k--)
      if (spans[k]!.open < start) start = sentences[sentenceAt(spans[k]!.open)]!.start;
    const from = Math.max(start, span.open - 400);
    // `Roe said, and I quote, "…"`: the aside announces the quote; the verb before it attributes it.
    const text = body
      .slice(from, span.open)
      .replace(/,\s+and I quote,?\s*$/i, (aside) => " ".repeat(aside.length));
    const accordingLast = /according to ([^,]{2,80}),?\s*$/i.exec(text);
    const according = accordingLast ?? /according to ([^,"“]{2,80})/i.exec(text);
    // "according to X" relays the words: they are X's only when no verb of saying in the sentence
    // gives them to someone else (`According to CNN, Roe said "…"` quotes Roe, as `"…," Roe
    // said, according to CNN` does).
    // ("According to the board's chief, Jane Roe, …": the name in apposition goes with the source.)
    const sourceEnd = according ? according.index + 13 + according[1]!.length : 0;
    const apposed = according
      ? /^,\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}(?=,)/u.exec(text.slice(sourceEnd))
      : null;
    const accordingRange: [number, number] | null = according
      ? [from + according.index + 13, from + sourceEnd + (apposed?.[0].length ?? 0)]
      : null;
    // (Right before the quote, with no verb of saying before it, it comes first: `a writer whose
    // book, according to its summary, "…"`.)
    if (
      accordingRange &&
      accordingLast &&
      ![...text.matchAll(WORD)].some((w) => REPORTING_VERBS.has(w[0].toLowerCase()))
    )
      out.push(accordingRange);
    const putIt = asPutIt(text, from);
    if (putIt) return [putIt];
    // `The campaign released a statement quoting the senator: "…"`: the one quoted speaks, not
    // the one who quotes.
    const quoting = QUOTING.exec(text);
    if (quoting) {
      const at = from + quoting.index + quoting[0].indexOf(quoting[1]!);
      return [[at, at + quoting[1]!.length]];
    }
    // `rated inadequate by inspectors who found that "…"`: a relative clause of saying right before
    // the quote gives the words to the one it is about, the phrase before "who".
    const relative = relativeSpeaker(text);
    if (relative) return [[from + relative[0], from + relative[1]]];
    // `The paradox, says Jane Roe, a historian, is that she was "…"`: an inverted verb of saying
    // set off by commas inside the sentence names its speaker right after it.
    const aside = ASIDE_INVERTED.exec(text);
    if (aside) {
      const at = from + aside.index + aside[0].indexOf(aside[1]!);
      const named = mentionsIn(at, at + aside[1]!.length).find((m) => m.actor.type !== "place");
      if (named) return [[named.start, named.end]];
    }
    // `Pollsters agree - Jane Roe: "…"`: a person named between a dash and a colon right before
    // the quote is its speaker, whatever verb the words before the dash hold.
    const credit = /\s[-—–]\s+[^-—–:]{2,60}:\s*$/.exec(text);
    if (credit) {
      const named = mentionsIn(from + credit.index, span.open).at(-1);
      if (named && named.actor.type !== "place" && /^\s*:\s*$/.test(body.slice(named.end, span.open)))
        return [[named.start, named.end]];
    }
    const words = [...text.matchAll(WORD)];
    for (let w = words.length - 1; w >= 0; w--) {
      const word = words[w]!;
      const lower = word[0].toLowerCase();
      // `And I'm like, "…"`: the quotative "be like" after "I" in transcribed speech says as much.
      const quotative =
        lower === "like" &&
        /\bI(?:['’]m|\s+am|\s+was)\s+$/.test(text.slice(Math.max(0, word.index - 8), word.index));
      // A noun for something said counts only after a possessive (`Roe's conclusion that …`).
      const speechNoun = SPEECH_NOUNS.has(lower);
      const goesOn =
        (lower === "went" || lower === "goes" || lower === "go" || lower === "going") &&
        GOES_ON_ABOUT.exec(text.slice(word.index, word.index + 20))?.index === 0;
      if (
        !REPORTING_VERBS.has(lower) &&
        !speechNoun &&
        lower !== "spoke" &&
        lower !== "speaking" &&
        !quotative &&
        !goesOn
      )
        continue;
      // A word in capitals ("PARK PLAN STATES ITS CASE …") is a headline's, not a verb of saying.
      if (/^[\p{Lu}]{2,}$/u.test(word[0])) continue;
      // `Asked about the county, he demurred: "…"`: a participle opening the sentence heads a
      // fronted phrase; the main clause after its comma says who speaks.
      if (w === 0 && word[0] === "Asked" && /,\s/.test(text.slice(word.index))) continue;
      // `Calling it "…", X said` / `Saying "…", X added`: the subject follows the quote.
      if (w === 0 && lower.endsWith("ing") && from === sentence.start) {
        const next = spans[index + 1];
        const end = Math.min(
          sentence.end,
          span.close + 300,
          next && next.open > span.close ? next.open : Number.MAX_SAFE_INTEGER,
        );
        out.push([span.close, end]);
        return out;
      }
      // Passive ("has been termed", "is called", "so-called"): a name for something, not speech.
      const beforeVerb = text.slice(Math.max(0, word.index - 12), word.index).toLowerCase();
      // `Her advice to them was blunt: "…"`: a possessive pronoun opening the clause; the resolver
      // finds whom it means as it would "she" (or "I" for "my").
      const pronounOwner = /(?<![\p{L}])(?:his|her|my)\s+$/iu.exec(beforeVerb);
      if (speechNoun && pronounOwner) {
        const gap = text.slice(word.index + word[0].length);
        const at = word.index - (beforeVerb.length - pronounOwner.index);
        if (
          /^(?:\s+to\s+(?:the\s+)?[\p{Ll}]+)?(?:\s+(?:was|is|(?:has|had)\s+(?:always\s+)?been)\s+[\p{Ll}]+)?\s*:\s*$/u.test(
            gap,
          ) &&
          /^(?:\s*|.*[,;:]\s*)$/.test(text.slice(0, at))
        )
          return [[from + at, from + at + pronounOwner[0].trimEnd().length]];
      }
      // A noun after a determiner ("at one point", "in a post", "his remarks") or a preposition
      // ("secretary of state", "in comments"): not a verb. A gerund may follow a preposition.
      if (DETERMINER_BEFORE.test(beforeVerb)) continue;
      // "The storm was partly to blame": responsible, no one blaming anyone.
      if (lower === "blame" && /\bto\s+$/.test(beforeVerb)) continue;
      if (!lower.endsWith("ing") && /(?<![\p{L}])(?:of|in|on|at|from|with|by|for)\s+$/iu.test(beforeVerb))
        continue;
      // After a possessive it is a noun too ("the team's claims as"), and after a possessive and a
      // platform's name ("Roe's Facebook post") when the form is no past tense; "He's claiming" is
      // no possessive. The possessor said what the noun's own short clause quotes ("Roe's claim
      // that there were "…"", "Roe's call for "…"").
      const possessed =
        /[\p{L}]['’]s?\s+$/u.test(beforeVerb) ||
        (!/(?:ed|said|told|wrote)$/.test(lower) &&
          /[\p{L}]['’]s?\s+[\p{Lu}][\p{L}-]*\s+$/u.test(
            text.slice(Math.max(0, word.index - 40), word.index),
          ));
      if (
        possessed &&
        !/(?<![\p{L}])(?:he|she|it|that|who|there|what|where|here)['’]s\s+$/iu.test(beforeVerb)
      ) {
        const gap = text.slice(word.index + word[0].length);
        const possessor = mentionsIn(from, from + word.index).at(-1);
        if (
          possessor &&
          possessor.actor.type !== "place" &&
          /^['’]s?\s+$/.test(body.slice(possessor.end, from + word.index)) &&
          // ("Roe's advice was simple: "…"": or a colon closing the clause right before the quote.)
          (/^\s+(?:that|to|for|of|about)\s/.test(gap) ||
            /^\s*(?:(?:was|is)\s+[\p{Ll}]+\s*)?:\s*$/u.test(gap)) &&
          (gap.match(WORD)?.length ?? 0) <= 6 &&
          ![...gap.matchAll(WORD)].some((w) => SAYING_VERBS.has(w[0])) &&
          (!speechNoun || possessorLeads(body.slice(from, possessor.start)))
        )
          return [[possessor.start, possessor.end]];
        continue;
      }
      if (speechNoun) continue;
      // `labeled "…" by the agency`, `has been called "…" by critics`: a participle next to the
      // quote, with its agent after the quote: the agent said it.
      const byAgent = /^[\s,]*by\s/.test(body.slice(span.close, span.close + 8));
      const gap = text.slice(word.index + word[0].length);
      // `announced an order by Admiral Jane Roe directing units to "…"`: the words are those of
      // the document's author.
      const issued = ISSUED_BY.exec(gap);
      if (issued) {
        const at = from + word.index + word[0].length + issued.index + issued[0].length;
        const author = mentionsIn(at, span.open).filter((m) => !resolver.insideQuote(m.start));
        const named =
          author.find((m) => m.actor.type === "person") ?? author.find((m) => m.actor.type !== "place");
        if (named) return [[named.start, named.end]];
      }
      const nextToQuote =
        (gap.match(WORD)?.length ?? 0) <= 3 &&
        !/\b(?:that|is|are|was|were|be|been|I|we|you|he|she|they|it)\b/i.test(gap);
      if (byAgent && nextToQuote && !lower.endsWith("ing") && !/so-$/.test(beforeVerb)) {
        const agent = passiveAgent(span.close);
        if (agent) return [agent];
        continue;
      }
      // `described by Marine Bulletin as "…"`, `was told by Minister Jane Roe of "…"`: a participle
      // whose agent stands between it and the quote: the agent said it.
      // `Roe was asked by moderator Jane Doe whether the plan would "…"`: the one who asked.
      const agent = DESCRIBED.has(lower)
        ? AGENT_BEFORE.exec(gap)
        : lower === "asked" && /\b(?:was|were|been|being|is|are)\s+$/.test(beforeVerb)
          ? ASKED_BY.exec(gap)
          : null;
      if (agent) {
        const at = from + word.index + word[0].length + agent.index + agent[0].indexOf(agent[1]!);
        return [[at, at + agent[1]!.length]];
      }
      // ("is telling", "was saying" are progressive, not passive: they keep their subject).
      if (
        !lower.endsWith("ing") &&
        !quotative &&
        /(?:\b(?:been|be|is|are|was|were|being)\s+|so-)$/.test(beforeVerb)
      )
        continue;
      // `Politico quoted Jane Roe, a former official, as saying "…"`: the one quoted speaks.
      // (Not `Roe was quoted by La Stampa as saying "…"`: passive, its subject speaks.)
      const quotedAs = QUOTED_AS_VERBS.test(lower) ? QUOTED_AS.exec(text.slice(0, word.index)) : null;
      if (quotedAs && !/^by\s/.test(quotedAs[1]!)) {
        const at = from + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
        return [[at, at + quotedAs[1]!.length]];
      }
      // `The ad ends with footage of Roe saying, "…"`: the one a recording shows saying it speaks.
      const recorded = RECORDED_SPEAKING.test(lower) ? RECORDED_OF.exec(text.slice(0, word.index)) : null;
      if (recorded) {
        const at = from + recorded.index + recorded[0].indexOf(recorded[1]!);
        return [[at, at + recorded[1]!.length]];
      }
      // `mocked Trump for calling himself "…"`: a gerund after a preposition is not this quote's
      // clause; nor a verb whose quoted participle has its own agent (`called it "…" by law`).
      if (lower.endsWith("ing") && /\b(?:for|of|about)\s+(?:not\s+)?$/.test(beforeVerb)) continue;
      if (byAgent && nextToQuote) continue;
      // Inside an earlier quote of the sentence: not this quote's verb.
      if (/["“”]/.test(text.slice(word.index))) break;
      // The subject: from the start of the clause to the verb. Clauses end at semicolons, dashes,
      // conjunctions and relatives ("…, in which Roe expressed confidence that …"); a subordinate
      // clause right before the verb (`…, after Jane Roe said`) only when it opens on a name,
      // pronoun or determiner and holds no comma, dash or relative (or on a phrase of time and
      // "he"/"she", up to a participle's comma: `…, though last week he spoke, saying`). "While"
      // before a participle inside a clause opens none: `Roe, who wrote it while working nights,
      // said`. A noun set off by a comma opens one when a subject of its own follows it (`…, a
      // claim his campaign called "…"`). So does "that" after a verb of reporting: `The Courier
      // reported that Roe had called voters "…"` quotes Roe (or a name and "had" with no "that":
      // `Hall said Roe had described it as "…"`); and after "heard", always: `The court heard Roe
      // had sent a text saying "…"`, `The jury heard the victim say "…"`.
      let clauseStart = 0;
      const boundary =
        /;\s|\s\((?=[^()]*$)|,\s(?:and|but|however|while|as|with|which|whom)\s|\swhat\s(?!(?:(?:happen|matter|seem|remain|appear)(?:s|ed)?|is|was|are|were|has|had|will|would|could|can|might|may|should|must|does|did|do)\b)(?=[^,;]{1,60}$|[^,;]{1,40},[^,;]{1,80},\s*$)|,\s(?:in|during|at|on|under|through|by|to)\s(?:which|whom)\s|\s(?:so|such)\s[^,;]{1,40}\sthat\s|(?:,\s|\s)(?:after|before|because|since|although|though|until)\s(?=(?:the|a|an|his|her|its|their|he|she|they|we|I|[\p{Lu}])[^,;—–]{0,60}$|(?:in|on|at|last|this|later|earlier|then)\s[^,;—–]{0,50}?\s(?:he|she)\s[^,;—–]{0,60},?\s*$)(?![\s\S]*(?:\s-\s|\b(?:where|which|who|that)\b))|,\s(?:when|where)\s(?![\p{Ll}]+(?:ed|ing)\b)|\s[—–]\s|["”]\s+(?:and|but)\s|,["”](?=\s)(?!\s+(?:and|but)\s)|\s(?:but|because|whereas)\s|(?<![\p{Ll}])\swhile\s|\swhile\s(?![\p{Ll}]+ing\b)|,\s(?=(?:a|an|the)\s[\p{Ll}]+\s(?:the|one|a|an|another|some|his|her|its|their)\s[\p{Ll}][^,;"“”]{0,40}$)|\s(?:said|says|reported|reports|wrote|writes|claimed|claims|alleged|alleges|revealed|reveals|found|finds|heard|hears)\s(?:(?:[^,;"“”]{0,30}?\s)?that\s|(?=(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:had|has)\s))|\s(?:heard|hears)\s(?=(?:the|a|an|his|her|their)\s[^,;"“”]{1,40}?\s(?:say|saying|tell|telling|describe|describing)\s)/gu;
      let clauses = 0;
      let relativeFrom = -1;
      for (const b of text.slice(0, word.index).matchAll(boundary)) {
        // (Only for a verb in the past that reports what was said: a participle goes with the
        // sentence's main verb, `Roe said that the plan failed, calling it "…"`; so does a verb
        // after a modal, `Roe said that the party should reiterate its "…"`, and a capitalised
        // word of a name, `said that the United States`.)
        const reported = REPORTED_THAT.test(b[0]);
        if (
          reported &&
          (!reportsPast(word[0], text.slice(b.index + b[0].length, word.index)) ||
            // (With no "that", only a verb that gives the words as a name for something: `Hall
            // said Roe had described it as "…"`, not `Roe said Acme had informed the board that …`.)
            (!/that\s$/.test(b[0]) && !NAMING_VERB.test(word[0])))
        )
          continue;
        // (", and" closing a list of examples, "officials, including Roe, Doe, and Poe, signed",
        // joins names, not clauses.)
        if (/^,\s(?:and|with)\s$/.test(b[0]) && LIST_OPENED.test(text.slice(clauseStart, b.index))) continue;
        // (A quote closed by a comma ends a clause when a verb of saying quoted it, `a clip that
        // Roe called "distasteful," Doe expressed`, or when it opens the sentence; not in an
        // apposition, `Roe, the author of "Going Viral," said`.)
        if (
          /^,["”]/.test(b[0]) &&
          !QUOTED_BY_VERB.test(text.slice(Math.max(0, b.index - 120), b.index)) &&
          !/^\s*["“][^"“”]*$/.test(text.slice(clauseStart, b.index)) &&
          !SUBORDINATE_OPENING.test(text.slice(clauseStart, b.index))
        )
          continue;
        // (So is a reason given inside the subject: "A diplomat, who spoke on condition of
        // anonymity because he was not authorized to speak, said".)
        relativeFrom =
          /^,\s(?:(?:in|during|at|on|under|through|by|to)\s)?(?:which|whom|while|as|with|when|where)\s$/.test(
            b[0],
          ) || /^,?\s(?:because|since|although|though)\s$/.test(b[0])
            ? clauseStart
            : -1;
        clauseStart = b.index + b[0].length;
        clauses++;
      }
      // "Roe, president of the union, which represents teachers, said …", "Roe, while campaigning
      // in Ohio, called …": a relative or adverbial clause closed by a comma right before the verb
      // is inside the subject's clause. A participle after a longer clause ("when protesters
      // interrupted her, shouting") is that clause's; after a short aside ("as well, saying") it
      // is the subject's.
      const aside = text.slice(clauseStart, word.index);
      // (But `…, while Jane Roe, the former governor, proposed "…"`: a clause opening on a name and
      // its apposition has its own subject, and the verb is that clause's.)
      const ownSubject =
        /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,\s+(?:the|a|an)\s[^,]+,\s*$/u.test(aside);
      if (
        relativeFrom >= 0 &&
        !ownSubject &&
        /,\s*$/.test(aside) &&
        (!lower.endsWith("ing") || (aside.match(WORD)?.length ?? 0) <= 2)
      ) {
        clauseStart = relativeFrom;
        clauses--;
      }
      if (!/[\p{L}]/u.test(text.slice(clauseStart, word.index))) clauseStart = 0;
      // `It matters, she said, that …`, `When Roe was asked …, he laughed and said`: a
      // pronoun after the last comma before the verb (with at most a coordinated verb between) is
      // its subject, not the clause before the comma.
      // So is one after "as"/"when"/"while", with an adverb (`at a heckler as she sharply said`),
      // and one whose verb opens on the saying (`When the court sat again she began by saying`).
      const asidePronoun =
        /(?:,|\sas|\swhen|\swhile|\s[\p{Ll}]+)\s+(?:he|she|they|we|I)\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+\s+(?:and|then|by)\s+)?$/u.exec(
          text.slice(clauseStart, word.index),
        );
      // (Any word before the pronoun will do, "at the mention of it she laughed and admitted", but
      // a verb of saying or "that": "Roe said he often asks" reports what he does, in Roe's words.)
      const before = /^\s?([\p{Ll}]*)/u.exec(asidePronoun?.[0] ?? "")?.[1] ?? "";
      if (asidePronoun && before !== "that" && !REPORTING_VERBS.has(before))
        clauseStart += asidePronoun.index + /^(?:,|\s[\p{Ll}]+)\s+/u.exec(asidePronoun[0])![0].length;
      // `Doe, who Jane Roe on Monday called "…"`: the name opening an object relative clause is
      // its verb's subject.
      const objectRelative = OBJECT_RELATIVE.exec(text.slice(0, word.index));
      const relativeSubject = objectRelative
        ? mentionsIn(from + objectRelative.index, from + word.index).find(
            (m) => !resolver.insideQuote(m.start),
          )
        : undefined;
      if (
        relativeSubject &&
        relativeSubject.actor.type !== "place" &&
        relativeSubject.start - from ===
          objectRelative!.index + objectRelative![0].indexOf(objectRelative![1]!)
      ) {
        out.push([relativeSubject.start, relativeSubject.end]);
        return out;
      }
      // `a reaction from President Roe, who called it …`: a relative clause's subject is the name
      // it follows.
      const relative = /,\s+who\s+(?:[\p{Ll}]+\s+){0,2}$/u.exec(text.slice(0, word.index));
      // `Jane Roe, a professor at Acme, who said …`: the person an apposition describes, not the
      // body the apposition names.
      const antecedent = relative
        ? (mentionsIn(from, from + relative.index).find(
            (m) =>
              m.actor.type === "person" &&
              /^,\s+(?:a|an|the)\s[^,;"“”]{2,100}$/.test(body.slice(m.end, from + relative.index)),
          ) ?? mentionsIn(from, from + relative.index).find((m) => m.end === from + relative.index))
        : undefined;
      if (antecedent && antecedent.actor.type !== "place" && !resolver.insideQuote(antecedent.start)) {
        out.push([
          antecedent.start,
          antecedent.actor.type === "person" ? from + relative!.index : antecedent.end,
        ]);
        return out;
      }
      // `X said Y must choose, saying "…"`: the subject ends at the clause's first verb of saying.
      let subjectEnd = word.index;
      for (const v of text.slice(clauseStart, word.index).matchAll(WORD))
        if (MAIN_SAYING.test(v[0])) {
          const cut = clauseStart + v.index;
          // Not inside a fronted clause (`Although much of what Doe says is fair, Roe said …`).
          // Nor inside a subordinate clause (`When Doe said it was over, a man yelled "…"`).
          const subordinate =
            /^\s*(?:when|after|as|while|although|though|because|since|if|once|before)\s/i.test(
              text.slice(clauseStart, cut),
            ) && !lower.endsWith("ing");
          const fronted =
            /,\s/.test(text.slice(cut, word.index)) && (MAIN_SAYING.test(word[0]) || subordinate);
          // (A described subject cuts too: `the candidate told the Courier, saying "…"`.)
          if (
            !fronted &&
            (mentionsIn(from + clauseStart, from + cut).some((m) => !resolver.insideQuote(m.start)) ||
              (/^\s*(?:the|a|an)\s[\p{L} -]{2,40}$/iu.test(text.slice(clauseStart, cut)) &&
                nominalType(text.slice(clauseStart, cut).trim().replace(ADVERB_TAIL, "")) !== null))
          )
            subjectEnd = cut;
          break;
        }
      // `Said Roe, "…"`, `But, said Roe, "…"`: the verb opens its clause; the subject follows it.
      const inverted = verbFirstSubject(text, clauseStart, word.index, word[0]);
      if (inverted) {
        out.push([from + inverted[0], from + inverted[1]]);
        return out;
      }
      // "The senator is telling reporters": an auxiliary before a verb in -ing is no part of the subject.
      const auxiliary = lower.endsWith("ing")
        ? /\s(?:is|was|are|were|has been|had been|will be)\s+$/.exec(text.slice(clauseStart, subjectEnd))
        : null;
      if (auxiliary) subjectEnd = clauseStart + auxiliary.index;
      // "a spokesman could only quip", "the president had called": a modal or an auxiliary and
      // their adverbs are no part of the subject either.
      const modal =
        /\s(?:could|would|can|will|might|may|should|must|did|does|do|had|has)(?:\s+[\p{Ll}]+ly|\s+(?:only|also|just|even|not|never|then|still))*\s+$/u.exec(
          text.slice(clauseStart, subjectEnd),
        );
      if (modal) subjectEnd = clauseStart + modal.index;
      const lead = text.slice(clauseStart, subjectEnd);
      // `Roe voiced doubts, and even fear, about her debate with Doe, saying "…"`: a name that
      // is the object of a preposition is no subject; a participle after such a clause is the
      // sentence's subject's.
      const named = mentionsIn(from + clauseStart, from + subjectEnd);
      const subjects = named.filter(
        (m) => !OBJECT_OF_PREPOSITION.test(body.slice(Math.max(from + clauseStart, m.start - 40), m.start)),
      );
      const participle =
        lower.endsWith("ing") && /,\s*(?:[\p{Ll}]+ly\s+)?$/u.test(lead) && subjects.length === 0;
      // (A clause after a boundary that opens on a past verb and names no one has no subject of
      // its own: `…, and placed newspaper ads calling the deal "…"` is no speaker "placed
      // newspaper ads".)
      const noSubject = (opensOnVerb(lead) && named.length === 0) || (participle && named.length > 0);
      // `Roe answered her critics, posting "…"`: a participle after a clause with a verb of saying
      // of its own shares that verb's subject, tried first.
      const earlier = [...text.slice(clauseStart, subjectEnd).matchAll(WORD)]
        .reverse()
        .find((v) => v.index > 0 && REPORTING_VERBS.has(v[0].toLowerCase()) && !v[0].endsWith("ing"));
      if (earlier && lower.endsWith("ing") && subjects[0]?.start === from + clauseStart)
        out.push([from + clauseStart, from + clauseStart + earlier.index, true]);
      if (!(clauseStart > 0 && noSubject)) out.push([from + clauseStart, from + subjectEnd]);
      // `Roe joked about it, but went on to say, "…"`: a clause that opens on its verb shares the
      // subject of its sentence, when it is the sentence's second clause.
      // So does one whose verb has only adverbs before it (`…, but now said "…"`).
      // So does a participle after a comma in a clause that names no one, or no one but a
      // preposition's object (`…, but only after deliberating over it, telling reporters "…"`).
      if (clauses === 1 && clauseStart > 0 && (opensOnVerb(lead) || ADVERBS_ONLY.test(lead) || participle)) {
        const subject = namedSubject(body, resolver, sentence, span.open);
        if (subject) out.push(subject);
      }
      // `Roe called the pile of parking notes "…"`: when the words before this verb name no
      // speaker ("notes" was a noun), the clause's earlier verb of saying is tried next.
      if (earlier) out.push([from + clauseStart, from + clauseStart + earlier.index, true]);
      if (accordingRange) out.push(accordingRange);
      return out;
    }
    // `X, on Twitter, defended his decision: "…"`: a colon or comma right before the quote.
    if (/[:]\s*$/.test(text) && !/["“”]/.test(text)) {
      // `… pollster Jane Roe: "…"`: a person named right before the colon is the speaker; not
      // one addressed or spoken of (`a message to Roe:`).
      const named = mentionsIn(from, span.open).at(-1);
      if (
        named?.actor.type === "person" &&
        /^\s*:\s*$/.test(body.slice(named.end, span.open)) &&
        !/\b(?:to|for|with|about|against|at|on|of|toward|towards|than|from)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(
          body.slice(Math.max(from, named.start - 60), named.start),
        )
      )
        out.push([named.start, named.end]);
      // (`Later that month on CNN: "…"`: a body named after a preposition, and no one else, is
      // where it was said.)
      const where =
        named !== undefined &&
        mentionsIn(from, named.start).length === 0 &&
        named.actor.type !== "person" &&
        /^\s*:\s*$/.test(body.slice(named.end, span.open)) &&
        /\b(?:on|in|at|via|during)\s+(?:the\s+)?$/.test(
          body.slice(Math.max(from, named.start - 12), named.start),
        );
      // `Asked which county, he demurred: "…"`: after a fronted phrase, the pronoun that opens the
      // main clause.
      const main = /,\s+(?:(?:but|and|so)\s+)?(?=(?:he|she)\s+[\p{Ll}][^,;:"“”]*:\s*$)/u.exec(text);
      if (main) out.push([from + main.index + main[0].length, span.open]);
      if (!where) out.push([from, span.open]);
    } else if (/,\s*$/.test(text) && !/["“”]/.test(text)) {
      const first = mentionsIn(sentence.start, sentence.start + 2)[0];
      if (first && first.actor.type === "person") out.push([from, span.open]);
      else {
        // `Earlier this week, Roe shared her worry with donors, "…"`: a person named after a fronted
        // phrase is the subject too.
        const subject = namedSubject(body, resolver, sentence, span.open);
        if (subject && mentionsIn(subject[0], subject[1]).at(-1)?.actor.type === "person") out.push(subject);
      }
    } else if (
      !sourced &&
      out.length === 0 &&
      (body.slice(span.start, span.end).match(WORD)?.length ?? 0) >= 2
    ) {
      // `Roe wants a "fresh start"`: words of two or more quoted in a sentence whose subject is
      // named are that subject's (a single word there is more often a term than speech), unless a
      // source is named after them (`Roe suffered "two deep wounds" according to a doctor`).
      const subject = namedSubject(body, resolver, sentence, span.open);
      if (subject) out.push(subject);
    }
    // `According to its news release, the league was "…"`: a described body, with no verb of
    // saying in the sentence, is the source.
    if (out.length === 0 && accordingRange) out.push(accordingRange);
    return out;
  }

  /** `In Roe's view, "…"`, `"…," in the words of Jane Roe`: the range of the one named, in the
   * quote's sentence before `open` or after `close`, as holding the view or having the words. */
  function viewHolder(sentence: Sentence, open: number, close: number): [number, number] | null {
    const before = body.slice(Math.max(sentence.start, open - 120), open);
    const after = body.slice(close, Math.min(sentence.end, close + 160));
    for (const [text, base] of [
      [before, open - before.length],
      [after, close],
    ] as const) {
      if (/["“”]/.test(text)) continue;
      const view = VIEW_OF.exec(text);
      const name = view?.[1] ?? view?.[2];
      if (!view || !name) continue;
      const at = base + view.index + view[0].indexOf(name);
      if (mentionsIn(at, at + name.length).some((m) => m.actor.type !== "place"))
        return [at, at + name.length];
    }
    return null;
  }

  /** `"…" by the State Department, according to …`: the range of the agent after a quote. */
  function passiveAgent(close: number): [number, number] | null {
    const m = /^[\s,]*by\s+([^,.;:!?"“”()—–]{2,80})/.exec(body.slice(close, close + 100));
    if (!m) return null;
    const from = close + m[0].length - m[1]!.length;
    const cut =
      /\s(?:in|on|at|during|after|before|when|while|who|which|that|and|to|for|because|as|over|about|with)\s/.exec(
        m[1]!,
      );
    const end = from + (cut ? cut.index : m[1]!.trimEnd().length);
    return mentionsIn(from, end).length > 0 || nominalType(body.slice(from, end)) ? [from, end] : null;
  }

  function resolve(a: number, b: number, at: number): SpeakerRef | null {
    return resolver.resolve(a, b, at, lastSpeaker);
  }

  function mentionsIn(a: number, b: number): Mention[] {
    return resolver.mentionsIn(a, b);
  }
}

/** Words quoted right after a verb of saying that quotes its object's words, up to the end. */
/** The words of a sentence before its quote when they give it no speaker of its own: lower-case
 * words after the first ("Doing so ", "The deal would "), no pronoun subject, no verb of saying
 * or of calling something a name. */
const NO_SUBJECT_OF_ITS_OWN =
  /^(?!.*\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|call(?:s|ed|ing)?|describ(?:es|ed|ing)|dubb?(?:s|ed)|label(?:s|l?ed)|term(?:s|ed)|said|says|told|tells|wrote|writes|added|adds)\b)\s*[\p{Lu}][\p{Ll}'’-]*(?:[\s,]+[\p{Ll}\d'’-]+){0,15}[\s,:]*$/u;

const QUOTED_BY_VERB =
  /\b(?:called|calls|termed|dubbed|labell?ed|described|branded|said|says)\s+["“][^"“”]*$/;

/** A clause fronted by a subordinating word (`After Roe said it was "…," Doe said`): it ends at
 * its comma, and the main clause follows. */
const SUBORDINATE_OPENING =
  /^\s*(?:After|When|While|Before|Since|Because|Although|Though|As|If|Once|Until|Unless)\s/;

/** A document and its author right after a verb (`announced an order by …`, `read a statement from …`). */
const ISSUED_BY =
  /^\s+(?:an?|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:order|statement|letter|memo|memorandum|decree|directive|message|notice|proclamation)\s+(?:issued\s+)?(?:by|from)\s+/u;

/** "in Roe's view", "in the opinion of Jane Roe", "in the words of Roe": whose view or words. */
const VIEW_OF =
  /\b[Ii]n\s+(?:([\p{Lu}][\p{L}.'’ -]{0,60}?)['’]s?\s+(?:view|opinion|words|estimation|assessment|telling)|the\s+(?:view|opinion|words)\s+of\s+([\p{Lu}][\p{L}.'’ -]{0,60}?))(?=\s*[,.;:]|\s*$)/u;

/** The words before a name that make it a preposition's object ("her debate with", "about
 * President"): at most two capitalised words (a title) between. */
const OBJECT_OF_PREPOSITION =
  /\b(?:with|about|against|for|to|toward|towards|from|over|on|at|into|between|among|than)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}$/u;
// Initials and short titles whose full stop ends no sentence ("U.S.", "Sen.").
const ABBREVIATED = new RegExp(`\\b(?:\\p{Lu}\\.)+|\\b(?:${SHORT_TITLES})\\.`, "gu");
/** What ends an attribution's clause (see where it is used). */
const CLAUSE_STOP = new RegExp(
  `(?<!\\b(?:${SHORT_TITLES}|[\\p{Lu}]))(?<!\\([^()\\s]{0,12})\\.(?![,\\p{L}\\d])|[;:!?"“”]`,
  "u",
);

/** A list of examples opened in a clause and still running ("officials, including Roe, Doe"). */
const LIST_OPENED = /,\s+(?:including|such as|among them)\s[^;:"“”]*$/;

// A relative pronoun, then a name and only adverbs or a day before the verb ("…, whom Jane Roe on
// Monday ").
const OBJECT_RELATIVE =
  /,\s+(?:who|whom|which)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:\s+(?:(?:on|last|this)\s+[\p{Lu}][\p{Ll}]+|[\p{Ll}]+ly|has|had|have|once|also|later|then|repeatedly))*\s+$/u;

/** Whether words outside a quote give it a speaker of their own: a verb of saying, or a person
 * referred to by "he", "she" or "they". */
const namesSomeone = (words: string): boolean =>
  /(?<![\p{L}])(?:he|she|they)(?![\p{L}])/iu.test(words) ||
  [...words.matchAll(WORD)].some((w) => REPORTING_VERBS.has(w[0].toLowerCase()));

/** The last mention of the one person named outside quotes before `at`, or undefined when
 * none or several are. */
function onlyPersonBefore(index: MentionIndex, at: number): Mention | undefined {
  const people = index
    .mentionsIn(0, at)
    .filter((m) => m.actor.type === "person" && !index.insideQuote(m.start));
  return people.every((m) => m.actor === people[0]!.actor) ? people.at(-1) : undefined;
}

/** The mention of the one person the paragraph ending with sentence `last` is about: every one of
 * its sentences opens on that person's name or on "he"/"she", and no one else is named in it
 * (outside quotes). */
function paragraphAbout(
  body: string,
  index: MentionIndex,
  sentences: readonly Sentence[],
  last: number,
): Mention | undefined {
  const paragraph = sentences[last]!.paragraph;
  let first = last;
  while (first > 0 && sentences[first - 1]!.paragraph === paragraph) first--;
  const from = sentences[first]!.start;
  const people = index
    .mentionsIn(from, sentences[last]!.end)
    .filter((m) => m.actor.type === "person" && !index.insideQuote(m.start));
  const person = people[0];
  if (!person || people.some((m) => m.actor !== person.actor)) return undefined;
  for (let k = first; k <= last; k++) {
    const opening = body.slice(sentences[k]!.start, sentences[k]!.start + 40);
    const named = people.find(
      (m) => m.start === sentences[k]!.start + (opening.length - opening.trimStart().length),
    );
    if (!named && !/^\s*(?:He|She)\b/.test(opening)) return undefined;
  }
  return person;
}

/** A sentence opening on what someone was asked ("Asked whether …,", "When asked about …,"). */
const ASKED_OPENING = /^\s*(?:(?:When|After|Once)\s+)?[Aa]sked\b[^.;:"“”]{1,150},\s+/;

/** `Asked whether she would stand again, Roe paused.`: the one asked, "he", "she" or a person or
 * body named right after the opening clause; their range in the body, or null. */
function askedSubject(body: string, index: MentionIndex, sentence: Sentence): [number, number] | null {
  const asked = ASKED_OPENING.exec(sentence.text);
  if (!asked) return null;
  const at = sentence.start + asked[0].length;
  const pronoun = /^(?:he|she)\b/i.exec(body.slice(at, at + 4));
  if (pronoun) return [at, at + pronoun[0].length];
  const named = index.mentionsIn(at, sentence.end)[0];
  if (!named) return null;
  // (After titles or a role in lower case: `When asked, union leader Tom Vale shrugged.`)
  const before = body.slice(at, named.start).trim();
  return before === "" || /^(?:[\p{Lu}][\p{L}.]*\s*){1,3}$/u.test(before) || nominalType(before) === "person"
    ? [named.start, named.end]
    : null;
}

/** "I", "my": the quoted words are someone's own ("we" and "our" are as often a slogan's: "a
 * future we can share"). */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)(?![\p{L}'’])/u;

/** A determiner closing the text before a word: the word is a noun ("the claim", "his remarks"). */
const DETERMINER_BEFORE = /(?<![\p{L}])(?:a|an|the|one|this|that|his|her|its|their|our|my)\s+$/iu;

/** Verbs of judging that, in a relative clause, bring in what someone found (the verbs of saying
 * and finding are in the reporting verbs). */
const FINDING_VERBS = /^(?:judged|judges|determined|determines)$/;

/** `… by inspectors who found that `: where the phrase "who" is about starts and ends in `text`,
 * when `text` closes on a relative clause whose verb brings in words ("who said", "who found
 * that"); else null. */
function relativeSpeaker(text: string): [number, number] | null {
  if (!text.includes("who")) return null;
  const who = /\s+who\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)\s+(?:that\s+)?$/u.exec(text);
  if (!who || !(REPORTING_VERBS.has(who[1]!) || FINDING_VERBS.test(who[1]!))) return null;
  // (The phrase ends right before "who": not one set off by a comma, "Jo Roe, a professor at
  // Acme, who said", whose antecedent the clause finder reads.)
  const before = text.slice(0, who.index);
  const phrase =
    /(?:^|\b(?:by|from|to|with|for|at|among|and|but|than)\s+|,\s*)((?:[\p{L}\d'’.-]+\s+){0,3}[\p{L}'’.-]+)$/u.exec(
      before,
    );
  if (!phrase) return null;
  return [before.length - phrase[1]!.length, before.length];
}

/** Where the last clause of `lead` starts (after ", and", ", as", ";", a dash), or 0: the words
 * before a verb of saying hold its subject only from there. Without `relative`, a relative clause
 * (", which included staff members suggesting") or a dash does not start one: a verb in it is not
 * the one that introduces the quote. */
function lastClauseStart(lead: string, relative = true): number {
  const boundary = [
    ...lead.matchAll(
      relative ? /,\s(?:as|and|but|while|which|who)\s|;\s|\s[—–]\s/g : /,\s(?:and|but|while)\s|;\s/g,
    ),
  ].at(-1);
  return boundary ? boundary.index + boundary[0].length : 0;
}

/** `, the editorial board writes`, `, Jane Roe said on Tuesday`: the subject's range in `clause`
 * when a subject and a verb of saying (with at most three words after it) close it. */
function closingReport(clause: string): [number, number] | null {
  const segment = /,\s+([^,;"“”]{2,80})$/u.exec(clause);
  if (!segment || !/^(?:the|a|an|[\p{Lu}])/u.test(segment[1]!)) return null;
  const words = [...segment[1]!.matchAll(WORD)];
  const verb = words.findIndex((w, i) => i > 0 && SAYING_VERBS.has(w[0]));
  if (verb < 1 || verb > 6 || words.length - verb > 4) return null;
  const subject = segment[1]!.slice(0, words[verb]!.index).trimEnd();
  if (/\b(?:who|which|that)\b/.test(subject)) return null;
  const at = segment.index + segment[0].length - segment[1]!.length;
  return [at, at + subject.length];
}

/** A sentence that is only a name and a verb of saying, maybe with an apposition and what it was
 * said of: `Jane Roe said.`, `Jane Roe, the chairman, said of the meeting.` */
const BARE_CREDIT =
  /^\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}(?:,\s[^,;:"“”]{2,80},)?\s+(?:said|says|added|wrote|tweeted|recalled|explained)(?:\s+(?:of|about|on|at|after|later)\b[^,;:"“”.]{0,60})?\.\s*$/u;
/** `Roe remarked, alluding to "…"`, `Roe asks as a guy walks in, saying "…"`: a sentence that
 * opens on a name (or a pronoun), a verb of saying and a comma or a subordinate clause credits the
 * quote before it, whatever it quotes after. */
function opensOnCredit(text: string): boolean {
  const m =
    /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}([\p{Ll}]+)(?:,\s|\s+(?:as|while|when|before|after)\s)/u.exec(text);
  return m !== null && SAYING_VERBS.has(m[1]!);
}
/** A dash right after a quote, then a name closed by a comma, a full stop or the line's end. */
const DASH_CREDIT =
  /^[ \t]*[—–][ \t]*((?:[\p{Lu}][\p{L}.'’-]*[ \t]+){0,3}[\p{Lu}][\p{L}'’-]*)(?=[ \t]*(?:,|\.?[ \t]*(?:\n|$)))/u;
/** Participles of saying a recording shows someone doing. */
const RECORDED_SPEAKING = /^(?:saying|asking|telling|declaring|shouting|vowing|insisting|warning)$/;
/** "footage of Jane Roe ", "a video showing Roe ", "recalled Roe ": a recording or a memory and
 * who it shows, right before a verb. */
const RECORDED_OF =
  /\b(?:(?:footage|video|clip|audio|recording|tape|film)\s+(?:of|showing)|recalled|recalls|remembered|remembers)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+$/u;
/** `quoted Jane Roe as saying`, `quoted Roe as telling his guest that`: the one quoted, before "as". */
const QUOTED_AS_VERBS = /^(?:saying|telling|writing)$/;
const QUOTED_AS = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^"“”;]{2,120}?),?\s+as\s+$/;
/** ` him as saying`, ` Jane Roe as saying`: the one a verb of quoting quotes, right after it. */
const QUOTED_OBJECT =
  /^\s+(him|her|them|(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+as\s+(?:saying|telling|writing)\b/u;
/** `quoting the senator: `, `quoting Jane Roe, `: the one quoted, right before the quote. */
const QUOTING = /\bquoting\s+([^"“”;:,]{2,80}?)\s*[:,]\s*$/;
/** A name of one to three capitalised words and a colon opening a quote's text. */
const TRANSCRIPT_LABEL = /^((?:[\p{Lu}][\p{L}.'’-]*\s){0,2}[\p{Lu}][\p{L}.'’-]*):\s/u;

/** `by Jane Roe as `, `by the minister of `: a participle's agent right before its quote. */
const AGENT_BEFORE = /^\s+by\s+((?:[^\s,;:"“”]+\s+){0,7}?[^\s,;:"“”]+)(?:\s+(?:as|of|that)|,|:)?\s*$/;
/** `asked by Jane Doe whether …`, `asked by host Jane Doe, "…"`: the agent of "asked" before the
 * question it put. */
const ASKED_BY =
  /^\s+by\s+((?:[^\s,;:"“”]+\s+){0,5}?[^\s,;:"“”]+)(?:,?\s+(?:whether|if|why|how|what|when|about)\b[^"“”.;:]*|\s*[,:]\s*)$/;
/** Participles whose agent said the quote that follows (`described by Roe as "…"`), unlike
 * `decided by Congress: "…"` or `written by the suspect: "…"`. */
const DESCRIBED = new Set(
  "described called told labeled labelled termed dubbed characterized characterised branded hailed criticized criticised praised quoted".split(
    " ",
  ),
);
const ASIDE_INVERTED =
  /,\s+(?:says|said|adds|added|notes|noted|argues|argued|writes|wrote)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*)(?:,\s+[^,"“”]{2,80})?,\s+(?=[\p{Ll}])[^"“”]*$/u;
const ADVERBS_ONLY =
  /^\s*(?:(?:now|still|also|then|later|again|instead|never|just|only|even|[\p{Ll}]+ly)\s+)+$/u;

/** Auxiliaries that open a clause with no subject of its own ("but was referring to"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "had",
  "have",
  "would",
  "will",
]);

/** Whether a clause opens on a past verb or an auxiliary, with no subject of its own ("went on
 * to", "and stressed the need to", "but was referring to"). */
function opensOnVerb(clause: string): boolean {
  const word = /^\s*(?:(?:and|then|also|later)\s+)*([\p{Ll}]+)\b/u.exec(clause)?.[1] ?? "";
  return /[^e]ed$/.test(word) || PAST_TENSES.has(word) || word === "said" || AUXILIARIES.has(word);
}

/** Verbs of where a text's words stand in it ("it begins", "it ends"). */
const TEXT_ORDER_VERB = /^(?:begins|began|opens|opened|ends|ended|closes|closed)$/;

/** ", who called the results ", ", who had described it as ": a relative clause of naming, open
 * right before a quote. */
const RELATIVE_NAMING_BEFORE =
  /,\s+who\s+(?:had\s+|has\s+)?(?:called|described|labell?ed|dubbed|termed|branded)\s+(?:[^,;"“”]{0,60}\s)?$/;

/** Verbs that give quoted words as what someone called something ("described it as"). */
const NAMING_VERB = /^(?:called|described|labell?ed|dubbed|termed|branded|said|wrote)$/;

/** The opening of the clause boundary made by a verb of reporting and its "that" (`said that`). */
const REPORTED_THAT =
  /^\s(?:said|says|reported|reports|wrote|writes|claimed|claims|alleged|alleges|revealed|reveals|found|finds)\s/;

/** Whether `verb`, after the words `between` it and a "that" before it, reports in the past what
 * someone said: a lower-case past form with no modal before it ("had described", "called"). */
function reportsPast(verb: string, between: string): boolean {
  return (
    /^[\p{Ll}]+(?:ed|said|told|wrote)$/u.test(verb) &&
    !/\b(?:should|would|could|must|will|can|may|might|shall)\b/.test(between)
  );
}
