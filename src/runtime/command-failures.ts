import { ConcurrencyError, StoreUnavailableError } from "../store/errors.ts";
import { isUnavailable, serverError } from "../store/sql-errors.ts";

/** The actor's own code threw: the same command on the same state will throw again. */
export class ActorFault extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "ActorFault";
  }
}

/** Runs a pure actor function, marking what it throws as the actor's fault. */
export function actorCode<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new ActorFault(error);
  }
}

/**
 * SQLSTATE classes that say the request itself is wrong (bad data, a broken
 * constraint, bad SQL, an internal error): asking again gets the same answer.
 * Everything else the server says (connection, resources, shutdown,
 * serialization) passes.
 */
const deterministicClasses = /^(22|23|42|XX|SB)/;

/**
 * Whether a command failed for a passing reason, so retrying later can
 * succeed: the default, since a dependency failing mid-restart throws in
 * many shapes. Only the actor's own exceptions and a request the database
 * refuses as such fail the same way every time; those are dead-lettered
 * after a few attempts instead of being retried for the whole budget.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof StoreUnavailableError || error instanceof ConcurrencyError) return true;
  if (error instanceof ActorFault) return false;
  if (isUnavailable(error)) return true;
  const server = serverError(error);
  return !(server && deterministicClasses.test(server.code));
}

/** Back-off before a failed command's next delivery: doubling from 200 ms, at most 5 s. */
export function retryDelayMs(deliveryCount: number): number {
  return Math.min(100 * 2 ** Math.max(1, deliveryCount), 5_000);
}
