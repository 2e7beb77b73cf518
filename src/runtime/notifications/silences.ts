import type { Labels, SilenceCreated, SilenceMatcher } from "../../../events/mod.ts";

/**
 * Alertmanager's matching: every matcher of a silence must match the
 * labels (a missing label reads as ""), regexes are anchored, `isEqual:
 * false` negates; a silence counts from `startsAt` until `endsAt`.
 * TODO(glue): the alert helper exposes a pure `silenced(labels, silences,
 * at)` in actors/alert; use it here once merged so both agree by construction.
 */
export function matches(matcher: SilenceMatcher, labels: Labels): boolean {
  const value = labels[matcher.name] ?? "";
  let hit: boolean;
  if (matcher.isRegex) {
    try {
      hit = new RegExp(`^(?:${matcher.value})$`).test(value);
    } catch {
      hit = false;
    }
  } else hit = value === matcher.value;
  return matcher.isEqual ? hit : !hit;
}

/** Ids of the silences that cover `labels` at `at`. */
export function silencing(
  labels: Labels,
  silences: Iterable<SilenceCreated>,
  at: string,
): string[] {
  const t = Date.parse(at);
  const ids: string[] = [];
  for (const s of silences) {
    if (Date.parse(s.startsAt) > t || Date.parse(s.endsAt) <= t) continue;
    if (s.matchers.every((m) => matches(m, labels))) ids.push(s.silenceId);
  }
  return ids;
}
