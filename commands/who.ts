// `/who <name> [topic:<t>]`: an actor's profile: type, aliases, roles, when seen, quotes, company.
import { z } from "zod";
import { BriefbotError } from "../src/core/errors.ts";
import type { ActorProfile } from "../src/core/ports.ts";
import type { Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import { attributionFooter, documentItem, quoteItem } from "./citations.ts";
import { defineCommand, field } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { ActorProfileData } from "./output-schemas.ts";
import { plural } from "./plural.ts";

/** The Reply of an actor profile. */
export function whoReply(profile: ActorProfile): Reply {
  const sections: ReplySection[] = [];
  const facts: ReplyItem[] = [
    {
      kind: "text",
      text: `${plural(profile.mentions, "mention")} in ${plural(profile.documentCount, "document")}`,
    },
  ];
  if (profile.firstSeen) {
    const range =
      profile.lastSeen && profile.lastSeen !== profile.firstSeen
        ? `${profile.firstSeen} to ${profile.lastSeen}`
        : profile.firstSeen;
    facts.push({ kind: "text", text: `seen ${range}` });
  }
  if (profile.aliases.length > 0)
    facts.push({ kind: "text", text: `also called ${profile.aliases.join(", ")}` });
  if (profile.roles.length > 0) facts.push({ kind: "text", text: `roles: ${profile.roles.join(", ")}` });
  if (profile.otherMatches.length > 0)
    facts.push({ kind: "text", text: `the name may also mean ${profile.otherMatches.join(", ")}` });
  sections.push({ heading: "Profile", items: facts });
  if (profile.quotes.length > 0) {
    sections.push({
      heading: "Quotes",
      items: profile.quotes.map(quoteItem),
    });
  }
  if (profile.coActors.length > 0) {
    sections.push({
      heading: "Appears with",
      items: profile.coActors.map((actor) => ({
        kind: "actor",
        text: actor.name,
        detail: `${actor.type} · ${plural(actor.documents, "document")}`,
      })),
    });
  }
  if (profile.documents.length > 0) {
    sections.push({
      heading: "Documents",
      items: profile.documents.map(documentItem),
    });
  }
  const reply: Reply = { title: profile.name, subtitle: profile.type, sections, ephemeral: false };
  const footer = attributionFooter([...profile.quotes.map((hit) => hit.document), ...profile.documents]);
  if (footer) reply.footer = footer;
  return reply;
}

/** `/who`. */
export const whoCommand = defineCommand({
  name: "who",
  description: "Profile a person, organisation or place: aliases, roles, quotes, who they appear with",
  examples: ["/who Bonny Lin", "/who CSIS"],
  input: z.object({
    name: field(z.string().trim().min(1, "a name is needed").max(200), {
      description: "a name or any form of it (Lin, CSIS)",
      positional: "rest",
      autocomplete: "speaker",
    }),
    topic: field(z.string().trim().toLowerCase().min(1).max(100).optional(), {
      description: "only this topic",
      autocomplete: "topic",
    }),
  }),
  output: ActorProfileData,
  async run(deps, input) {
    if (input.topic) await requireTopic(deps.store, input.topic);
    const name = input.name.replace(/^["“”']+|["“”']+$/g, "");
    const profile = await deps.store.actorProfile(name, input.topic ? { topic: input.topic } : {});
    if (profile) return { data: profile, reply: whoReply(profile) };
    const prefix = name.split(/\s+/)[0] ?? name;
    const near = (
      await deps.store.listActors({ prefix, limit: 5, ...(input.topic ? { topic: input.topic } : {}) })
    ).map((actor) => actor.name);
    throw new BriefbotError(
      "ACTOR_NOT_FOUND",
      `no one called "${name}" in the documents${input.topic ? ` of ${input.topic}` : ""}`,
      {
        hints:
          near.length > 0
            ? [`did you mean: ${near.join(", ")}?`]
            : ["try another form of the name, or /topics to see what is covered"],
      },
    );
  },
});
