import type { Refusal } from "../security/guard.ts";
import { CommandRejectedError, CommandTimeoutError } from "../runtime/dispatch.ts";
import { meaningOf } from "../runtime/commands/rejections.ts";
import type { Logger } from "../telemetry/log.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";

/** How the edge says no to a client: every failure becomes a close code with a reason. */

/** What a failed command means to a client: a close code with a reason. */
export function refusalOf(error: unknown): EdgeRefusal {
  if (error instanceof EdgeRefusal) return error;
  if (error instanceof CommandRejectedError) {
    const meaning = meaningOf(error.code);
    return new EdgeRefusal(meaning.closeCode, meaning.closeReason(error));
  }
  if (error instanceof CommandTimeoutError) {
    return new EdgeRefusal(CloseCode.internal, "control plane did not answer in time; retry");
  }
  return new EdgeRefusal(CloseCode.internal, "internal error");
}

/** An abuse-limit refusal: a denied address is 4003, a rate is 4008. */
export function refusalOfGuard(refusal: Refusal): EdgeRefusal {
  return new EdgeRefusal(
    refusal.kind === "denied" ? CloseCode.forbidden : CloseCode.rateLimited,
    refusal.message,
  );
}

/** Like refusalOf, logging what was not the client's fault. */
export function refusalOrInternal(error: unknown, log?: Logger): EdgeRefusal {
  const refusal = refusalOf(error);
  if (refusal.closeCode === CloseCode.internal) log?.warn("session failed", { error });
  return refusal;
}
