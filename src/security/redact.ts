/**
 * Masks credentials in free text before it reaches a log line or an error
 * message: bearer/basic credentials, JWTs, `sbk_` API keys, token query
 * parameters, and token-ish JSON fields (the `session.opened` frame carries
 * a resume token). One regex pass with a replacer; strings without any
 * trigger substring return untouched after a cheap pre-test.
 */

const MASK = "[redacted]";

/**
 * A credential after Bearer/Basic: 8+ token characters that are not just a
 * word (a digit, a symbol or an inner capital), so "missing bearer token"
 * and "Basic authentication" in prose stay readable.
 */
const CREDENTIAL = String
  .raw`(?=[A-Za-z0-9._~+/=-]{8})(?=[A-Za-z]?[a-z]*[A-Z0-9._~+/=-])[A-Za-z0-9._~+/=-]+`;

/**
 * Alternatives, each capturing what to keep in group 1 (or nothing):
 * - `Bearer x` / `Basic x`: keep the scheme. (Case is spelled out, not the
 *   `i` flag, which would also make `eyJ` and the CREDENTIAL test sloppy.)
 * - JWS/JWE: base64url JSON header (`eyJ`) and 2-4 more segments. Plain
 *   dotted words (hosts, versions) are left alone: they do not start `eyJ`.
 * - `sbk_` keys: keep the prefix, so the line still says an API key was there.
 * - `access_token=`, `resume_token=`, `refresh_token=`, `id_token=` values
 *   in URLs, query strings and form bodies.
 * - JSON `"resumeToken": "…"`, `"accessToken"`, `"token"`, `"secret"`, `"password"`.
 */
const PATTERN = new RegExp(
  [
    String.raw`\b((?:[Bb]earer|BEARER|[Bb]asic|BASIC)\s+)${CREDENTIAL}`,
    String.raw`\beyJ[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2,4}`,
    String.raw`\b(sbk_)[A-Za-z0-9_-]+`,
    String.raw`(\b(?:access|resume|refresh|id)_token=)[^&\s#"'<>]+`,
    String
      .raw`("(?:resumeToken|accessToken|refreshToken|token|secret|password)"\s*:\s*")(?:[^"\\]|\\.)*(?=")`,
  ].join("|"),
  "g",
);

/** Cheap gate: no trigger, no regex work. Lower-cased triggers of every alternative. */
const TRIGGER = /bearer|basic|eyj|sbk_|_token=|token"|secret"|password"/i;

export function redact(text: string): string {
  if (!TRIGGER.test(text)) return text;
  return text.replace(PATTERN, (_match, ...groups: unknown[]) => {
    const kept = groups.slice(0, 4).find((g) => typeof g === "string") as string | undefined;
    return (kept ?? "") + MASK;
  });
}

/** `redact` over an error's message, for `{ error: redactError(e) }` log fields. */
export function redactError(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}
