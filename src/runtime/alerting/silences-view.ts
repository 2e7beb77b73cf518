import { type Silence, silenceActive } from "../../../actors/alert/mod.ts";
import type { EventData, RecordedEvent } from "../../../events/mod.ts";

/** A silence as listed: its state at the time asked. */
export interface SilenceView extends Silence {
  /** The same as `silenceId`: every API resource has an `id`. */
  id: string;
  state: "pending" | "active" | "expired";
  deletedAt?: string;
}

/**
 * The silences on this node, from the log: what `GET /silences` lists and
 * what the notifier passes to `silenced(labels, silences.active(now), now)`.
 * A deleted silence ends at its deletion.
 */
export class SilencesView {
  readonly #silences = new Map<string, Silence & { deletedAt?: string }>();

  readonly apply = (event: RecordedEvent): void => {
    if (event.type === "silence.created") {
      const d = event.data as EventData<"silence.created">;
      const { at: _at, ...silence } = d;
      this.#silences.set(d.silenceId, silence);
    } else if (event.type === "silence.deleted") {
      const d = event.data as EventData<"silence.deleted">;
      const s = this.#silences.get(d.silenceId);
      // Ended at the deletion, unless it had ended already.
      if (s) {
        this.#silences.set(d.silenceId, {
          ...s,
          deletedAt: d.at,
          endsAt: Date.parse(d.at) < Date.parse(s.endsAt) ? d.at : s.endsAt,
        });
      }
    }
  };

  get(id: string): SilenceView | undefined {
    const s = this.#silences.get(id);
    return s ? withState(s, new Date().toISOString()) : undefined;
  }

  /** Every silence, newest end first, with its state at `now`. */
  list(now: string): SilenceView[] {
    return [...this.#silences.values()].map((s) => withState(s, now))
      .sort((a, b) =>
        Date.parse(b.endsAt) - Date.parse(a.endsAt) || (a.silenceId < b.silenceId ? -1 : 1)
      );
  }

  /** The silences in force at `now`. */
  active(now: string): Silence[] {
    return [...this.#silences.values()].filter((s) => silenceActive(s, now));
  }
}

function withState(s: Silence & { deletedAt?: string }, now: string): SilenceView {
  const t = Date.parse(now);
  const state = t < Date.parse(s.startsAt)
    ? "pending"
    : t < Date.parse(s.endsAt)
    ? "active"
    : "expired";
  return { id: s.silenceId, ...s, state };
}
