import { CommandRejectedError, CommandTimeoutError } from "../runtime/dispatch.ts";
import { meaningOf } from "../runtime/commands/rejections.ts";
import { CommandLogClosedError } from "../bus/pending-replies.ts";
import { ApiError } from "./errors.ts";

/** Turns what a command client throws into the API's typed error; anything else propagates. */
export function commandError(error: unknown): ApiError | unknown {
  if (error instanceof CommandRejectedError) {
    return new ApiError(meaningOf(error.code).httpStatus, error.code, error.message);
  }
  if (error instanceof CommandTimeoutError || error instanceof CommandLogClosedError) {
    return new ApiError(503, "unavailable", "the command log did not answer in time; retry");
  }
  return error;
}
