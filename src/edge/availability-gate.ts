import type { Clock, Timer } from "../clock/clock.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";
import { refusalOf } from "./refusals.ts";

/**
 * Opens and resumes while a dependency is known down (the event store, say):
 * refused at once with 1013 naming it, rather than left to wait for a command
 * that cannot complete and end with 1011 after the command timeout.
 */
export class AvailabilityGate {
  constructor(
    /** Why sessions cannot be recorded now, or undefined. */
    private readonly unavailable: (() => string | undefined) | undefined,
    private readonly clock: Clock,
  ) {}

  /** Throws the 1013 while a dependency is known down. */
  check(): void {
    const reason = this.unavailable?.();
    if (reason) throw new EdgeRefusal(CloseCode.tryAgainLater, reason);
  }

  /** A command that failed while a dependency went down is that dependency's 1013. */
  refusalOf(error: unknown): EdgeRefusal {
    const reason = this.unavailable?.();
    const refusal = refusalOf(error);
    return reason && refusal.closeCode === CloseCode.internal
      ? new EdgeRefusal(CloseCode.tryAgainLater, reason)
      : refusal;
  }

  /**
   * The command's answer, or a 1013 as soon as a dependency is known down
   * (checked every 250 ms): a client is not kept waiting for a command that
   * cannot be recorded. The command itself goes on, and may still apply.
   */
  race<T>(pending: Promise<T>): Promise<T> {
    if (!this.unavailable) return pending;
    let timer: Timer | undefined;
    const down = new Promise<never>((_, reject) => {
      timer = this.clock.setInterval(() => {
        const reason = this.unavailable?.();
        if (reason) reject(new EdgeRefusal(CloseCode.tryAgainLater, reason));
      }, 250);
    });
    return Promise.race([pending, down]).finally(() => timer?.cancel());
  }
}
