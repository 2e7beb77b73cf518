import type { Labels, SilenceMatcher } from "../../events/alert.ts";
import { toMs } from "../time.ts";

/** A silence as the notifier reads it. */
export interface Silence {
  silenceId: string;
  matchers: SilenceMatcher[];
  startsAt: string;
  endsAt: string;
  comment: string;
  author: string;
}

/** Alertmanager's matcher semantics: a regex is anchored; a missing label reads as "". */
export function matcherMatches(matcher: SilenceMatcher, labels: Labels): boolean {
  const actual = labels[matcher.name] ?? "";
  let equal: boolean;
  if (matcher.isRegex) {
    try {
      equal = new RegExp(`^(?:${matcher.value})$`).test(actual);
    } catch {
      return false; // refused at creation; never matches if one slipped through
    }
  } else {
    equal = actual === matcher.value;
  }
  return matcher.isEqual ? equal : !equal;
}

/** Whether a silence is in force at `at` (from startsAt, until endsAt). */
export function silenceActive(silence: Silence, at: string): boolean {
  const t = toMs(at);
  return toMs(silence.startsAt) <= t && t < toMs(silence.endsAt);
}

/**
 * The silences that mute an alert with these labels at `at` (empty: not
 * silenced). A silence mutes notifications only; the alert is still recorded.
 */
export function silencedBy(labels: Labels, silences: Iterable<Silence>, at: string): Silence[] {
  return [...silences].filter((s) =>
    silenceActive(s, at) && s.matchers.every((m) => matcherMatches(m, labels))
  );
}

/** Whether any silence mutes an alert with these labels at `at`. */
export function silenced(labels: Labels, silences: Iterable<Silence>, at: string): boolean {
  return silencedBy(labels, silences, at).length > 0;
}
