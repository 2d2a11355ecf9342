// The Reply for a failed command: plain words, the stable code, the hints (usage, known values).
// Never a stack trace: the cause stays in the log.
import { isBriefbotError } from "../src/core/errors.ts";
import type { Reply } from "../src/core/reply.ts";

/** Turns any thrown value into an ephemeral error Reply. */
export function errorReply(error: unknown): Reply {
  if (isBriefbotError(error)) {
    const reply: Reply = {
      title: error.message,
      sections: [],
      ephemeral: true,
      errorCode: error.code,
    };
    if (error.hints.length > 0) {
      reply.sections.push({ heading: "", items: error.hints.map((hint) => ({ kind: "text", text: hint })) });
    }
    return reply;
  }
  return {
    title: "Something went wrong on our side; the error was logged.",
    sections: [],
    ephemeral: true,
    errorCode: "INTERNAL",
  };
}
