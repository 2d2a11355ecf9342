// The labels that open an interview's lines ("((Jane Roe)) …", "((WN)) …", a transcript's "Q: …"
// and "Roe: …"): who answers and who asks at a given offset. Found once per body; each look-up is a binary search, so the work per
// quote stays the same however long the interview.

/** A label opening an interview's line: where its name is, and whether it is the interviewer's. */
export interface InterviewLabel {
  start: number;
  end: number;
  /** The interviewer's label: one to three capitals ("WN", "Q"). */
  asks: boolean;
  /** Indexes of the answers' labels nearest before and after this one (-1 for none). */
  answerBefore: number;
  answerAfter: number;
  /** Where the label's turn ends: a transcript's "Roe:" holds its own line only. */
  until: number;
}

export class InterviewLabels {
  private readonly labels: InterviewLabel[];

  constructor(body: string) {
    // ("((Jane Roe)) …", or a transcript's "Q: …" and "Roe: …": one to three capitalised words
    // and a colon opening the line, which hold that line only.)
    const LABEL =
      /(?:^|\n)[ \t]*(?:\(\(([^()\n]{1,60})\)\)|([\p{Lu}][\p{L}.'’-]*(?:[ \t][\p{Lu}][\p{L}.'’-]*){0,2}):[ \t])/gu;
    this.labels = [...body.matchAll(LABEL)].map((m) => {
      const name = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(name);
      const lineEnd = body.indexOf("\n", start);
      return {
        start,
        end: start + name.length,
        asks: /^[\p{Lu}]{1,3}$/u.test(name.trim()),
        answerBefore: -1,
        answerAfter: -1,
        until: m[1] !== undefined || lineEnd < 0 ? Number.POSITIVE_INFINITY : lineEnd,
      };
    });
    for (let k = 0, last = -1; k < this.labels.length; k++) {
      if (!this.labels[k]!.asks) last = k;
      this.labels[k]!.answerBefore = last;
    }
    for (let k = this.labels.length - 1, next = -1; k >= 0; k--) {
      if (!this.labels[k]!.asks) next = k;
      this.labels[k]!.answerAfter = next;
    }
  }

  /** `((Jane Roe)) … I said "…"`: the label of the answer holding offset `at`, or undefined when
   * the line is the interviewer's or there is no label before it. */
  answering(at: number): InterviewLabel | undefined {
    const label = this.labels[this.indexAt(at)];
    return label && !label.asks && at < label.until ? label : undefined;
  }

  /** `((WN)) … you wrote "…"`: in the interviewer's line holding offset `at`, the label of the one
   * interviewed: the answer's nearest before it (or, in the first question, after it). */
  interviewed(at: number): InterviewLabel | undefined {
    const label = this.labels[this.indexAt(at)];
    if (!label?.asks || at >= label.until) return undefined;
    return this.labels[label.answerBefore >= 0 ? label.answerBefore : label.answerAfter];
  }

  /** The index of the last label at or before offset `at`, or -1. */
  private indexAt(at: number): number {
    let lo = 0;
    let hi = this.labels.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.labels[mid]!.start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
