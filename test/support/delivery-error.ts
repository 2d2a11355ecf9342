// Channel posters report failures as DeliveryError; platform tests check its kind, code and message.
import { expect } from "vitest";
import { BriefbotError, DeliveryError } from "../../src/core/errors.ts";

/** The DeliveryError `promise` rejects with; the test fails when it resolves or rejects with anything else. */
export async function deliveryError(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  // Coded like every other error: the code follows the kind.
  expect(error).toBeInstanceOf(BriefbotError);
  const delivery = error as DeliveryError;
  expect(delivery.code).toBe(`DELIVERY_${delivery.kind.toUpperCase()}`);
  return delivery;
}
