import type { ContentfulStatusCode } from "hono/utils/http-status";
import { CommandRejectedError, CommandTimeoutError } from "../runtime/dispatch.ts";
import { CommandLogClosedError } from "../bus/pending-replies.ts";
import { ApiError } from "./errors.ts";

/** How an actor's rejection code reads over HTTP. Codes not listed are 409 conflicts. */
const statusOfCode: Record<string, ContentfulStatusCode> = {
  agent_not_found: 404,
  session_not_found: 404,
  invalid_command: 400,
  invalid_weight: 400,
  invalid_capability: 400,
  invalid_decision: 400,
  unknown_strategy: 400,
  unknown_command: 400,
  unknown_actor_type: 400,
  bad_resume_token: 403,
  no_agent_available: 503,
  command_failed: 500,
};

/** Turns what `dispatch` throws into the API's typed error; anything else propagates. */
export function commandError(error: unknown): ApiError | unknown {
  if (error instanceof CommandRejectedError) {
    return new ApiError(statusOfCode[error.code] ?? 409, error.code, error.message);
  }
  if (error instanceof CommandTimeoutError || error instanceof CommandLogClosedError) {
    return new ApiError(503, "unavailable", "the command log did not answer in time; retry");
  }
  return error;
}
