// Reading a stored brief back, on either backend: JSON parsed and checked against the contract, so
// a corrupt row is a STORED_DATA_INVALID error naming its document, never a crash further on.
import { z } from "zod";
import { BriefbotError } from "../core/errors.ts";
import { DocumentBrief } from "../core/schemas.ts";

/** Parses what `read` returns (JSON.parse calls) and validates it against `schema`. */
export function parseStoredJson<T>(schema: z.ZodType<T>, read: () => unknown, documentId: string): T {
  let data: unknown;
  try {
    data = read();
  } catch (error) {
    throw new BriefbotError("STORED_DATA_INVALID", `stored brief of ${documentId} is not JSON`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new BriefbotError(
      "STORED_DATA_INVALID",
      `stored brief of ${documentId} is invalid: ${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

/** Parses and validates a stored brief; a corrupt row is STORED_DATA_INVALID naming the document. */
export const parseStoredBrief = (json: string, documentId: string): DocumentBrief =>
  parseStoredJson(DocumentBrief, () => JSON.parse(json), documentId);
