// Small commands for adapter tests: slow (to force a deferral), failing, admin-only, and a stand-in
// for the "Brief this message" command.
import { z } from "zod";
import type { Command, CommandContext } from "../../../commands/command.ts";
import type { AnyCommand } from "../../../src/adapters/discord/command-json.ts";
import { BriefbotError } from "../../../src/core/errors.ts";

/** A gate a test opens to let the slow command finish. */
export function gate(): { wait: Promise<void>; open(): void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

/** Answers once `release` resolves. */
export function slowCommand(release: () => Promise<void>): AnyCommand {
  const command: Command<Record<string, never>> = {
    name: "slow",
    description: "Answers late",
    usage: ["/slow"],
    options: [],
    input: z.object({}) as unknown as z.ZodType<Record<string, never>>,
    async run() {
      await release();
      return {
        title: "Slow answer",
        sections: [{ heading: "Done", items: [{ kind: "text", text: "finally" }] }],
        ephemeral: false,
      };
    },
  };
  return command as AnyCommand;
}

/** Throws an unexpected error whose message holds a secret-looking value. */
export const failingCommand: AnyCommand = {
  name: "boom",
  description: "Always fails",
  usage: ["/boom"],
  options: [],
  input: z.object({}),
  async run() {
    throw new Error("database exploded at /srv/secret/path");
  },
};

/** Records the context of its last call. */
export const adminCalls: CommandContext[] = [];

/** An admin-only command (like /digest subscribe). */
export const adminCommand: AnyCommand = {
  name: "admin-thing",
  description: "Needs Manage Channels",
  usage: ["/admin-thing"],
  options: [{ name: "count", description: "how many", type: "integer", required: false }],
  input: z.object({ count: z.number().int().min(1).max(10).optional() }),
  adminOnly: true,
  async run(_deps, _input, context) {
    adminCalls.push(context);
    if (!context.canManageChannel)
      throw new BriefbotError("PERMISSION_DENIED", "You need the Manage Channels permission.");
    return { title: "Admin done", sections: [], ephemeral: true };
  },
};

/** Inputs seen by the stand-in message command. */
export const messageInputs: unknown[] = [];

/** Stands in for commands/brief-message.ts until it exists: echoes what it got. */
export const briefMessageStandIn: AnyCommand = {
  name: "brief-message",
  description: "Brief a chat message (its link or its text)",
  usage: ["Apps > Brief this message"],
  options: [
    { name: "url", description: "a link in the message", type: "string", required: false },
    { name: "text", description: "the message text", type: "string", required: false },
  ],
  input: z.object({ url: z.string().optional(), text: z.string().optional() }),
  async run(_deps, input) {
    messageInputs.push(input);
    const { url, text } = input as { url?: string; text?: string };
    return {
      title: "Message brief",
      sections: [
        { heading: "Key points", items: [{ kind: "point", text: text ?? "", detail: url ?? "no link" }] },
      ],
      ephemeral: false,
    };
  },
};

/** Answers with a brief far over one message's limits. */
export const hugeCommand: AnyCommand = {
  name: "huge",
  description: "A very long brief",
  usage: ["/huge"],
  options: [],
  input: z.object({}),
  async run() {
    const long = "A sentence of a key point that goes on for a while, @everyone. ".repeat(12);
    return {
      title: "Huge brief",
      sections: [
        {
          heading: "Key points",
          items: Array.from({ length: 80 }, (_, n) => ({ kind: "point" as const, text: `${n}. ${long}` })),
        },
      ],
      ephemeral: false,
    };
  },
};
