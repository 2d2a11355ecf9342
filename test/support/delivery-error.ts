// Channel posters report failures as DeliveryError; platform tests check its kind and message.
import { expect } from "vitest";
import { DeliveryError } from "../../src/core/ports.ts";

/** The DeliveryError `promise` rejects with; the test fails when it resolves or rejects with anything else. */
export async function deliveryError(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}
