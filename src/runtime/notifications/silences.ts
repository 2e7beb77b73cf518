import { silencedBy } from "../../../actors/alert/silences.ts";
import type { Labels, SilenceCreated } from "../../../events/mod.ts";

/**
 * Ids of the silences that cover `labels` at `at`: the alert actor's pure
 * matching (Alertmanager's semantics), so the notifier and the alert
 * history agree on what a silence mutes.
 */
export function silencing(
  labels: Labels,
  silences: Iterable<SilenceCreated>,
  at: string,
): string[] {
  return silencedBy(labels, silences, at).map((s) => s.silenceId);
}
