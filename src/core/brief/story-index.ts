// Story assignment at ingest: one grouper per topic, kept by the store process, that puts each new
// document into a story or starts one. The store keeps every assignment (story id and an
// assignment number per topic); a process that starts, or that another process wrote behind,
// replays the stored assignments it has not seen before assigning anything, so every process
// groups from the same state. Pure: the store reads and writes the rows.
import { type StoryDocument, StoryGrouper } from "./story-grouping.ts";

/** One stored assignment, as replayed. */
export interface StoredAssignment {
  doc: StoryDocument;
  story: string;
  /** The assignment number within the topic (1, 2, 3... in the order they were made). */
  seq: number;
}

/**
 * A grouper that keeps of each document only its id and story: a store process holds every
 * document of its topics for as long as it runs, and reads members back from the database.
 */
const newGrouper = (): StoryGrouper => new StoryGrouper({ keepMembers: false });

interface TopicState {
  grouper: StoryGrouper;
  /** The highest assignment number replayed or made. */
  seq: number;
}

/** The story groupers of a store process, by topic. */
export class StoryIndex {
  private readonly topics = new Map<string, TopicState>();

  /** The highest assignment number this process holds for a topic (0 when none). */
  seenUpTo(topic: string): number {
    return this.topics.get(topic)?.seq ?? 0;
  }

  /**
   * Replays stored assignments newer than seenUpTo, in their order. Returns false when one of
   * them is a document this process already grouped (the stories were rebuilt elsewhere): the
   * topic is then forgotten and the caller replays it from the start.
   */
  replay(topic: string, assignments: readonly StoredAssignment[]): boolean {
    const state = this.state(topic);
    for (const { doc, story, seq } of assignments) {
      if (state.grouper.has(doc.document.id)) {
        this.forget(topic);
        return false;
      }
      state.grouper.place(doc, story);
      state.seq = Math.max(state.seq, seq);
    }
    return true;
  }

  /** Assigns new documents (in the order given) and returns each one's story and number. */
  assign(topic: string, docs: readonly StoryDocument[]): Array<{ story: string; seq: number }> {
    const state = this.state(topic);
    return docs.map((doc) => {
      // Already grouped here (a document that left and rejoined): keep it where it is.
      const story = state.grouper.storyOf(doc.document.id);
      if (story) return { story: story.id, seq: ++state.seq };
      return { story: state.grouper.add(doc).id, seq: ++state.seq };
    });
  }

  /** How many stories a topic's grouper holds. */
  storyCount(topic: string): number {
    return this.topics.get(topic)?.grouper.stories.length ?? 0;
  }

  /** Starts a topic afresh (a rebuild), numbering its next assignments after `seq`. */
  restart(topic: string, seq: number): void {
    this.topics.set(topic, { grouper: newGrouper(), seq });
  }

  /** Drops what this process holds (one topic, or all): after a rollback or a rebuild. */
  forget(topic?: string): void {
    if (topic === undefined) this.topics.clear();
    else this.topics.delete(topic);
  }

  private state(topic: string): TopicState {
    let state = this.topics.get(topic);
    if (!state) {
      state = { grouper: newGrouper(), seq: 0 };
      this.topics.set(topic, state);
    }
    return state;
  }
}
