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
