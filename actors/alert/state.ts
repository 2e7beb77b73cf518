import type { Labels } from "../../events/alert.ts";
import type { DomainEvent } from "../../events/mod.ts";
import { evolveBy } from "../decider.ts";

/** An alert of one rule that has not ended: its condition holds, or held until the last evaluation. */
export interface OpenAlert {
  alertId: string;
  fingerprint: string;
  labels: Labels;
  state: "pending" | "firing";
  /** When the condition started to hold. */
  activeAt: string;
  /** When it fired (firing only). */
  startsAt?: string;
  value: number;
  /** When `value` was recorded (absent in state saved before values were refreshed). */
  valueAt?: string;
  acknowledged: boolean;
}

/** One alert actor per rule: its open alerts by fingerprint. Ended alerts live in the log only. */
export interface AlertState {
  open: Readonly<Record<string, OpenAlert>>;
}

export const initialAlertState: AlertState = { open: {} };

function without(open: AlertState["open"], fingerprint: string): AlertState {
  const { [fingerprint]: _ended, ...rest } = open;
  return { open: rest };
}

export const evolveAlert: (state: AlertState, event: DomainEvent) => AlertState = evolveBy<
  AlertState
>({
  "alert.pending": (state, d) => ({
    open: {
      ...state.open,
      [d.fingerprint]: {
        alertId: d.alertId,
        fingerprint: d.fingerprint,
        labels: d.labels,
        state: "pending",
        activeAt: d.at,
        value: d.value,
        valueAt: d.at,
        acknowledged: false,
      },
    },
  }),
  "alert.raised": (state, d) => ({
    open: {
      ...state.open,
      [d.fingerprint]: {
        alertId: d.alertId,
        fingerprint: d.fingerprint,
        labels: d.labels,
        state: "firing",
        activeAt: d.activeAt ?? d.startsAt,
        startsAt: d.startsAt,
        value: d.value,
        valueAt: d.at,
        acknowledged: state.open[d.fingerprint]?.acknowledged ?? false,
      },
    },
  }),
  "alert.valueChanged": (state, d) => {
    const open = state.open[d.fingerprint];
    if (!open || open.alertId !== d.alertId) return state;
    return { open: { ...state.open, [d.fingerprint]: { ...open, value: d.value, valueAt: d.at } } };
  },
  "alert.pendingCleared": (state, d) => without(state.open, d.fingerprint),
  "alert.resolved": (state, d) => without(state.open, d.fingerprint),
  "alert.acknowledged": (state, d) => {
    const open = state.open[d.fingerprint];
    if (!open || open.alertId !== d.alertId) return state;
    return { open: { ...state.open, [d.fingerprint]: { ...open, acknowledged: true } } };
  },
});
