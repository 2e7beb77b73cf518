import { type AlertState, evolveAlert, initialAlertState } from "../../../actors/alert/mod.ts";
import type { DomainEvent, RecordedEvent } from "../../../events/mod.ts";

/**
 * A mirror of every alert actor's state (open alerts per rule), followed
 * from the log. The evaluator decides locally with it and sends a command
 * only when something changes; the actor decides again on its own state,
 * so a mirror that lags only costs a command that decides nothing.
 */
export class AlertStates {
  readonly #states = new Map<string, AlertState>();

  readonly apply = (event: RecordedEvent): void => {
    if (!event.type.startsWith("alert.")) return;
    const { ruleId } = event.data as { ruleId: string };
    const next = evolveAlert(this.get(ruleId), event as DomainEvent);
    if (Object.keys(next.open).length === 0) this.#states.delete(ruleId);
    else this.#states.set(ruleId, next);
  };

  get(ruleId: string): AlertState {
    return this.#states.get(ruleId) ?? initialAlertState;
  }

  /** Rules that have open (pending or firing) alerts. */
  rulesWithOpenAlerts(): string[] {
    return [...this.#states.keys()];
  }
}
