// A person's name in an attribution clause that the actor step left without a mention there
// ("Black said" after "Mark Black", where the surname is also a common word; "said Workers
// Secretary-Treasurer Gary Casteel", cut into a longer run): the person whose full name, or
// whose surname alone among the people of the text, ends the capitalised words that open or
// close the subject.
import type { ActorRecord, Mention } from "./actors.ts";

/** People of one body by full name and by surname (null when two people share a surname). */
export class PersonNames {
  private byFull: Map<string, ActorRecord> | null = null;
  private bySurname: Map<string, ActorRecord | null> | null = null;

  constructor(private readonly mentions: readonly Mention[]) {}

  private build(): void {
    this.byFull = new Map();
    this.bySurname = new Map();
    for (const m of this.mentions) {
      const actor = m.actor;
      if (actor.type !== "person" || this.byFull.has(actor.name)) continue;
      const words = actor.name.split(/\s+/);
      if (words.length < 2) continue;
      this.byFull.set(actor.name, actor);
      const surname = words[words.length - 1]!;
      if (!/^[\p{Lu}][\p{Ll}]/u.test(surname)) continue;
      const seen = this.bySurname.get(surname);
      this.bySurname.set(surname, seen === undefined || seen === actor ? actor : null);
    }
  }

  /** The person named by the capitalised run opening or closing `subject`, or null. */
  inSubject(subject: string): ActorRecord | null {
    const runs = [
      /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'-]*(?=\s*$)/u.exec(subject)?.[0],
      /(?:^|\s)((?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'-]*)$/u.exec(subject)?.[1],
    ];
    for (const run of runs) {
      if (!run) continue;
      if (!this.byFull) this.build();
      const words = run.split(/\s+/);
      const last = words[words.length - 1]!;
      const full = words.length >= 2 ? this.byFull!.get(`${words[words.length - 2]} ${last}`) : undefined;
      if (full) return full;
      const person = this.bySurname!.get(last);
      if (person) return person;
    }
    return null;
  }
}
