// Small commands for adapter tests: slow (to force a deferral), failing, admin-only, and a stand-in
// for the "Brief this message" command.
import { z } from "zod";
import { type Command, type CommandContext, defineCommand, field } from "../../../commands/command.ts";

/** A gate a test opens to let the slow command finish. */
export function gate(): { wait: Promise<void>; open(): void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

const reply = (title: string, text = "", ephemeral = false) => ({
  title,
  sections: text ? [{ heading: "Done", items: [{ kind: "text" as const, text }] }] : [],
  ephemeral,
});

/** Answers once `release` resolves. */
export function slowCommand(release: () => Promise<void>): Command {
  return defineCommand({
    name: "slow",
    description: "Answers late",
    input: z.object({}),
    output: z.null(),
    async run() {
      await release();
      return { data: null, reply: reply("Slow answer", "finally") };
    },
  });
}

/** Throws an unexpected error whose message holds a secret-looking value. */
export const failingCommand: Command = defineCommand({
  name: "boom",
  description: "Always fails",
  input: z.object({}),
  output: z.null(),
  async run() {
    throw new Error("database exploded at /srv/secret/path");
  },
});

/** Records the context of its last call. */
export const adminCalls: CommandContext[] = [];

/** An admin-only command (like /digest subscribe): execute() checks the permission before run. */
export const adminCommand: Command = defineCommand({
  name: "admin-thing",
  description: "Needs Manage Channels",
  permission: "manage-channel",
  input: z.object({
    count: field(z.number().int().min(1).max(10).optional(), { description: "how many", type: "integer" }),
  }),
  output: z.null(),
  async run(_deps, _input, context) {
    adminCalls.push(context);
    return { data: null, reply: reply("Admin done", "", true) };
  },
});

/** Inputs seen by the stand-in message command. */
export const messageInputs: unknown[] = [];

/** Stands in for commands/brief-message.ts: echoes what it got. */
export const briefMessageStandIn: Command = defineCommand({
  name: "brief-message",
  description: "Brief a chat message (its link or its text)",
  messageAction: { title: "Brief this", description: "Brief it", slackCallbackId: "brief_this" },
  input: z.object({
    text: field(z.string().optional(), { description: "the message text", positional: "rest" }),
  }),
  output: z.null(),
  async run(_deps, input) {
    messageInputs.push(input);
    const url = /https?:\/\/\S+/.exec(input.text ?? "")?.[0];
    return {
      data: null,
      reply: {
        title: "Message brief",
        sections: [
          {
            heading: "Key points",
            items: [{ kind: "point", text: input.text ?? "", detail: url ?? "no link" }],
          },
        ],
        ephemeral: false,
      },
    };
  },
});

/** Answers with a brief far over one message's limits. */
export const hugeCommand: Command = defineCommand({
  name: "huge",
  description: "A very long brief",
  input: z.object({}),
  output: z.null(),
  async run() {
    const long = "A sentence of a key point that goes on for a while, @everyone. ".repeat(12);
    return {
      data: null,
      reply: {
        title: "Huge brief",
        sections: [
          {
            heading: "Key points",
            items: Array.from({ length: 80 }, (_, n) => ({ kind: "point" as const, text: `${n}. ${long}` })),
          },
        ],
        ephemeral: false,
      },
    };
  },
});
