import { InvalidEventError } from "../../events/catalogue.ts";
import type { AppendPayloadEvent } from "./append-input.ts";
import { ConcurrencyError, StoreUnavailableError } from "./errors.ts";
import type { ExpectedVersion } from "./event-store.ts";

/**
 * Both drivers surface the server's error fields, under slightly different
 * names (postgres.js: `constraint_name`; PGlite: `constraint`). This module reads
 * them in one place so the store can map SQLSTATEs to domain errors.
 */

/** Raised by `sb_append` when the stream is not at the expected version; DETAIL holds the actual. */
export const VERSION_CONFLICT = "SB001";
/** Raised by `sb_append` when the transaction already wrote something (see the append function). */
export const NOT_FIRST_WRITE = "SB002";
export const UNIQUE_VIOLATION = "23505";

export interface ServerError {
  code: string;
  detail?: string;
  constraint?: string;
}

/** The SQLSTATE-carrying part of a driver error, or undefined for non-server errors. */
export function serverError(error: unknown): ServerError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const fields = error as Record<string, unknown>;
  const code = fields.code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const constraint = fields.constraint_name ?? fields.constraint;
  return {
    code,
    detail: typeof fields.detail === "string" ? fields.detail : undefined,
    constraint: typeof constraint === "string" ? constraint : undefined,
  };
}

/**
 * Whether the failure is about reaching the database rather than about the
 * request: connection errors from postgres.js carry node-style codes
 * (ECONNREFUSED, CONNECTION_CLOSED…); the server reports class 08
 * (connection exception) and 57P0x (shutdown, cannot connect now).
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return false;
  if (/^(08|57P0)/.test(code)) return true;
  return /^(E[A-Z]+|CONNECTION_[A-Z_]+|CONNECT_TIMEOUT)$/.test(code);
}

/** Connection-level failures become StoreUnavailableError; the rest pass unchanged. */
export function unavailableOr(error: unknown): unknown {
  return isUnavailable(error)
    ? new StoreUnavailableError(`event store unavailable: ${String(error)}`, { cause: error })
    : error;
}

/** Awaits a query, translating connection failures (see unavailableOr). */
export function guard<T>(pending: Promise<T>): Promise<T> {
  return pending.catch((error) => Promise.reject(unavailableOr(error)));
}

/**
 * What a failed sb_append means for the caller: a ConcurrencyError (version
 * check, or the (stream_id, version) key as a safety net), an InvalidEventError
 * for a reused event id, or undefined when it is not about the append's input.
 */
export function appendFailure(
  error: unknown,
  streamId: string,
  expected: ExpectedVersion,
  events: AppendPayloadEvent[],
): ConcurrencyError | InvalidEventError | undefined {
  const server = serverError(error);
  if (server?.code === VERSION_CONFLICT) {
    const actual = Number(server.detail);
    return new ConcurrencyError(streamId, expected, Number.isFinite(actual) ? actual : undefined);
  }
  if (server?.code !== UNIQUE_VIOLATION) return undefined;
  if (server.constraint === "events_stream_version_key") {
    return new ConcurrencyError(streamId, expected, undefined);
  }
  if (server.constraint === "events_event_id_key") {
    // DETAIL reads "Key (event_id)=(<uuid>) already exists."
    const reused = events.find((e) => server.detail?.includes(e.id));
    return new InvalidEventError(
      reused?.type ?? events[0]!.type,
      `id: event ${reused?.id ?? "(unknown)"} is already recorded`,
    );
  }
  return undefined;
}
