// What a Discord interaction is answered with, whatever the work does: its reply, or an error reply
// when it fails or runs past the time limit (the user sees the coded message, never a trace; a
// refusal is logged as info, a failure as an error).
import { errorReply } from "../../../commands/error-reply.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { describeError } from "./log-error.ts";

/** Log fields naming what was asked: `{ command }` or `{ control }`. */
type Asked = Record<string, string | null>;

/** The reply of `work`, or the error reply if it throws or takes longer than `limitMs`. */
export async function answerInTime(
  work: () => Promise<Reply>,
  limitMs: number,
  logger: Logger,
  asked: () => Asked,
  what: "command" | "button",
): Promise<Reply> {
  let giveUp: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    giveUp = setTimeout(
      () => reject(new BriefbotError("INTERNAL", "That took too long to answer; please try again later.")),
      limitMs,
    );
  });
  try {
    return await Promise.race([work(), tooLong]);
  } catch (error) {
    const record = describeError(error);
    if (record.code === "INTERNAL") logger.error({ ...record, ...asked() }, `discord: ${what} failed`);
    else logger.info({ ...record, ...asked() }, `discord: ${what} refused`);
    return errorReply(error);
  } finally {
    clearTimeout(giveUp);
  }
}
